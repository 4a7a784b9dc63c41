// Signer canonicalisation over arbitrary requests. Input lines: method, URL, then "Name: value"
// header lines up to an empty line, then the body. The canonical request must keep its shape
// (six parts, URI and query percent-encoded, body hash last) and signing must be deterministic.

#include "FuzzSupport.h"

#include "models/api/Signer.h"

#include <QCryptographicHash>

#include <cctype>
#include <cstring>

using dbss::api::HeaderList;
using dbss::api::Signer;

namespace {

// Unreserved characters and percent escapes only (plus the separators the part may hold).
bool encodedOnly(const QByteArray& s, const char* separators) {
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '.' || c == '_' || c == '~';
        if (unreserved || std::strchr(separators, c))
            continue;
        if (c == '%' && i + 2 < s.size() && std::isxdigit(uchar(s[i + 1])) &&
            std::isxdigit(uchar(s[i + 2]))) {
            i += 2;
            continue;
        }
        return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input = dbss::fuzz::bytes(data, size);
    const qsizetype bodyAt = input.indexOf("\n\n");
    const QByteArray head = bodyAt < 0 ? input : input.left(bodyAt);
    const QByteArray body = bodyAt < 0 ? QByteArray() : input.mid(bodyAt + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray method = lines.value(0);
    const QUrl url(QString::fromUtf8(lines.value(1)));
    HeaderList headers;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        // The client never sends a name with a line break or ':' (Qt refuses them); skip such lines.
        if (colon > 0)
            headers.append({lines[i].left(colon), lines[i].mid(colon + 1)});
    }

    const QByteArray canonical = Signer::canonicalRequest(method, url, headers, body);
    FUZZ_CHECK(canonical == Signer::canonicalRequest(method, url, headers, body));
    FUZZ_CHECK(canonical.startsWith(method.toUpper() + '\n'));
    const QByteArray bodyHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    FUZZ_CHECK(canonical.endsWith('\n' + bodyHash));
    const QByteArray afterMethod = canonical.mid(method.size() + 1);
    const QList<QByteArray> rest = afterMethod.split('\n');
    FUZZ_CHECK(rest.size() >= 4);
    FUZZ_CHECK(rest[0].endsWith('/') && encodedOnly(rest[0], "/"));
    FUZZ_CHECK(encodedOnly(rest[1], "=&"));
    FUZZ_CHECK(rest[rest.size() - 2] == Signer::signedHeaderNames(headers));

    FUZZ_CHECK(encodedOnly(Signer::escape(body), ""));

    HeaderList signedHeaders = headers;
    const QDateTime now(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const QByteArray auth = Signer::authorize(method, url, signedHeaders, body, "AK", "SK", now);
    FUZZ_CHECK(signedHeaders.size() == headers.size() + 1);
    FUZZ_CHECK(auth.startsWith("SDK-HMAC-SHA256 Access=AK, SignedHeaders="));
    const qsizetype sig = auth.lastIndexOf(", Signature=");
    FUZZ_CHECK(sig > 0 && auth.size() - sig - 12 == 64);
    return 0;
}
