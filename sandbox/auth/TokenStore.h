#pragma once

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QString>

namespace dbss::sandbox {

// IAM tokens the sandbox issued (POST /v3/auth/tokens); valid 24 h as 001 section 2.2 says.
class TokenStore {
public:
    struct Token {
        QString user;
        QString projectId;
        QDateTime issuedAt;
        QDateTime expiresAt;
    };

    static constexpr qint64 kLifetimeSeconds = 24 * 3600;

    QString issue(const QString& user, const QString& projectId, const QDateTime& nowUtc);
    const Token* find(const QString& token) const; // nullptr when unknown
    // Test hook: lets a test produce an expired token without waiting a day.
    void setLifetimeSeconds(qint64 seconds) { m_lifetime = seconds; }

private:
    QHash<QString, Token> m_tokens;
    QRandomGenerator m_random{QRandomGenerator::securelySeeded()};
    qint64 m_lifetime = kLifetimeSeconds;
};

} // namespace dbss::sandbox
