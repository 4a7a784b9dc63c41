#pragma once

#include <QValidator>

class QLineEdit;

namespace dbss::views {

// Input validators for the forms. They only stop characters that can never be right; a value
// that is still incomplete stays Intermediate and the submission's own check flags it.

// An IPv4 or IPv6 address.
class IpValidator : public QValidator {
    Q_OBJECT
public:
    using QValidator::QValidator;
    State validate(QString& input, int& pos) const override;
};

// Comma-separated IP addresses (source/exception IPs).
class IpListValidator : public QValidator {
    Q_OBJECT
public:
    using QValidator::QValidator;
    State validate(QString& input, int& pos) const override;
};

// A port 1..65535 (empty is Intermediate: optional fields allow it).
class PortValidator : public QValidator {
    Q_OBJECT
public:
    using QValidator::QValidator;
    State validate(QString& input, int& pos) const override;
};

// Comma-separated ports.
class PortListValidator : public QValidator {
    Q_OBJECT
public:
    using QValidator::QValidator;
    State validate(QString& input, int& pos) const override;
};

// A line edit for a password: masked, no undo history, never autofilled from anywhere.
void makePasswordField(QLineEdit* edit);

} // namespace dbss::views
