#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace dbss::sandbox {

// The two error body shapes of the documents, plus Keystone's for IAM:
// Nested {"error":{"error_code","error_msg"}} (001, chapter 6), Flat {"error_code","error_msg"}
// (000, 002, 004), Iam {"error":{"code","message","title"}} (001, 2.3).
enum class ErrorShape { Nested, Flat, Iam };

// A complete answer, computed synchronously and written (or dropped) later by the front end.
struct HttpReply {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json;charset=UTF-8";
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(int status, const QJsonObject& object);
    static HttpReply noContent();
    static HttpReply error(ErrorShape shape, int status, const QString& code, const QString& message);
    bool ok() const { return status >= 200 && status < 300; }
};

} // namespace dbss::sandbox
