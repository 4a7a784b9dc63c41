#include "models/api/FieldRules.h"

#include "models/api/ApiError.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace dbss::api {

namespace {
QString tr(const char* text, int n = -1) {
    // The context lupdate records for these messages (it names them after the class in this file).
    return QCoreApplication::translate("dbss::api::FieldChecker", text, nullptr, n);
}
} // namespace

bool isIpv4(const QString& text) {
    static const QRegularExpression re(
        QStringLiteral(R"(^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$)"));
    return re.match(text).hasMatch();
}

bool isIp(const QString& text) {
    if (isIpv4(text))
        return true;
    // QHostAddress also takes forms like "1" or "1.2"; only accept IPv6 from it.
    QHostAddress address;
    return text.contains(QLatin1Char(':')) && !text.contains(QLatin1Char('%')) && address.setAddress(text) &&
           address.protocol() == QAbstractSocket::IPv6Protocol;
}

bool isPort(const QString& text) {
    if (text.isEmpty() || text.size() > 5 || !std::all_of(text.begin(), text.end(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        }))
        return false;
    const int value = text.toInt();
    return value >= 1 && value <= 65535 && !text.startsWith(QLatin1Char('0'));
}

QStringList splitList(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out << item;
    }
    return out;
}

bool FieldChecker::require(const QString& field, const QString& value, int minLen, int maxLen) {
    if (value.trimmed().isEmpty()) {
        add(field, tr("This field is mandatory."));
        return false;
    }
    if (minLen > 0 && value.size() < minLen) {
        add(field, tr("At least %n character(s).", minLen));
        return false;
    }
    return length(field, value, maxLen);
}

bool FieldChecker::length(const QString& field, const QString& value, int maxLen) {
    if (maxLen > 0 && value.size() > maxLen) {
        add(field, tr("At most %n character(s).", maxLen));
        return false;
    }
    return true;
}

bool FieldChecker::oneOf(const QString& field, const QString& value, const QStringList& allowed) {
    if (value.isEmpty()) {
        add(field, tr("This field is mandatory."));
        return false;
    }
    if (!allowed.contains(value)) {
        add(field, tr("Must be one of: %1.").arg(allowed.join(QLatin1String(", "))));
        return false;
    }
    return true;
}

bool FieldChecker::ip(const QString& field, const QString& value, bool mandatory) {
    if (value.isEmpty()) {
        if (mandatory)
            add(field, tr("This field is mandatory."));
        return !mandatory;
    }
    if (!isIp(value)) {
        add(field, tr("Not an IPv4 or IPv6 address: %1").arg(value));
        return false;
    }
    return true;
}

bool FieldChecker::port(const QString& field, const QString& value, bool mandatory) {
    if (value.isEmpty()) {
        if (mandatory)
            add(field, tr("This field is mandatory."));
        return !mandatory;
    }
    if (!isPort(value)) {
        add(field, tr("A port is a number from 1 to 65535."));
        return false;
    }
    return true;
}

bool FieldChecker::ipList(const QString& field, const QStringList& values) {
    for (const QString& v : values) {
        if (!isIp(v)) {
            add(field, tr("Not an IPv4 or IPv6 address: %1").arg(v));
            return false;
        }
    }
    return true;
}

bool FieldChecker::portList(const QString& field, const QStringList& values) {
    for (const QString& v : values) {
        if (!isPort(v)) {
            add(field, tr("Not a port from 1 to 65535: %1").arg(v));
            return false;
        }
    }
    return true;
}

void FieldChecker::add(const QString& field, const QString& reason) {
    if (!hasError(field))
        m_errors.append({field, reason});
}

bool FieldChecker::hasError(const QString& field) const {
    return std::any_of(m_errors.begin(), m_errors.end(),
                       [&](const FieldError& e) { return e.field == field; });
}

FieldErrors fieldsNamedIn(const ApiError& error, const QStringList& known) {
    const QString message = error.errorMsg.isEmpty() ? error.detail : error.errorMsg;
    QList<QPair<qsizetype, QString>> hits;
    for (const QString& key : known) {
        // Whole word: "name" must not match inside "db_name" or "instance_name".
        const QRegularExpression re(
            QStringLiteral("(?<![A-Za-z0-9_])%1(?![A-Za-z0-9_])").arg(QRegularExpression::escape(key)));
        const QRegularExpressionMatch m = re.match(message);
        if (m.hasMatch())
            hits.append({m.capturedStart(), key});
    }
    std::sort(hits.begin(), hits.end());
    FieldErrors out;
    for (const auto& hit : hits)
        out.append({hit.second, message});
    return out;
}

} // namespace dbss::api
