#include "sandbox/auth/Authenticator.h"

namespace dbss::sandbox {

Authenticator::Authenticator(const SandboxOptions& options, const TokenStore& tokens)
    : m_options(options)
    , m_tokens(tokens) {
    for (const SandboxTenant& t : options.allTenants()) {
        auto it = m_accounts.find(t.ak);
        if (it == m_accounts.end())
            it = m_accounts.insert(t.ak, Account{SignatureVerifier(t.ak, t.sk), t.user, {}});
        it->projects << t.projectId;
    }
}

Authenticator::Result Authenticator::authenticate(const ApiCall& call, const QString& pathProjectId,
                                                  const QDateTime& nowUtc) const {
    return check(call, pathProjectId, nowUtc, true);
}

Authenticator::Result Authenticator::precheck(const ApiCall& call, const QString& pathProjectId,
                                              const QDateTime& nowUtc) const {
    return check(call, pathProjectId, nowUtc, false);
}

Authenticator::Result Authenticator::check(const ApiCall& call, const QString& pathProjectId,
                                           const QDateTime& nowUtc, bool withSignature) const {
    QString user;
    QString scope;
    QString accessKey;
    QStringList allowed{m_options.projectId}; // tokens are issued for the main project only
    if (call.hasHeader("X-Auth-Token")) {
        const TokenStore::Token* token =
            m_tokens.find(QString::fromLatin1(call.header("X-Auth-Token").trimmed()));
        if (!token)
            return {401,
                    QStringLiteral("Failed to authenticate the token in the request: unknown token"),
                    {},
                    {}};
        if (nowUtc >= token->expiresAt)
            return {401,
                    QStringLiteral("Failed to authenticate the token in the request: the token has expired"),
                    {},
                    {}};
        user = token->user;
        scope = token->projectId;
    } else {
        accessKey = SignatureVerifier::accessKeyOf(call);
        auto it = m_accounts.constFind(accessKey);
        if (it == m_accounts.constEnd())
            it = m_accounts.constFind(m_options.ak); // its verifier names the problem (unknown key, ...)
        const SignatureVerifier::Result r =
            withSignature ? it->verifier.verify(call, nowUtc) : it->verifier.checkHeaders(call, nowUtc);
        if (!r.ok)
            return {401, QStringLiteral("AK/SK authentication failed: %1").arg(r.reason), {}, {}};
        user = it->user;
        allowed = it->projects;
        // An account's keys work in each of its projects; X-Project-Id, when sent, names the project
        // the credentials are used for.
        scope = allowed.contains(pathProjectId) ? pathProjectId : allowed.constFirst();
        if (call.hasHeader("X-Project-Id"))
            scope = QString::fromUtf8(call.header("X-Project-Id").trimmed());
    }
    if (!pathProjectId.isEmpty() && (!allowed.contains(pathProjectId) || scope != pathProjectId))
        return {403,
                QStringLiteral("Access to project %1 is denied for these credentials").arg(pathProjectId),
                {},
                {}};
    return {200, {}, user, accessKey};
}

} // namespace dbss::sandbox
