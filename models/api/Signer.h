#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUrl>

namespace dbss::api {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// SDK-HMAC-SHA256, exactly as the official Huawei Cloud SDKs sign (core/auth/signer).
// The one place in the client that signs requests.
class Signer {
public:
    static constexpr const char* kAlgorithm = "SDK-HMAC-SHA256";

    // METHOD\nURI/\nsorted query\ncanonical headers\nsigned header names\nhex(sha256(body))
    // Every header in `headers` is signed.
    static QByteArray canonicalRequest(const QByteArray& method, const QUrl& url, const HeaderList& headers,
                                       const QByteArray& body);
    static QByteArray stringToSign(const QByteArray& canonicalRequest, const QByteArray& sdkDate);
    static QByteArray signature(const QByteArray& stringToSign, const QByteArray& secretKey);
    static QByteArray signedHeaderNames(const HeaderList& headers); // "host;x-sdk-date"
    static QByteArray sdkDate(const QDateTime& utc);                // 20060102T150405Z

    // Adds X-Sdk-Date (from `now`) to `headers`, signs them all and returns the Authorization value.
    static QByteArray authorize(const QByteArray& method, const QUrl& url, HeaderList& headers,
                                const QByteArray& body, const QByteArray& accessKey,
                                const QByteArray& secretKey, const QDateTime& now);

    // RFC 3986 percent-encoding as the SDKs do it (unreserved kept, space as %20).
    static QByteArray escape(const QByteArray& raw);
};

} // namespace dbss::api
