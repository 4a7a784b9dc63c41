#include "models/credentials/Profile.h"

#include "models/api/EndpointTable.h"
#include "models/api/NetworkSetup.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace dbss::credentials {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("Profile", text);
}

constexpr api::Service kServices[] = {api::Service::Dbss, api::Service::Iam, api::Service::Drs,
                                      api::Service::Das};
constexpr int kMaxNameLength = 64;
constexpr int kMinTimeoutMs = 1000;
constexpr int kMaxTimeoutMs = 600000;
// Each fleet region must be a region of the endpoint table where DBSS is offered, given once.
QString regionsProblem(const QStringList& regions) {
    QStringList seen;
    for (const QString& code : regions) {
        const std::optional<api::RegionInfo> info = api::EndpointTable::region(code);
        if (!info || !info->dbss)
            return tr("The region \"%1\" of the fleet regions is not a region where database audit is "
                      "offered.")
                .arg(code);
        if (seen.contains(code))
            return tr("The region \"%1\" is listed twice in the fleet regions.").arg(code);
        seen << code;
    }
    return {};
}
} // namespace

QStringList Profile::fleetRegions() const {
    QStringList out{region};
    for (const QString& code : regions)
        if (!out.contains(code))
            out << code;
    return out;
}

QList<SecretKind> secretKindsFor(api::AuthKind kind) {
    switch (kind) {
    case api::AuthKind::AkSk:
        return {SecretKind::AccessKey, SecretKind::SecretKey};
    case api::AuthKind::TemporaryAkSk:
        return {SecretKind::AccessKey, SecretKind::SecretKey, SecretKind::SecurityToken};
    case api::AuthKind::IamPassword:
        return {SecretKind::IamPassword};
    }
    return {};
}

QString authKindKey(api::AuthKind kind) {
    switch (kind) {
    case api::AuthKind::AkSk:
        return QStringLiteral("aksk");
    case api::AuthKind::TemporaryAkSk:
        return QStringLiteral("temporary-aksk");
    case api::AuthKind::IamPassword:
        return QStringLiteral("iam-password");
    }
    return {};
}

