#include "sandbox/auth/SignatureVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace dbss::sandbox {

QByteArray SignatureVerifier::encode(const QByteArray& raw) {
    // QByteArray::toPercentEncoding keeps exactly the RFC 3986 unreserved set by default.
    return raw.toPercentEncoding();
}

// Go's url.ParseQuery (used by the SDK signer) turns '+' into a space before decoding.
static QByteArray decodeQueryPart(QByteArray part) {
    part.replace('+', ' ');
    return QByteArray::fromPercentEncoding(part);
}

static QByteArray canonicalUri(const QString& encodedPath) {
    QList<QByteArray> out;
    for (const QByteArray& seg : encodedPath.toUtf8().split('/'))
        out << SignatureVerifier::encode(QByteArray::fromPercentEncoding(seg));
    QByteArray uri = out.join('/');
    if (!uri.endsWith('/'))
        uri += '/';
    return uri;
}

static QByteArray canonicalQuery(const QString& encodedQuery) {
    QList<QPair<QByteArray, QByteArray>> items;
    for (const QByteArray& pair : encodedQuery.toUtf8().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = decodeQueryPart(eq < 0 ? pair : pair.left(eq));
        const QByteArray value = eq < 0 ? QByteArray() : decodeQueryPart(pair.mid(eq + 1));
        items.append({key, value});
    }
    // The SDK sorts keys, then the values of a repeated key.
    std::sort(items.begin(), items.end());
    QList<QByteArray> out;
    for (const auto& [key, value] : items)
        out << SignatureVerifier::encode(key) + '=' + SignatureVerifier::encode(value);
    return out.join('&');
}

QByteArray SignatureVerifier::canonicalRequest(const ApiCall& call, const QList<QByteArray>& signedHeaders) {
    QByteArray headers;
    for (const QByteArray& name : signedHeaders)
        headers += name + ':' + call.header(name).trimmed() + '\n';
    return call.method + '\n' + canonicalUri(call.encodedPath) + '\n' + canonicalQuery(call.encodedQuery) +
           '\n' + headers + '\n' + signedHeaders.join(';') + '\n' +
           QCryptographicHash::hash(call.body, QCryptographicHash::Sha256).toHex();
}

QByteArray SignatureVerifier::signature(const QByteArray& sk, const QByteArray& sdkDate,
                                        const QByteArray& canonical) {
    const QByteArray stringToSign = "SDK-HMAC-SHA256\n" + sdkDate + '\n' +
                                    QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
    return QMessageAuthenticationCode::hash(stringToSign, sk, QCryptographicHash::Sha256).toHex();
}

static bool constantTimeEquals(const QByteArray& a, const QByteArray& b) {
    if (a.size() != b.size())
        return false;
    char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= char(a.at(i) ^ b.at(i));
    return diff == 0;
}

QString SignatureVerifier::accessKeyOf(const ApiCall& call) {
    static const QRegularExpression re(QStringLiteral(R"(^SDK-HMAC-SHA256\s+Access=([^,\s]+),)"));
    return re.match(QString::fromUtf8(call.header("Authorization").trimmed())).captured(1);
}

SignatureVerifier::Result SignatureVerifier::checkHeaders(const ApiCall& call, const QDateTime& nowUtc,
                                                          Parsed* parsed) const {
    const QByteArray auth = call.header("Authorization").trimmed();
    if (auth.isEmpty())
        return {false, QStringLiteral("missing Authorization header or X-Auth-Token")};
    static const QRegularExpression re(QStringLiteral(
        R"(^SDK-HMAC-SHA256\s+Access=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-fA-F]{64})$)"));
    const auto m = re.match(QString::fromUtf8(auth));
    if (!m.hasMatch())
        return {false, QStringLiteral("malformed Authorization header (expected SDK-HMAC-SHA256)")};
    if (m.captured(1) != m_ak)
        return {false, QStringLiteral("unknown access key")};

    QList<QByteArray> signedHeaders = m.captured(2).toUtf8().split(';');
    for (const QByteArray& name : signedHeaders) {
        if (name.isEmpty() || name != name.toLower())
            return {false, QStringLiteral("signed header names must be lowercase and non-empty")};
        if (!call.hasHeader(name))
            return {false, QStringLiteral("signed header %1 is missing").arg(QString::fromUtf8(name))};
    }
    if (!std::is_sorted(signedHeaders.begin(), signedHeaders.end()))
        return {false, QStringLiteral("SignedHeaders must be sorted")};
    // Without a signed date a captured request could be replayed forever.
    if (!signedHeaders.contains("x-sdk-date"))
        return {false, QStringLiteral("x-sdk-date must be a signed header")};

    const QByteArray sdkDate = call.header("X-Sdk-Date").trimmed();
    QDateTime when =
        QDateTime::fromString(QString::fromLatin1(sdkDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!when.isValid())
        return {false, QStringLiteral("X-Sdk-Date is not YYYYMMDDTHHMMSSZ")};
    when.setTimeSpec(Qt::UTC);
    if (qAbs(when.secsTo(nowUtc)) > kMaxSkewSeconds)
        return {false, QStringLiteral("X-Sdk-Date is more than 15 minutes away from the server clock")};
    if (parsed) {
        parsed->signedHeaders = signedHeaders;
        parsed->sdkDate = sdkDate;
        parsed->signature = m.captured(3).toLower().toLatin1();
    }
    return {true, {}};
}

SignatureVerifier::Result SignatureVerifier::verify(const ApiCall& call, const QDateTime& nowUtc) const {
    Parsed parsed;
    const Result headers = checkHeaders(call, nowUtc, &parsed);
    if (!headers.ok)
        return headers;
    const QByteArray expected =
        signature(m_sk.toUtf8(), parsed.sdkDate, canonicalRequest(call, parsed.signedHeaders));
    if (!constantTimeEquals(expected, parsed.signature))
        return {false, QStringLiteral("signature mismatch")};
    return {true, {}};
}

} // namespace dbss::sandbox
