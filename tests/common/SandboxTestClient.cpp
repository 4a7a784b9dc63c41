#include "tests/common/SandboxTestClient.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

namespace dbss::test {

QByteArray TestResponse::header(const QByteArray& name) const {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxTestClient::SandboxTestClient(QUrl base, QString ak, QString sk)
    : m_base(std::move(base))
    , m_ak(std::move(ak))
    , m_sk(std::move(sk)) {}

QString SandboxTestClient::hostHeader() const {
    return m_base.host() + u':' + QString::number(m_base.port());
}

QByteArray SandboxTestClient::signature(const QByteArray& method, const QString& pathAndQuery,
                                        const HeaderList& headers, const QByteArray& body,
                                        const QByteArray& sk, const QByteArray& sdkDate) {
    const qsizetype q = pathAndQuery.indexOf(u'?');
    const QByteArray path = (q < 0 ? pathAndQuery : pathAndQuery.left(q)).toUtf8();
    const QByteArray query = q < 0 ? QByteArray() : pathAndQuery.mid(q + 1).toUtf8();

    QList<QByteArray> segments;
    for (const QByteArray& s : path.split('/'))
        segments << QByteArray::fromPercentEncoding(s).toPercentEncoding();
    QByteArray uri = segments.join('/');
    if (!uri.endsWith('/'))
        uri += '/';

    QList<QPair<QByteArray, QByteArray>> items;
    for (const QByteArray& kv : query.split('&')) {
        if (kv.isEmpty())
            continue;
        const qsizetype eq = kv.indexOf('=');
        items.append({QByteArray::fromPercentEncoding(eq < 0 ? kv : kv.left(eq)),
                      eq < 0 ? QByteArray() : QByteArray::fromPercentEncoding(kv.mid(eq + 1))});
    }
    std::sort(items.begin(), items.end());
    QList<QByteArray> queryParts;
    for (const auto& [k, v] : items)
        queryParts << k.toPercentEncoding() + '=' + v.toPercentEncoding();

    QList<QPair<QByteArray, QByteArray>> lower;
    for (const auto& [k, v] : headers)
        lower.append({k.toLower(), v.trimmed()});
    std::sort(lower.begin(), lower.end());
    QByteArray canonicalHeaders;
    QList<QByteArray> names;
    for (const auto& [k, v] : lower) {
        canonicalHeaders += k + ':' + v + '\n';
        names << k;
    }
    const QByteArray canonical = method + '\n' + uri + '\n' + queryParts.join('&') + '\n' + canonicalHeaders +
                                 '\n' + names.join(';') + '\n' +
                                 QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    const QByteArray toSign = "SDK-HMAC-SHA256\n" + sdkDate + '\n' +
                              QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
    return QMessageAuthenticationCode::hash(toSign, sk, QCryptographicHash::Sha256).toHex();
}

HeaderList SandboxTestClient::signedHeaders(const QByteArray& method, const QString& pathAndQuery,
                                            const QByteArray& body, const QString& ak, const QString& sk,
                                            const QDateTime& when) const {
    const QByteArray date = when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    HeaderList toSign{{"Host", hostHeader().toUtf8()}, {"X-Sdk-Date", date}};
    if (!body.isEmpty())
        toSign.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json;charset=UTF-8")));
    const QByteArray sig = signature(method, pathAndQuery, toSign, body, sk.toUtf8(), date);
    QList<QByteArray> names;
    for (const auto& h : toSign)
        names << h.first.toLower();
    std::sort(names.begin(), names.end());
    HeaderList out = toSign;
    const QByteArray authorization =
        "SDK-HMAC-SHA256 Access=" + ak.toUtf8() + ", SignedHeaders=" + names.join(';') + ", Signature=" + sig;
    out.append(qMakePair(QByteArray("Authorization"), authorization));
    return out;
}

TestResponse SandboxTestClient::send(const QByteArray& method, const QString& pathAndQuery,
                                     const QByteArray& body) {
    return sendRaw(method, pathAndQuery, body,
                   signedHeaders(method, pathAndQuery, body, m_ak, m_sk, QDateTime::currentDateTimeUtc()));
}

TestResponse SandboxTestClient::postJson(const QString& path, const QJsonObject& body) {
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

TestResponse SandboxTestClient::sendWithToken(const QByteArray& token, const QByteArray& method,
                                              const QString& pathAndQuery, const QByteArray& body) {
    HeaderList headers{{"X-Auth-Token", token}};
    if (!body.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json;charset=UTF-8")));
    return sendRaw(method, pathAndQuery, body, headers);
}

static TestResponse collect(QNetworkReply* reply) {
    TestResponse r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.networkError = int(reply->error());
    r.body = reply->readAll();
    for (const auto& pair : reply->rawHeaderPairs())
        r.headers.append(pair);
    return r;
}

QNetworkReply* SandboxTestClient::start(const QByteArray& method, const QString& pathAndQuery,
                                        const QByteArray& body, const HeaderList& headers) {
    QUrl url = m_base;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q), QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1), QUrl::TolerantMode);
    QNetworkRequest request(url);
    for (const auto& [name, value] : headers) {
        if (name.compare("Host", Qt::CaseInsensitive) != 0) // QNAM sends the same Host itself
            request.setRawHeader(name, value);
    }
    QBuffer* buffer = new QBuffer;
    buffer->setData(body);
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    QTimer::singleShot(timeoutMs, reply, &QNetworkReply::abort);
    return reply;
}

QList<QNetworkReply*> SandboxTestClient::startParallel(const QList<Request>& requests) {
    QList<QNetworkReply*> replies;
    for (const Request& r : requests) {
        replies << start(
            r.method, r.pathAndQuery, r.body,
            signedHeaders(r.method, r.pathAndQuery, r.body, m_ak, m_sk, QDateTime::currentDateTimeUtc()));
    }
    return replies;
}

QList<TestResponse> SandboxTestClient::waitAll(const QList<QNetworkReply*>& replies) {
    QEventLoop loop;
    qsizetype pending = 0;
    for (QNetworkReply* reply : replies) {
        if (reply->isFinished())
            continue;
        ++pending;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0)
        loop.exec();
    QList<TestResponse> out;
    for (QNetworkReply* reply : replies) {
        out << collect(reply);
        reply->deleteLater();
    }
    return out;
}

QList<TestResponse> SandboxTestClient::sendParallel(const QList<Request>& requests) {
    return waitAll(startParallel(requests));
}

TestResponse SandboxTestClient::sendRaw(const QByteArray& method, const QString& pathAndQuery,
                                        const QByteArray& body, const HeaderList& headers) {
    QNetworkReply* reply = start(method, pathAndQuery, body, headers);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    TestResponse r = collect(reply);
    reply->deleteLater();
    return r;
}

} // namespace dbss::test
