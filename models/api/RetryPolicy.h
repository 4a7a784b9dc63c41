#pragma once

#include "models/api/ApiError.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace dbss::api {

// The one retry decision of the client (ApiClient is the only layer that repeats a request).
// A pure function of its input, so that every case is a row of a test table.
struct RetryPolicy {
    int maxRetries = 3;          // repeats after the first attempt
    int baseDelayMs = 500;       // first backoff; doubled per attempt
    int maxDelayMs = 30000;      // cap of the exponential backoff
    int maxRetryAfterMs = 60000; // a server's Retry-After is honoured up to this

    struct Attempt {
        int attempt = 1; // the attempt that just failed, 1 for the first
        ApiError::Kind kind = ApiError::Kind::None;
        int httpStatus = 0;
        bool readOnly = true;
        QByteArray retryAfter; // the Retry-After header as received (seconds or an HTTP-date)
        QDateTime now;         // for the HTTP-date form
        double jitter = 0.0;   // in [0, 1): spreads clients that failed together
    };

    // Milliseconds to wait before the next attempt, or nullopt: give up and report the error.
    // Never a mutation (it may have been applied), never a 500 (the documents do not call it
    // transient), never an answer that was refused on purpose (TLS, size, parse, redirect).
    std::optional<int> delayMs(const Attempt& a) const;

    // Retry-After as milliseconds from `now`: delta-seconds or an HTTP-date (RFC 9110 10.2.3);
    // nullopt when absent or unreadable. A date in the past gives 0.
    static std::optional<qint64> parseRetryAfter(const QByteArray& value, const QDateTime& now);
    static bool isTransientStatus(int status);
};

} // namespace dbss::api
