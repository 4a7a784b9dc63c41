#include "models/api/Signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <algorithm>
#include <map>

namespace dbss::api {

namespace {

QByteArray sha256Hex(const QByteArray& data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// Each path segment encoded on its own; the SDKs always end the canonical URI with '/'.
QByteArray canonicalUri(const QUrl& url) {
    const QByteArray path = QUrl::fromPercentEncoding(url.path(QUrl::FullyEncoded).toUtf8()).toUtf8();
    QList<QByteArray> segments = path.split('/');
    for (QByteArray& s : segments)
        s = Signer::escape(s);
    QByteArray uri = segments.join('/');
    if (!uri.endsWith('/'))
        uri.append('/');
    return uri;
}

QByteArray canonicalQuery(const QUrl& url) {
    // Keys sorted; repeated keys keep all values, sorted.
    std::map<QByteArray, QList<QByteArray>> params;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
        params[Signer::escape(key.toUtf8())].append(Signer::escape(value.toUtf8()));
    QList<QByteArray> parts;
    for (auto& [key, values] : params) {
        std::sort(values.begin(), values.end());
        for (const QByteArray& v : values)
            parts.append(key + '=' + v);
    }
    return parts.join('&');
}

HeaderList normalised(const HeaderList& headers) {
    HeaderList out;
    for (const auto& [name, value] : headers)
        out.append({name.toLower().trimmed(), value.trimmed()});
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
}

} // namespace

QByteArray Signer::escape(const QByteArray& raw) {
    return raw.toPercentEncoding(QByteArray(), QByteArray("~"));
}

QByteArray Signer::signedHeaderNames(const HeaderList& headers) {
    QList<QByteArray> names;
    for (const auto& header : normalised(headers))
        names.append(header.first);
    return names.join(';');
}

QByteArray Signer::canonicalRequest(const QByteArray& method, const QUrl& url, const HeaderList& headers,
                                    const QByteArray& body) {
    QByteArray canonicalHeaders;
    for (const auto& [name, value] : normalised(headers))
        canonicalHeaders += name + ':' + value + '\n';
    return method.toUpper() + '\n' + canonicalUri(url) + '\n' + canonicalQuery(url) + '\n' +
           canonicalHeaders + '\n' + signedHeaderNames(headers) + '\n' + sha256Hex(body);
}

QByteArray Signer::stringToSign(const QByteArray& canonicalRequest, const QByteArray& sdkDate) {
    return QByteArray(kAlgorithm) + '\n' + sdkDate + '\n' + sha256Hex(canonicalRequest);
}

QByteArray Signer::signature(const QByteArray& stringToSign, const QByteArray& secretKey) {
    return QMessageAuthenticationCode::hash(stringToSign, secretKey, QCryptographicHash::Sha256).toHex();
}

QByteArray Signer::sdkDate(const QDateTime& utc) {
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray Signer::authorize(const QByteArray& method, const QUrl& url, HeaderList& headers,
                             const QByteArray& body, const QByteArray& accessKey, const QByteArray& secretKey,
                             const QDateTime& now) {
    const QByteArray date = sdkDate(now);
    headers.append({"X-Sdk-Date", date});
    const QByteArray toSign = stringToSign(canonicalRequest(method, url, headers, body), date);
    return QByteArray(kAlgorithm) + " Access=" + accessKey + ", SignedHeaders=" + signedHeaderNames(headers) +
           ", Signature=" + signature(toSign, secretKey);
}

} // namespace dbss::api
