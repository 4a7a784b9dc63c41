#include "sandbox/auth/Authenticator.h"

namespace dbss::sandbox {

Authenticator::Authenticator(const SandboxOptions& options, const TokenStore& tokens)
    : m_options(options)
    , m_tokens(tokens)
    , m_verifier(options.ak, options.sk) {}

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
    if (call.hasHeader("X-Auth-Token")) {
        const TokenStore::Token* token =
            m_tokens.find(QString::fromLatin1(call.header("X-Auth-Token").trimmed()));
        if (!token)
            return {
                401, QStringLiteral("Failed to authenticate the token in the request: unknown token"), {}};
        if (nowUtc >= token->expiresAt)
            return {401,
                    QStringLiteral("Failed to authenticate the token in the request: the token has expired"),
                    {}};
        user = token->user;
        scope = token->projectId;
    } else {
        const SignatureVerifier::Result r =
            withSignature ? m_verifier.verify(call, nowUtc) : m_verifier.checkHeaders(call, nowUtc);
        if (!r.ok)
            return {401, QStringLiteral("AK/SK authentication failed: %1").arg(r.reason), {}};
        user = m_options.iamUser;
        scope = m_options.projectId;
        // X-Project-Id, when sent, names the project the credentials are used for.
        if (call.hasHeader("X-Project-Id"))
            scope = QString::fromUtf8(call.header("X-Project-Id").trimmed());
    }
    if (!pathProjectId.isEmpty() && (pathProjectId != m_options.projectId || scope != m_options.projectId))
        return {403,
                QStringLiteral("Access to project %1 is denied for these credentials").arg(pathProjectId),
                {}};
    return {200, {}, user};
}

} // namespace dbss::sandbox