std::optional<api::AuthKind> authKindFromKey(const QString& key) {
    for (auto kind : {api::AuthKind::AkSk, api::AuthKind::TemporaryAkSk, api::AuthKind::IamPassword}) {
        if (authKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString profileNameProblem(const QString& name) {
    if (name.trimmed().isEmpty())
        return tr("Enter a profile name.");
    if (name != name.trimmed())
        return tr("A profile name cannot start or end with a space.");
    if (name.size() > kMaxNameLength)
        return tr("A profile name can have at most %1 characters.").arg(kMaxNameLength);
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N} ._@()-]+$"));
    if (!allowed.match(name).hasMatch())
        return tr("A profile name may contain letters, digits, spaces and . _ @ ( ) - only.");
    return {};
}

std::optional<QByteArray> normalizeSha256Fingerprint(const QString& text) {
    QString hex = text.trimmed().toLower();
    hex.remove(QLatin1Char(':'));
    hex.remove(QLatin1Char(' '));
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    if (!sha256.match(hex).hasMatch())
        return std::nullopt;
    return hex.toLatin1();
}

api::FieldErrors Profile::fieldProblems() const {
    api::FieldErrors problems;
    if (const QString nameProblem = profileNameProblem(name); !nameProblem.isEmpty())
        problems.append({QStringLiteral("name"), nameProblem});
    static const QRegularExpression regionCode(QStringLiteral("^[a-z]{2}(-[a-z0-9]+)+$"));
    if (!regionCode.match(region).hasMatch())
        problems.append({QStringLiteral("region"), tr("Choose a region (a code like cn-north-4).")});
    static const QRegularExpression projectIdPattern(QStringLiteral("^[0-9a-fA-F]{32}$"));
    if (!resolveProjectId && !projectIdPattern.match(projectId).hasMatch())
        problems.append({QStringLiteral("projectId"),
                         tr("Enter the 32-character hexadecimal project ID, or choose to resolve it from "
                            "the region.")});
    for (auto it = endpointOverrides.constBegin(); it != endpointOverrides.constEnd(); ++it) {
        const QUrl& url = it.value();
        const bool web = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
        if (!url.isValid() || !web || url.host().isEmpty())
            problems.append({QStringLiteral("endpoint_") + api::serviceKey(it.key()),
                             tr("The %1 endpoint override must be an http:// or https:// URL with a host.")
                                 .arg(api::serviceKey(it.key()).toUpper())});
    }
    if (!pinnedCertSha256.isEmpty() && !normalizeSha256Fingerprint(QString::fromLatin1(pinnedCertSha256)))
        problems.append({QStringLiteral("pinnedCertSha256"),
                         tr("The pinned certificate fingerprint must be a SHA-256 digest: 64 hexadecimal "
                            "digits, colons allowed.")});
    if (timeoutMs < kMinTimeoutMs || timeoutMs > kMaxTimeoutMs)
        problems.append({QStringLiteral("timeoutMs"), tr("The timeout must be between %1 and %2 seconds.")
                                                          .arg(kMinTimeoutMs / 1000)
                                                          .arg(kMaxTimeoutMs / 1000)});
    if (!proxy.isEmpty())
        if (const QString problem = api::NetworkSetup::proxyProblem(proxy); !problem.isEmpty())
            problems.append({QStringLiteral("proxy"), problem});
    if (!caFile.isEmpty()) {
        QString problem;
        api::NetworkSetup::loadCaFile(caFile, &problem);
        if (!problem.isEmpty())
            problems.append({QStringLiteral("caFile"), problem});
    }
    if (const QString problem = regionsProblem(regions); !problem.isEmpty())
        problems.append({QStringLiteral("regions"), problem});
    if (authKind == api::AuthKind::IamPassword) {
        if (iamUser.trimmed().isEmpty())
            problems.append({QStringLiteral("iamUser"), tr("Enter the IAM user name.")});
        if (iamDomain.trimmed().isEmpty())
            problems.append(
                {QStringLiteral("iamDomain"), tr("Enter the account (domain) name of the IAM user.")});
    }
    return problems;
}

QStringList Profile::validate() const {
    QStringList problems;
    for (const api::FieldError& e : fieldProblems())
        problems << e.reason;
    return problems;
}

void Profile::writeTo(QSettings& settings) const {
    settings.beginGroup(QLatin1String(kGroup) + QLatin1Char('/') + name);
    settings.remove(QString()); // the whole group: no stale keys from an older auth kind
    settings.setValue(QStringLiteral("authKind"), authKindKey(authKind));
    settings.setValue(QStringLiteral("region"), region);
    settings.setValue(QStringLiteral("projectId"), projectId);
    settings.setValue(QStringLiteral("resolveProjectId"), resolveProjectId);
    for (auto it = endpointOverrides.constBegin(); it != endpointOverrides.constEnd(); ++it)
        settings.setValue(QStringLiteral("endpoints/") + api::serviceKey(it.key()), it.value().toString());
    if (!pinnedCertSha256.isEmpty())
        settings.setValue(QStringLiteral("pinnedCertSha256"), QString::fromLatin1(pinnedCertSha256));
    settings.setValue(QStringLiteral("timeoutMs"), timeoutMs);
    if (!proxy.isEmpty())
        settings.setValue(QStringLiteral("proxy"), proxy);
    if (!caFile.isEmpty())
        settings.setValue(QStringLiteral("caFile"), caFile);
    if (!regions.isEmpty())
        settings.setValue(QStringLiteral("regions"), regions.join(QLatin1Char(',')));
    if (authKind == api::AuthKind::IamPassword) {
        settings.setValue(QStringLiteral("iamUser"), iamUser);
        settings.setValue(QStringLiteral("iamDomain"), iamDomain);
    }
    settings.endGroup();
}

std::optional<Profile> Profile::readFrom(QSettings& settings, const QString& name) {
    const QString group = QLatin1String(kGroup) + QLatin1Char('/') + name;
    settings.beginGroup(QLatin1String(kGroup));
    const bool exists = settings.childGroups().contains(name);
    settings.endGroup();
    if (!exists)
        return std::nullopt;
    Profile p;
    p.name = name;
    settings.beginGroup(group);
    p.authKind = authKindFromKey(settings.value(QStringLiteral("authKind")).toString()).value_or(p.authKind);
    p.region = settings.value(QStringLiteral("region"), p.region).toString();
    p.projectId = settings.value(QStringLiteral("projectId")).toString();
    p.resolveProjectId = settings.value(QStringLiteral("resolveProjectId"), false).toBool();
    for (auto service : kServices) {
        const QString key = QStringLiteral("endpoints/") + api::serviceKey(service);
        if (settings.contains(key))
            p.endpointOverrides.insert(service, QUrl(settings.value(key).toString()));
    }
    p.pinnedCertSha256 = settings.value(QStringLiteral("pinnedCertSha256")).toString().toLatin1();
    p.timeoutMs = settings.value(QStringLiteral("timeoutMs"), p.timeoutMs).toInt();
    p.iamUser = settings.value(QStringLiteral("iamUser")).toString();
    p.iamDomain = settings.value(QStringLiteral("iamDomain")).toString();
    p.proxy = settings.value(QStringLiteral("proxy")).toString();
    p.caFile = settings.value(QStringLiteral("caFile")).toString();
    // Stored comma-separated: QSettings' INI lists would quote a single value differently.
    const QString regionList = settings.value(QStringLiteral("regions")).toString();
    if (!regionList.isEmpty())
        p.regions = regionList.split(QLatin1Char(','), Qt::SkipEmptyParts);
    settings.endGroup();
    return p;
}

} // namespace dbss::credentials
