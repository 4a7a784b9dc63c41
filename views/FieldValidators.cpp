#include "views/FieldValidators.h"

#include "models/api/FieldRules.h"

#include <QLineEdit>

#include <algorithm>

namespace dbss::views {

namespace {
bool onlyChars(const QString& text, QLatin1String allowed) {
    return std::all_of(text.begin(), text.end(),
                       [&](QChar c) { return allowed.contains(c, Qt::CaseInsensitive); });
}
const QLatin1String kIpChars("0123456789abcdef:.");
const QLatin1String kDigits("0123456789");
} // namespace

QValidator::State IpValidator::validate(QString& input, int&) const {
    if (!onlyChars(input, kIpChars))
        return Invalid;
    return api::isIp(input) ? Acceptable : Intermediate;
}

QValidator::State IpListValidator::validate(QString& input, int&) const {
    if (!onlyChars(input, QLatin1String("0123456789abcdef:., ")))
        return Invalid;
    const QStringList items = api::splitList(input);
    return std::all_of(items.begin(), items.end(), api::isIp) ? Acceptable : Intermediate;
}

QValidator::State PortValidator::validate(QString& input, int&) const {
    if (input.size() > 5 || !onlyChars(input, kDigits))
        return Invalid;
    return api::isPort(input) ? Acceptable : Intermediate;
}

QValidator::State PortListValidator::validate(QString& input, int&) const {
    if (!onlyChars(input, QLatin1String("0123456789, ")))
        return Invalid;
    const QStringList items = api::splitList(input);
    return std::all_of(items.begin(), items.end(), api::isPort) ? Acceptable : Intermediate;
}

void makePasswordField(QLineEdit* edit) {
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    edit->setAttribute(Qt::WA_InputMethodEnabled, false);
}

} // namespace dbss::views
