#include "sandbox/http/RequestHead.h"

namespace dbss::sandbox {

namespace {

HeadParse fail(int status, const QString& message) {
    HeadParse r;
    r.state = HeadParse::State::Error;
    r.status = status;
    r.message = message;
    return r;
}

bool isTokenChar(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s) {
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Field values: visible ASCII, obs-text and HTAB/SP; never CR, LF, NUL or other controls.
bool isFieldValue(QByteArrayView s) {
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

bool parseRequestLine(const QByteArray& line, RequestHead* head, HeadParse* error) {
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0))) {
        *error = fail(400, QStringLiteral("malformed request line"));
        return false;
    }
    const QByteArray& version = parts.at(2);
    if (version == "HTTP/1.1" || version == "HTTP/1.0") {
        head->minorVersion = version.back() - '0';
    } else {
        *error = version.startsWith("HTTP/")
                     ? fail(505, QStringLiteral("only HTTP/1.0 and HTTP/1.1 are served"))
                     : fail(400, QStringLiteral("malformed request line"));
        return false;
    }
    // Origin-form only: the APIs are called as /v1/..., never through a proxy.
    if (!parts.at(1).startsWith('/') || !isFieldValue(parts.at(1)) || parts.at(1).contains('\t')) {
        *error = fail(400, QStringLiteral("the request target must be an absolute path"));
        return false;
    }
    head->method = parts.at(0);
    head->target = parts.at(1);
    head->keepAlive = head->minorVersion == 1;
    return true;
}

// Content-Length, Transfer-Encoding, Connection and Expect decide how the body is framed and
// what happens to the connection: anything ambiguous is refused (no request smuggling).
bool interpretHeaders(RequestHead* head, HeadParse* error) {
    int lengths = 0;
    bool transferEncoding = false;
    QByteArray encodings;
    for (const auto& [name, value] : head->headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            ++lengths;
            bool ok = value.size() <= 18 && !value.isEmpty();
            for (char c : value)
                ok = ok && c >= '0' && c <= '9';
            if (!ok) {
                *error = fail(400, QStringLiteral("Content-Length is not a decimal number"));
                return false;
            }
            head->contentLength = value.toLongLong();
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            transferEncoding = true;
            encodings += value.toLower();
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            for (const QByteArray& option : value.split(',')) {
                const QByteArray o = option.trimmed().toLower();
                if (o == "close")
                    head->keepAlive = false;
                else if (o == "keep-alive" && head->minorVersion == 0)
                    head->keepAlive = true;
            }
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            if (value.toLower() != "100-continue") {
                *error = fail(417, QStringLiteral("only Expect: 100-continue is supported"));
                return false;
            }
            head->expectContinue = true;
        }
    }
    if (lengths > 1) {
        *error = fail(400, QStringLiteral("more than one Content-Length header"));
        return false;
    }
    if (transferEncoding && lengths > 0) {
        *error = fail(400, QStringLiteral("Content-Length together with Transfer-Encoding"));
        return false;
    }
    if (transferEncoding) {
        *error =
            encodings.contains("chunked")
                ? fail(411, QStringLiteral("chunked request bodies are not accepted: send Content-Length"))
                : fail(501, QStringLiteral("Transfer-Encoding is not supported"));
        return false;
    }
    if (head->expectContinue && head->minorVersion == 0)
        head->expectContinue = false; // RFC 9110: ignored from HTTP/1.0 clients
    return true;
}

} // namespace

HeadParse parseRequestHead(const QByteArray& buffer, const HttpLimits& limits, RequestHead* head) {
    const qsizetype window = qMin(buffer.size(), limits.maxHeadBytes);
    qsizetype pos = 0;
    // RFC 9112 2.2: empty lines before the request line are ignored (bounded by the limit).
    while (pos < window && (buffer.at(pos) == '\r' || buffer.at(pos) == '\n'))
        ++pos;
    RequestHead parsed;
    bool haveRequestLine = false;
    HeadParse error;
    while (true) {
        const qsizetype eol = buffer.indexOf('\n', pos);
        if (eol < 0 || eol >= window) {
            if (buffer.size() >= limits.maxHeadBytes)
                return fail(
                    431, QStringLiteral("request line and headers exceed %1 bytes").arg(limits.maxHeadBytes));
            return {};
        }
        QByteArray line = buffer.mid(pos, eol - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = eol + 1;
        if (!haveRequestLine) {
            if (!parseRequestLine(line, &parsed, &error))
                return error;
            haveRequestLine = true;
            continue;
        }
        if (line.isEmpty())
            break;
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, QStringLiteral("folded header lines are not accepted"));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line.constData(), colon)))
            return fail(400, QStringLiteral("malformed header line"));
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isFieldValue(value))
            return fail(
                400,
                QStringLiteral("control character in header %1").arg(QString::fromLatin1(line.left(colon))));
        if (parsed.headers.size() >= limits.maxHeaderCount)
            return fail(431, QStringLiteral("more than %1 header lines").arg(limits.maxHeaderCount));
        parsed.headers.append({line.left(colon), value});
    }
    if (!interpretHeaders(&parsed, &error))
        return error;
    *head = std::move(parsed);
    HeadParse done;
    done.state = HeadParse::State::Complete;
    done.consumed = pos;
    return done;
}

} // namespace dbss::sandbox
