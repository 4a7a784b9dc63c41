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

Rejection parseJsonBody(const ApiCall& call, ErrorShape shape, QJsonObject* object) {
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

} // namespace dbss::sandbox
