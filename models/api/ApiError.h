#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace dbss::api {

// The one error type of the client. fromHttpResponse() is the one place that parses error bodies:
// {"error":{"error_code","error_msg"}} (DBSS reference), the flat {"error_code","error_msg"}
// (v2 database add, audit scope add, DRS), IAM's {"error":{"code","title","message"}},
// and bodies that are not JSON at all (a proxy's HTML, an empty body).
struct ApiError {
    enum class Kind {
        None,      // no error
        Network,   // connection refused/reset, DNS, ...
        Tls,       // certificate verification failed
        Timeout,   // no answer within the request's timeout
        Cancelled, // aborted by the caller (a model went away)
        Http,      // the service answered with an error status
        Parse,     // a 2xx answer we cannot understand (bad JSON, mandatory field missing)
        Usage,     // rejected before sending (missing credentials, bad argument)
        TooLarge,  // the answer exceeded ClientConfig::maxResponseBytes and was abandoned
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString errorCode; // e.g. "DBSS.10000001", "APIGW.0301"
    QString errorMsg;  // the service's message, verbatim
    QString requestId; // X-Request-Id of the answer, for support tickets
    QString operation; // e.g. "ListAuditInstances"
    QString detail;    // transport detail (Qt's error string) or the parse failure

    bool isError() const { return kind != Kind::None; }
    // For a write: the request may have reached the service and been applied although no success
    // was read (timeout, dropped or cut answer, unreadable or oversized 2xx, 502/504 from a gateway).
    // Callers never repeat such a write; they read the state again instead.
    bool outcomeUnknown() const;
    // One line for a user: what failed, the code and the message, the request id.
    QString userMessage() const;

    static ApiError fromHttpResponse(int httpStatus, const QByteArray& body, const QString& requestId,
                                     const QString& operation);
    static ApiError make(Kind kind, const QString& detail, const QString& operation = {});
};

} // namespace dbss::api

Q_DECLARE_METATYPE(dbss::api::ApiError)
