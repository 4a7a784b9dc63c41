#include "models/api/ApiError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dbss::api {

namespace {

QString text(const QJsonValue& v) {
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

// A short readable line from a body that is not JSON (a proxy's HTML page, plain text).
QString plainSummary(const QByteArray& body) {
    QString s = QString::fromUtf8(body.left(4096));
    static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = title.match(s); m.hasMatch())
        s = m.captured(1);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    s.remove(tags);
    return s.simplified().left(200);
}

} // namespace

ApiError ApiError::make(Kind kind, const QString& detail, const QString& operation) {
    ApiError e;
    e.kind = kind;
    e.detail = detail;
    e.operation = operation;
    return e;
}

ApiError ApiError::fromHttpResponse(int httpStatus, const QByteArray& body, const QString& requestId,
                                    const QString& operation) {
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = httpStatus;
    e.requestId = requestId;
    e.operation = operation;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (doc.isObject()) {
        const QJsonObject root = doc.object();
        if (root.value(QLatin1String("error")).isObject()) {
            // DBSS reference {"error":{"error_code","error_msg"}}; IAM {"error":{"code","title","message"}}
            const QJsonObject inner = root.value(QLatin1String("error")).toObject();
            e.errorCode = text(inner.value(QLatin1String("error_code")));
            if (e.errorCode.isEmpty())
                e.errorCode = text(inner.value(QLatin1String("code")));
            e.errorMsg = text(inner.value(QLatin1String("error_msg")));
            if (e.errorMsg.isEmpty())
                e.errorMsg = text(inner.value(QLatin1String("message")));
            if (e.errorMsg.isEmpty())
                e.errorMsg = text(inner.value(QLatin1String("title")));
        } else {
            // Flat {"error_code","error_msg"} (v2 database add, scope add, DRS, API gateway).
            e.errorCode = text(root.value(QLatin1String("error_code")));
            e.errorMsg = text(root.value(QLatin1String("error_msg")));
        }
        if (e.requestId.isEmpty())
            e.requestId = text(root.value(QLatin1String("request_id")));
    } else if (!body.trimmed().isEmpty()) {
        e.detail = plainSummary(body);
    }
    return e;
}

bool ApiError::outcomeUnknown() const {
    switch (kind) {
    case Kind::Timeout:
    case Kind::Network:  // reset or closed after the request went out, or a cut answer
    case Kind::Parse:    // a 2xx we could not read: probably applied
    case Kind::TooLarge: // an answer we refused to read
        return true;
    case Kind::Http:
        return httpStatus == 502 || httpStatus == 504;
    default:
        return false;
    }
}

QString ApiError::userMessage() const {
    auto tr = [](const char* s) {
        return QCoreApplication::translate("dbss::api::ApiError", s);
    };
    const QString op = operation.isEmpty() ? tr("Request") : operation;
    QString msg;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        msg = tr("%1 failed: cannot reach the service (%2)").arg(op, detail);
        break;
    case Kind::Tls:
        msg = tr("%1 failed: the server's certificate is not trusted (%2)").arg(op, detail);
        break;
    case Kind::Timeout:
        msg = tr("%1 failed: no answer in time").arg(op);
        break;
    case Kind::Cancelled:
        msg = tr("%1 was cancelled").arg(op);
        break;
    case Kind::Parse:
        msg = tr("%1 returned an answer that cannot be read: %2").arg(op, detail);
        break;
    case Kind::Usage:
        msg = tr("%1 was not sent: %2").arg(op, detail);
        break;
    case Kind::TooLarge:
        msg = tr("%1 failed: the answer is too large (%2)").arg(op, detail);
        break;
    case Kind::Http: {
        QString what = errorCode.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus)
                                           : QStringLiteral("HTTP %1 %2").arg(httpStatus).arg(errorCode);
        const QString why = !errorMsg.isEmpty() ? errorMsg : detail;
        msg = why.isEmpty() ? tr("%1 failed: %2").arg(op, what) : tr("%1 failed: %2: %3").arg(op, what, why);
        break;
    }
    }
    if (!requestId.isEmpty())
        msg += tr(" (request id %1)").arg(requestId);
    return msg;
}

} // namespace dbss::api
