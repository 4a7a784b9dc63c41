#include "models/api/Redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dbss::api::Redaction {

namespace {

bool isSecretKey(const QString& key) {
    const QString k = key.toLower();
    return k.contains(QLatin1String("password")) || k.contains(QLatin1String("secret")) ||
           k.contains(QLatin1String("token")) || k == QLatin1String("sk") || k.contains(QLatin1String("pwd"));
}

QJsonValue redact(const QJsonValue& value) {
    if (value.isObject()) {
        QJsonObject obj = value.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            it.value() = isSecretKey(it.key()) ? QJsonValue(QStringLiteral("***")) : redact(it.value());
        return obj;
    }
    if (value.isArray()) {
        QJsonArray arr = value.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i)
            arr[i] = redact(arr.at(i));
        return arr;
    }
    return value;
}

} // namespace

bool isSecretHeader(const QByteArray& name) {
    const QByteArray n = name.toLower();
    return n == "authorization" || n == "x-auth-token" || n == "x-subject-token" || n == "x-security-token" ||
           n == "cookie" || n == "set-cookie";
}

QByteArray redactBody(const QByteArray& body) {
    if (body.isEmpty())
        return body;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        return QJsonDocument(redact(doc.object()).toObject()).toJson(QJsonDocument::Compact);
    if (doc.isArray())
        return QJsonDocument(redact(doc.array()).toArray()).toJson(QJsonDocument::Compact);
    return QByteArray("<") + QByteArray::number(body.size()) + " bytes, not JSON>";
}

} // namespace dbss::api::Redaction
