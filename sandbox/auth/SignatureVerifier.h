#pragma once

#include "sandbox/http/ApiCall.h"

#include <QDateTime>
#include <QString>

namespace dbss::sandbox {

// Independent check of SDK-HMAC-SHA256 (the API Signature Guide as the official SDKs implement
// it). Written apart from models/api/Signer on purpose: the emulator must catch what the client
// gets wrong, so the two must not share a bug.
class SignatureVerifier {
public:
    struct Result {
        bool ok = false;
        QString reason; // why it failed, for the error message
    };

    SignatureVerifier(QString ak, QString sk)
        : m_ak(std::move(ak))
        , m_sk(std::move(sk)) {}

    Result verify(const ApiCall& call, const QDateTime& nowUtc) const;
    // Everything verify() checks except the signature itself, which covers the body: lets the
    // server refuse a request from its headers before reading the body.
    struct Parsed {
        QList<QByteArray> signedHeaders;
        QByteArray sdkDate;
        QByteArray signature; // lowercase hex
    };
    Result checkHeaders(const ApiCall& call, const QDateTime& nowUtc, Parsed* parsed = nullptr) const;

    // Exposed for tests: the canonical request the server computes for a call.
    static QByteArray canonicalRequest(const ApiCall& call, const QList<QByteArray>& signedHeaders);
    static QByteArray encode(const QByteArray& raw); // RFC 3986: unreserved kept, rest %XX
    static QByteArray signature(const QByteArray& sk, const QByteArray& sdkDate, const QByteArray& canonical);

    // The Access= of an SDK-HMAC-SHA256 Authorization header; empty when there is none.
    static QString accessKeyOf(const ApiCall& call);

    static constexpr int kMaxSkewSeconds = 15 * 60;

private:
    QString m_ak;
    QString m_sk;
};

} // namespace dbss::sandbox
