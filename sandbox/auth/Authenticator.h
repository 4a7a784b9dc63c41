#pragma once

#include "sandbox/SandboxOptions.h"
#include "sandbox/auth/SignatureVerifier.h"
#include "sandbox/auth/TokenStore.h"

#include <QHash>
#include <QStringList>

namespace dbss::sandbox {

// Decides who is calling: an IAM token (X-Auth-Token) or an AK/SK signature. Both are accepted
// by every DBSS, DRS and DAS operation, as 001 section 2.2 describes. With --fleet, each AK is
// checked with its own SK and may reach its own projects only.
class Authenticator {
public:
    struct Result {
        int status = 200; // 200, or 401 / 403
        QString message;
        QString user;      // for the operation log
        QString accessKey; // AK/SK calls: the caller's AK
    };

    Authenticator(const SandboxOptions& options, const TokenStore& tokens);
    Result authenticate(const ApiCall& call, const QString& pathProjectId, const QDateTime& nowUtc) const;
    // The same from the headers alone (before the body is read): the token, or the AK/SK
    // Authorization header, known AK, signed headers and X-Sdk-Date skew, and the project.
    // Only the signature itself, which covers the body hash, is left to authenticate().
    Result precheck(const ApiCall& call, const QString& pathProjectId, const QDateTime& nowUtc) const;

private:
    struct Account {
        SignatureVerifier verifier;
        QString user;
        QStringList projects; // its home project first
    };
    Result check(const ApiCall& call, const QString& pathProjectId, const QDateTime& nowUtc,
                 bool withSignature) const;
    const SandboxOptions& m_options;
    const TokenStore& m_tokens;
    QHash<QString, Account> m_accounts; // by AK
};

} // namespace dbss::sandbox
