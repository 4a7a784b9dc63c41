#pragma once

#include "models/api/ClientConfig.h"
#include "models/api/FieldRules.h"
#include "models/api/Service.h"
#include "models/credentials/SecretResult.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QSettings;

namespace dbss::credentials {

// The non-secret part of a connection: what is stored in QSettings under "profiles/<name>".
// Secrets (AK, SK, security token, IAM password) are never members: they live in a SecretStore.
struct Profile {
    QString name;
    api::AuthKind authKind = api::AuthKind::AkSk;
    QString region = QStringLiteral("cn-north-4");
    QString projectId;             // used when resolveProjectId is false
    bool resolveProjectId = false; // ask IAM for the project of the region
    QHash<api::Service, QUrl> endpointOverrides;
    QByteArray pinnedCertSha256; // lowercase hex, 64 digits, or empty
    int timeoutMs = 30000;
    QString iamUser; // IAM password auth only (not secret)
    QString iamDomain;
    QString proxy;  // http://HOST:PORT or socks5://HOST:PORT; empty: the system proxy settings
    QString caFile; // PEM file of extra trusted CA certificates; empty: the system's CAs only
    // The regions the fleet view includes for this account (codes of EndpointTable offering DBSS,
    // no duplicates); empty: the profile's own region only. See fleetRegions().
    QStringList regions;

    // The regions of the fleet: `region` first, then the others of `regions` in their order.
    QStringList fleetRegions() const;

    // Every problem as a sentence for the user; empty when the profile can be saved.
    QStringList validate() const;
    // The same problems, each with the field it concerns: "name", "region", "projectId",
    // "endpoint_<service>", "pinnedCertSha256", "timeoutMs", "proxy", "caFile", "iamUser", "iamDomain",
    // "regions".
    api::FieldErrors fieldProblems() const;

    static constexpr const char* kGroup = "profiles";
    void writeTo(QSettings& settings) const;
    static std::optional<Profile> readFrom(QSettings& settings, const QString& name);

    bool operator==(const Profile&) const = default;
};

// The secrets an auth kind needs, in the order a form shows them.
QList<SecretKind> secretKindsFor(api::AuthKind kind);

// Why a name cannot be a profile name ("" when it can). Names become QSettings groups and keychain
// keys, so separators and control characters are refused.
QString profileNameProblem(const QString& name);

// "AA:bb:..." or "aabb..." -> "aabb..." (64 lowercase hex digits); nullopt when not a SHA-256.
std::optional<QByteArray> normalizeSha256Fingerprint(const QString& text);

QString authKindKey(api::AuthKind kind); // "aksk", "temporary-aksk", "iam-password"
std::optional<api::AuthKind> authKindFromKey(const QString& key);

} // namespace dbss::credentials
