#include "models/credentials/ClientConfigFactory.h"

#include <QCoreApplication>

namespace dbss::credentials {

namespace {
QString text(const QByteArray& bytes) {
    return QString::fromUtf8(bytes);
}
} // namespace

api::ClientConfig makeClientConfig(const Profile& profile, const Secrets& secrets) {
    api::ClientConfig config;
    config.region = profile.region;
    config.projectId = profile.resolveProjectId ? QString() : profile.projectId;
    config.endpointOverrides = profile.endpointOverrides;
    config.authKind = profile.authKind;
    config.timeoutMs = profile.timeoutMs;
    config.pinnedCertSha256 = profile.pinnedCertSha256;
    config.proxy = profile.proxy;
    config.caFile = profile.caFile;
    switch (profile.authKind) {
    case api::AuthKind::TemporaryAkSk:
        config.securityToken = text(secrets.value(SecretKind::SecurityToken));
        [[fallthrough]];
    case api::AuthKind::AkSk:
        config.ak = text(secrets.value(SecretKind::AccessKey));
        config.sk = text(secrets.value(SecretKind::SecretKey));
        break;
    case api::AuthKind::IamPassword:
        config.iamUser = profile.iamUser;
        config.iamDomain = profile.iamDomain;
        config.iamPassword = text(secrets.value(SecretKind::IamPassword));
        break;
    }
    return config;
}

void wipeSecrets(api::ClientConfig& config) {
    wipe(config.ak);
    wipe(config.sk);
    wipe(config.securityToken);
    wipe(config.iamPassword);
}

EnvironmentOverride applyEnvironmentCredentials(api::ClientConfig& config, const QProcessEnvironment& env) {
    const QString ak = env.value(QStringLiteral("DBSS_AK"));
    const QString sk = env.value(QStringLiteral("DBSS_SK"));
    const QString token = env.value(QStringLiteral("DBSS_SECURITY_TOKEN"));
    EnvironmentOverride result;
    if (ak.isEmpty() != sk.isEmpty()) {
        result.error =
            QCoreApplication::translate("ClientConfigFactory",
                                        "DBSS_AK and DBSS_SK must be set together (only %1 is set).")
                .arg(ak.isEmpty() ? QStringLiteral("DBSS_SK") : QStringLiteral("DBSS_AK"));
        return result;
    }
    const bool haveKeys = !ak.isEmpty();
    if (!token.isEmpty() && !haveKeys && config.authKind == api::AuthKind::IamPassword) {
        result.error = QCoreApplication::translate(
            "ClientConfigFactory",
            "DBSS_SECURITY_TOKEN needs an access key: set DBSS_AK and DBSS_SK, or use an AK/SK profile.");
        return result;
    }
    if (haveKeys) {
        wipeSecrets(config);
        config.iamUser.clear();
        config.iamDomain.clear();
        config.ak = ak;
        config.sk = sk;
        config.authKind = api::AuthKind::AkSk;
        result.applied = true;
    }
    if (!token.isEmpty()) {
        wipe(config.securityToken);
        config.securityToken = token;
        config.authKind = api::AuthKind::TemporaryAkSk;
        result.applied = true;
    }
    return result;
}

} // namespace dbss::credentials
