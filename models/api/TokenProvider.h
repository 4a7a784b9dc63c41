#pragma once

#include "models/api/ApiError.h"
#include "models/api/Iam.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

namespace dbss::api {

class ApiClient;
class ApiReply;

// IAM password authentication: obtains a project-scoped token (POST /v3/auth/tokens), keeps it in
// memory only, and obtains a new one shortly before it expires or after a 401 (invalidate()).
// Callers waiting at the same time share one IAM request.
class TokenProvider : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const ApiError& error)>;

    // The client sends the (unauthenticated) token request; it must outlive the provider.
    TokenProvider(ApiClient* client, PasswordAuth auth, QObject* parent = nullptr);
    ~TokenProvider() override;

    // A token usable now (not expired nor about to): empty when there is none.
    QByteArray currentToken() const;
    // Calls done (later, from the event loop, while context lives) once a token is there or failed.
    void ensureToken(QObject* context, Done done);
    // Forget the token (the service answered 401): the next ensureToken() asks IAM again.
    void invalidate();

    const TokenInfo& info() const { return m_info; }
    int tokensIssued() const { return m_issued; }

    // For tests: the clock used for expiry decisions.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // A token is renewed when less than this much validity is left (5 min, at most a quarter of
    // the token's lifetime so that short-lived tokens are still used).
    static constexpr qint64 kRefreshMarginSecs = 300;

private:
    void onReply(ApiReply* reply);
    QDateTime now() const;

    ApiClient* m_client;
    PasswordAuth m_auth;
    QByteArray m_token;
    TokenInfo m_info;
    QDateTime m_obtainedAt;
    int m_issued = 0;
    QPointer<ApiReply> m_pending;
    QList<QPair<QPointer<QObject>, Done>> m_waiting;
    std::function<QDateTime()> m_clock;
};

} // namespace dbss::api
