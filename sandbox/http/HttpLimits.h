#pragma once

#include <QtGlobal>

namespace dbss::sandbox {

// What one request may cost the sandbox before anything is known about the caller
// (docs/security.md, "The sandbox server").
struct HttpLimits {
    // Request line plus headers. API Gateway documents no figure; 32 KiB is far above anything the
    // SDKs send (a signed request head is well under 1 KiB) and small enough to refuse cheaply: 431.
    qsizetype maxHeadBytes = 32 * 1024;
    int maxHeaderCount = 100; // also 431
    // "AK/SK-based authentication supports API requests with a body not larger than 12 MB" (001,
    // calling APIs). The sandbox applies it to every request: no DBSS, IAM, DRS or DAS body comes near.
    qint64 maxBodyBytes = 12 * 1024 * 1024;
    // A connection must deliver a complete request within this time of connecting or of its previous
    // answer: an idle keep-alive connection is closed silently, a half-sent request gets 408.
    int requestTimeoutMs = 30'000;
    // After a refusal the connection is closed; unread input is discarded for at most this long (or
    // this many bytes) first, so the peer reads the answer instead of a reset.
    int drainMs = 1000;
    qint64 maxDrainBytes = 64 * 1024 * 1024;
    // Bytes Qt may buffer from a socket before it stops reading (TCP then pushes back).
    qint64 socketReadBuffer = 64 * 1024;
};

} // namespace dbss::sandbox
