#include "models/api/TokenProvider.h"

#include "models/api/ApiClient.h"
#include "models/api/ParseReply.h"

#include <QCoreApplication>
#include <QTimer>

namespace dbss::api {

TokenProvider::TokenProvider(ApiClient* client, PasswordAuth auth, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_auth(std::move(auth)) {}

TokenProvider::~TokenProvider() {
    // Wipe the secrets we hold before the memory is released.
    m_token.fill('\0');
    m_auth.password.fill(QChar(u'\0'));
    if (m_pending)
        m_pending->disconnect(this);
}

QDateTime TokenProvider::now() const {
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QByteArray TokenProvider::currentToken() const {
    if (m_token.isEmpty() || !m_info.expiresAt.isValid())
        return {};
    // Milliseconds: expires_at carries them, and whole seconds would round a short token away.
    const qint64 lifetimeMs = m_obtainedAt.msecsTo(m_info.expiresAt);
    const qint64 marginMs = qMin(kRefreshMarginSecs * 1000, qMax<qint64>(lifetimeMs / 4, 0));
    return now().msecsTo(m_info.expiresAt) > marginMs ? m_token : QByteArray();
}

void TokenProvider::invalidate() {
    m_token.fill('\0');
    m_token.clear();
    m_info = {};
}

void TokenProvider::ensureToken(QObject* context, Done done) {
    if (!currentToken().isEmpty()) {
        QTimer::singleShot(0, context, [done = std::move(done)] { done(ApiError{}); });
        return;
    }
    m_waiting.append({QPointer<QObject>(context), std::move(done)});
    if (m_pending)
        return;
    m_pending = m_client->send(createPasswordToken(m_auth));
    ApiReply* reply = m_pending;
    connect(reply, &ApiReply::finished, this, [this, reply] { onReply(reply); });
}

void TokenProvider::onReply(ApiReply* reply) {
    reply->deleteLater();
    m_pending = nullptr;
    TokenInfo info;
    ApiError error;
    if (parseReply(*reply, &info, &error)) {
        const QByteArray token = reply->header("X-Subject-Token");
        if (token.isEmpty()) {
            error =
                ApiError::make(ApiError::Kind::Parse,
                               QCoreApplication::translate("dbss::api", "the answer has no X-Subject-Token"),
                               reply->request().operation);
        } else {
            m_token = token;
            m_info = info;
            m_obtainedAt = now();
            ++m_issued;
        }
    }
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto& [context, done] : waiting) {
        if (context)
            done(error);
    }
}

} // namespace dbss::api
