#pragma once

#include "models/api/Service.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QString>
#include <QUrl>

#include <functional>

namespace dbss::api {

enum class AuthKind {
    AkSk,          // permanent access key
    TemporaryAkSk, // access key + X-Security-Token
    IamPassword,   // IAM user/password/domain -> X-Auth-Token
};

// What ApiClient needs to reach and authenticate against one account/region.
// Secrets live here only in memory; they come from the keychain or the environment.
struct ClientConfig {
    QString region = QStringLiteral("cn-north-4");
    QString projectId;                      // empty: resolved from the region through IAM
    QHash<Service, QUrl> endpointOverrides; // e.g. every service -> the sandbox's loopback URL
    AuthKind authKind = AuthKind::AkSk;
    QString ak;
    QString sk;
    QString securityToken;
    QString iamUser;
    QString iamPassword;
    QString iamDomain;
    int timeoutMs = 30000;               // deadline of one attempt, from sending to the last byte
    int maxRetries = 3;                  // for read-only calls only (see RetryPolicy)
    int retryBaseDelayMs = 500;          // exponential backoff base, with jitter
    int maxRetryAfterMs = 60000;         // a server's Retry-After is honoured up to this
    std::function<double()> retryJitter; // in [0,1); empty: random (tests inject it)
    qint64 maxResponseBytes = qint64(64) * 1024 * 1024; // larger answers are abandoned (Kind::TooLarge)
    QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever); // bounds every request and retry
    QByteArray pinnedCertSha256; // hex; accept exactly this certificate even if untrusted
    QString proxy;               // http://HOST:PORT or socks5://HOST:PORT; empty: system settings
    QString caFile;              // PEM file of extra trusted CAs (TLS-inspecting gateway); see NetworkSetup
};

} // namespace dbss::api
