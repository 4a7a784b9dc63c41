#include "models/api/RetryPolicy.h"

#include <QLocale>

namespace dbss::api {

bool RetryPolicy::isTransientStatus(int status) {
    // 429 Too Many Requests, 502/503/504 from a gateway: the request was not processed.
    return status == 429 || status == 502 || status == 503 || status == 504;
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray& value, const QDateTime& now) {
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<qint64>(qMin<qint64>(seconds, 86400) * 1000) : std::nullopt;
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"); the obsolete forms are not accepted.
    const QDateTime parsed =
        QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!parsed.isValid())
        return std::nullopt;
    const QDateTime when(parsed.date(), parsed.time(), Qt::UTC);
    return qMax<qint64>(0, now.msecsTo(when));
}

std::optional<int> RetryPolicy::delayMs(const Attempt& a) const {
    if (!a.readOnly || a.attempt > maxRetries || a.attempt < 1)
        return std::nullopt;
    using Kind = ApiError::Kind;
    const bool transient = a.kind == Kind::Network || a.kind == Kind::Timeout ||
                           (a.kind == Kind::Http && isTransientStatus(a.httpStatus));
    if (!transient)
        return std::nullopt;
    if (a.kind == Kind::Http) {
        if (const auto after = parseRetryAfter(a.retryAfter, a.now))
            return int(qMin<qint64>(*after, maxRetryAfterMs));
    }
    // Exponential backoff with "equal jitter": half fixed, half random.
    const qint64 exp = qMin<qint64>(maxDelayMs, qint64(baseDelayMs) << qMin(a.attempt - 1, 20));
    const double jitter = qBound(0.0, a.jitter, 1.0);
    return int(exp / 2 + qint64(double(exp / 2) * jitter));
}

} // namespace dbss::api
