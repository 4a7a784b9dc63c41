#include "sandbox/http/HttpReply.h"

#include <QJsonDocument>

namespace dbss::sandbox {

HttpReply HttpReply::json(int status, const QJsonObject& object) {
    HttpReply r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpReply HttpReply::noContent() {
    HttpReply r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

static QString reasonPhrase(int status) {
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 429:
        return QStringLiteral("Too Many Requests");
    default:
        return QStringLiteral("Error");
    }
}

HttpReply HttpReply::error(ErrorShape shape, int status, const QString& code, const QString& message) {
    switch (shape) {
    case ErrorShape::Flat:
        return json(status, {{QStringLiteral("error_code"), code}, {QStringLiteral("error_msg"), message}});
    case ErrorShape::Iam:
        return json(status, {{QStringLiteral("error"),
                              QJsonObject{{QStringLiteral("code"), status},
                                          {QStringLiteral("message"), message},
                                          {QStringLiteral("title"), reasonPhrase(status)}}}});
    case ErrorShape::Nested:
        break;
    }
    return json(status, {{QStringLiteral("error"), QJsonObject{{QStringLiteral("error_code"), code},
                                                               {QStringLiteral("error_msg"), message}}}});
}

} // namespace dbss::sandbox
