#include "sandbox/auth/TokenStore.h"

#include <QByteArray>

namespace dbss::sandbox {

QString TokenStore::issue(const QString& user, const QString& projectId, const QDateTime& nowUtc) {
    QByteArray raw(96, Qt::Uninitialized);
    for (char& c : raw)
        c = char(m_random.bounded(256));
    // Real tokens are long base64 strings that start with "MII"; keep the look, URL-safe.
    const QString token =
        QStringLiteral("MIIsandbox") +
        QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_tokens.insert(token, Token{user, projectId, nowUtc, nowUtc.addSecs(m_lifetime)});
    return token;
}

const TokenStore::Token* TokenStore::find(const QString& token) const {
    const auto it = m_tokens.constFind(token);
    return it == m_tokens.cend() ? nullptr : &it.value();
}

} // namespace dbss::sandbox
