#pragma once

#include "sandbox/http/ApiCall.h"
#include "sandbox/http/HttpReply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace dbss::sandbox {

// Documented codes (001 4.2) used for rejections:
//   400 DBSS.10000001 "The request message format is invalid" for every malformed field;
//   401 DBSS.10020100 token/signature authentication failure;
//   404 DBSS.10021004 the only documented 404 code, used for unknown instance/database/rule ids.
namespace codes {
inline const QString kBadRequest = QStringLiteral("DBSS.10000001");
inline const QString kAuth = QStringLiteral("DBSS.10020100");
inline const QString kNotFound = QStringLiteral("DBSS.10021004");
inline const QString kDbLimit = QStringLiteral("DBSS.10020118");
inline const QString kQuota = QStringLiteral("DBSS.10021016");
inline const QString kInternal = QStringLiteral("DBSS.11000000");
} // namespace codes

// A handler step either yields a value or the reply that rejects the request.
using Rejection = std::optional<HttpReply>;

HttpReply badRequest(ErrorShape shape, const QString& message);
HttpReply notFound(ErrorShape shape, const QString& message);

struct Paging {
    qsizetype offset = 0;
    qsizetype limit = 0;
};
// offset/limit as strings of digits (001 declares both String). limit 1..maxLimit.
Rejection parseOffsetLimit(const ApiCall& call, ErrorShape shape, qsizetype maxLimit, qsizetype defaultLimit,
                           Paging* paging);

// The body must be a JSON object; an empty body is one only where every field is optional.
Rejection parseJsonBody(const ApiCall& call, ErrorShape shape, QJsonObject* object,
                        bool emptyIsObject = false);

// Field checks; each returns an error message or an empty string when the value is acceptable.
QString requireString(const QJsonObject& o, const QString& key, bool mandatory, int minLen = 0,
                      int maxLen = 0);
QString requireEnum(const QJsonObject& o, const QString& key, const QStringList& allowed, bool mandatory);

bool isValidIpv4(const QString& text);
bool isValidIp(const QString& text); // IPv4 dotted quad or IPv6
bool isValidPort(const QString& text);
bool isDigits(const QString& text);
// Comma-separated lists: each item trimmed; empty items are an error.
QStringList splitCsv(const QString& text, bool* ok);
QString checkCsvIps(const QString& key, const QString& text);   // optional list of IPs
QString checkCsvPorts(const QString& key, const QString& text); // optional list of ports
QString checkInt(const QJsonObject& o, const QString& key, bool mandatory, qint64 min, qint64 max);
QString checkBool(const QJsonObject& o, const QString& key, bool mandatory);
QString checkArray(const QJsonObject& o, const QString& key, bool mandatory, bool nonEmpty);
// First non-empty message of a list of checks.
QString firstError(std::initializer_list<QString> errors);

template <typename Rows, typename Slice>
QJsonArray pageOf(const Rows& rows, const Paging& paging, Slice view) {
    QJsonArray out;
    for (qsizetype i = paging.offset; i < qsizetype(rows.size()) && i < paging.offset + paging.limit; ++i)
        out.append(view(rows[size_t(i)]));
    return out;
}

} // namespace dbss::sandbox
