#include "app/console/SandboxFleetProfiles.h"

#include "models/credentials/ProfileAccess.h"
#include "models/credentials/ProfileStore.h"

#include <QObject>

namespace dbss::app {

QString sandboxOpsProfileName() {
    return QObject::tr("Sandbox Ops");
}

QStringList sandboxRegions(const sandbox::SandboxOptions& options, const QString& ak) {
    QStringList regions;
    for (const sandbox::SandboxTenant& t : options.allTenants())
        if (t.ak == ak && !regions.contains(t.region))
            regions << t.region;
    return regions;
}

void saveSandboxOpsProfile(credentials::ProfileStore* store, const sandbox::SandboxOptions& options,
                           const QUrl& url, QObject* context) {
    // The second account: the first tenant whose key is not the main one.
    for (const sandbox::SandboxTenant& t : options.tenants) {
        if (t.ak == options.ak)
            continue;
        credentials::Profile profile;
        profile.name = sandboxOpsProfileName();
        profile.region = t.region;
        profile.projectId = t.projectId;
        profile.regions = sandboxRegions(options, t.ak);
        for (api::Service s : {api::Service::Dbss, api::Service::Iam, api::Service::Drs, api::Service::Das})
            profile.endpointOverrides.insert(s, url);
        credentials::Secrets secrets;
        secrets.set(credentials::SecretKind::AccessKey, t.ak.toUtf8());
        secrets.set(credentials::SecretKind::SecretKey, t.sk.toUtf8());
        credentials::saveProfileWithSecrets(store, profile, secrets, /*sessionFallback=*/true, context,
                                            [](const credentials::SaveProfileResult&) {});
        secrets.clear();
        return;
    }
}

void addSandboxRegions(credentials::ProfileStore* store, const QString& name,
                       const sandbox::SandboxOptions& options) {
    std::optional<credentials::Profile> profile = store->load(name);
    if (!profile)
        return;
    const QStringList regions = sandboxRegions(options, options.ak);
    if (profile->regions == regions)
        return;
    profile->regions = regions;
    store->save(*profile);
}

} // namespace dbss::app
