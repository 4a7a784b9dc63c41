#pragma once

#include "models/api/Service.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

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
    int timeoutMs = 30000;
    int maxRetries = 3;          // for read-only calls only
    int retryBaseDelayMs = 500;  // exponential backoff base, with jitter
    QByteArray pinnedCertSha256; // hex; accept exactly this certificate even if untrusted
    QString proxy;               // http://HOST:PORT or socks5://HOST:PORT; empty: system settings
    QString caFile;              // PEM file of extra trusted CAs (TLS-inspecting gateway); see NetworkSetup
};

} // namespace dbss::api
