#include "sandbox/handlers/Validation.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>

namespace dbss::sandbox {

HttpReply badRequest(ErrorShape shape, const QString& message) {
    return HttpReply::error(shape, 400, codes::kBadRequest, message);
}

HttpReply notFound(ErrorShape shape, const QString& message) {
    return HttpReply::error(shape, 404, codes::kNotFound, message);
}

bool isDigits(const QString& text) {
    if (text.isEmpty() || text.size() > 9)
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

Rejection parseOffsetLimit(const ApiCall& call, ErrorShape shape, qsizetype maxLimit, qsizetype defaultLimit,
                           Paging* paging) {
    paging->offset = 0;
    paging->limit = defaultLimit;
    if (call.hasQuery(QStringLiteral("offset"))) {
        const QString v = call.queryValue(QStringLiteral("offset"));
        if (!isDigits(v))
            return badRequest(shape,
                              QStringLiteral("offset must be a non-negative integer, got '%1'").arg(v));
        paging->offset = v.toLongLong();
    }
    if (call.hasQuery(QStringLiteral("limit"))) {
        const QString v = call.queryValue(QStringLiteral("limit"));
        if (!isDigits(v) || v.toLongLong() < 1 || v.toLongLong() > maxLimit)
            return badRequest(
                shape,
                QStringLiteral("limit must be an integer from 1 to %1, got '%2'").arg(maxLimit).arg(v));
        paging->limit = v.toLongLong();
    }
    return std::nullopt;
}

Rejection parseJsonBody(const ApiCall& call, ErrorShape shape, QJsonObject* object, bool emptyIsObject) {
    if (emptyIsObject && call.body.trimmed().isEmpty()) {
        *object = {};
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(call.body, &error);
    if (doc.isNull())
        return badRequest(shape, QStringLiteral("the body is not valid JSON: %1 at offset %2")
                                     .arg(error.errorString())
                                     .arg(error.offset));
    if (!doc.isObject())
        return badRequest(shape, QStringLiteral("the body must be a JSON object"));
    *object = doc.object();
    return std::nullopt;
}

QString requireString(const QJsonObject& o, const QString& key, bool mandatory, int minLen, int maxLen) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return mandatory ? QStringLiteral("%1 is mandatory").arg(key) : QString();
    if (!v.isString())
        return QStringLiteral("%1 must be a string").arg(key);
    const qsizetype n = v.toString().size();
    if (mandatory && n == 0)
        return QStringLiteral("%1 must not be empty").arg(key);
    if (minLen > 0 && n < minLen)
        return QStringLiteral("%1 must have at least %2 characters").arg(key).arg(minLen);
    if (maxLen > 0 && n > maxLen)
        return QStringLiteral("%1 must have at most %2 characters").arg(key).arg(maxLen);
    return {};
}

QString requireEnum(const QJsonObject& o, const QString& key, const QStringList& allowed, bool mandatory) {
    const QString err = requireString(o, key, mandatory);
    if (!err.isEmpty())
        return err;
    const QJsonValue v = o.value(key);
    if (v.isString() && !allowed.contains(v.toString()))
        return QStringLiteral("%1 must be one of %2, got '%3'").arg(key, allowed.join(u','), v.toString());
    return {};
}

bool isValidIpv4(const QString& text) {
    static const QRegularExpression re(
        QStringLiteral(R"(^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$)"));
    return re.match(text).hasMatch();
}

bool isValidIp(const QString& text) {
    if (isValidIpv4(text))
        return true;
    if (!text.contains(u':'))
        return false;
    QHostAddress address;
    return address.setAddress(text) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

bool isValidPort(const QString& text) {
    return isDigits(text) && text.size() <= 5 && text.toInt() >= 1 && text.toInt() <= 65535 &&
           !(text.size() > 1 && text.startsWith(u'0'));
}

QStringList splitCsv(const QString& text, bool* ok) {
    QStringList out;
    *ok = true;
    for (const QString& part : text.split(u',')) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            *ok = false;
        out << item;
    }
    return out;
}

QString checkCsvIps(const QString& key, const QString& text) {
    if (text.isEmpty())
        return {};
    bool ok = false;
    for (const QString& ip : splitCsv(text, &ok)) {
        if (!ok || !isValidIp(ip))
            return QStringLiteral("%1 must be comma-separated IP addresses, got '%2'").arg(key, text);
    }
    return {};
}

QString checkCsvPorts(const QString& key, const QString& text) {
    if (text.isEmpty())
        return {};
    bool ok = false;
    for (const QString& port : splitCsv(text, &ok)) {
        if (!ok || !isValidPort(port))
            return QStringLiteral("%1 must be comma-separated ports from 1 to 65535, got '%2'")
                .arg(key, text);
    }
    return {};
}

QString checkInt(const QJsonObject& o, const QString& key, bool mandatory, qint64 min, qint64 max) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return mandatory ? QStringLiteral("%1 is mandatory").arg(key) : QString();
    if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < min || v.toInteger() > max)
        return QStringLiteral("%1 must be an integer from %2 to %3").arg(key).arg(min).arg(max);
    return {};
}

QString checkBool(const QJsonObject& o, const QString& key, bool mandatory) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return mandatory ? QStringLiteral("%1 is mandatory").arg(key) : QString();
    return v.isBool() ? QString() : QStringLiteral("%1 must be true or false").arg(key);
}

QString checkArray(const QJsonObject& o, const QString& key, bool mandatory, bool nonEmpty) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return mandatory ? QStringLiteral("%1 is mandatory").arg(key) : QString();
    if (!v.isArray())
        return QStringLiteral("%1 must be an array").arg(key);
    if (nonEmpty && v.toArray().isEmpty())
        return QStringLiteral("%1 must not be empty").arg(key);
    return {};
}

QString firstError(std::initializer_list<QString> errors) {
    for (const QString& e : errors) {
        if (!e.isEmpty())
            return e;
    }
    return {};
}

} // namespace dbss::sandbox
