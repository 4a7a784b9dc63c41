#pragma once

#include "sandbox/http/HttpLimits.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace dbss::sandbox {

// The request line and headers of one HTTP/1.x request, parsed before any body byte is read.
struct RequestHead {
    QByteArray method;
    QByteArray target; // origin-form: "/path?query"
    int minorVersion = 1;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 contentLength = 0;
    bool keepAlive = true;
    bool expectContinue = false;
};

// Result of looking at the bytes received so far.
struct HeadParse {
    enum class State { Incomplete, Complete, Error };
    State state = State::Incomplete;
    qsizetype consumed = 0; // Complete: bytes of the head, blank line included
    int status = 0;         // Error: 400, 411, 417, 431, 501 or 505
    QString message;
};

// Strict parser (RFC 9112): one Content-Length at most, never together with Transfer-Encoding,
// no chunked bodies (411), no obs-fold, no control characters; the limit is checked on every call
// so an endless head is refused as soon as it passes limits.maxHeadBytes.
HeadParse parseRequestHead(const QByteArray& buffer, const HttpLimits& limits, RequestHead* head);

} // namespace dbss::sandbox
