#pragma once

// Field-level validation shared by the form submissions (models/*Action) and the form widgets.
// The rules are the documents' (000, 002, 003, 004, 001): enums, IPv4/IPv6, ports 1-65535,
// lengths, mandatory fields. A field is named by its JSON key, so an API rejection that names a
// key maps to the same field as a local check.

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace dbss::api {

struct ApiError;

struct FieldError {
    QString field;  // JSON key of the request, e.g. "port", "db_ids"
    QString reason; // translated, for the user
    bool operator==(const FieldError&) const = default;
};
using FieldErrors = QList<FieldError>;

// A value of an enum field and its display name (product names are not translated).
struct EnumOption {
    QString value;
    QString label;
};

bool isIpv4(const QString& text);
bool isIp(const QString& text);   // IPv4 dotted quad or IPv6
bool isPort(const QString& text); // decimal 1..65535, no sign or spaces
// "a, b,,c " -> {"a","b","c"}: items trimmed, empty items dropped.
QStringList splitList(const QString& text);

// Collects the first error of each field, in the order the checks run.
class FieldChecker {
public:
    // Mandatory (non-blank) with optional length bounds (0: unbounded); returns false on error.
    bool require(const QString& field, const QString& value, int minLen = 0, int maxLen = 0);
    // Optional: only the length bounds (an empty value passes).
    bool length(const QString& field, const QString& value, int maxLen);
    bool oneOf(const QString& field, const QString& value, const QStringList& allowed);
    bool ip(const QString& field, const QString& value, bool mandatory);
    bool port(const QString& field, const QString& value, bool mandatory);
    bool ipList(const QString& field, const QStringList& values);
    bool portList(const QString& field, const QStringList& values);
    void add(const QString& field, const QString& reason);

    bool hasError(const QString& field) const;
    bool ok() const { return m_errors.isEmpty(); }
    const FieldErrors& errors() const { return m_errors; }

private:
    FieldErrors m_errors;
};

// The fields of `known` that an API rejection names in its error message (as a whole word,
// optionally behind an object prefix such as "database.port"), earliest mention first; each with
// the service's message as the reason. Empty when the message names none of them.
FieldErrors fieldsNamedIn(const ApiError& error, const QStringList& known);

} // namespace dbss::api

Q_DECLARE_METATYPE(dbss::api::FieldErrors)
