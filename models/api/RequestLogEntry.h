#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace dbss::api {

// One exchange as the request log shows it. Built from redacted data only.
struct RequestLogEntry {
    QDateTime time;
    QString operation;
    QByteArray method;
    QString url;        // without credentials; query kept
    int httpStatus = 0; // 0: no answer
    qint64 durationMs = 0;
    QString requestId;
    QString errorCode;
    int attempt = 1;
    QByteArray requestBody;  // redacted
    QString summary() const; // "GET /v1/... -> 200 (12 ms) [request id]"
};

} // namespace dbss::api

Q_DECLARE_METATYPE(dbss::api::RequestLogEntry)
