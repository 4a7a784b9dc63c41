#pragma once

#include "models/api/ClientConfig.h"
#include "models/credentials/ProfileStore.h"
#include "models/fleet/FleetConfig.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <memory>

class QSettings;

namespace dbss::credentials {

// The settings file every program of the suite shares for profiles (console and dbssctl):
// <config dir>/dbss-console/profiles.ini (on Linux ~/.config/dbss-console/profiles.ini). INI on every
// platform so it can be inspected, and scanned by tests for secrets.
std::unique_ptr<QSettings> openProfileSettings();

struct ProfileConfigResult {
    bool ok = false;
    api::ClientConfig config;     // the caller calls wipeSecrets(config) when done with it
    QString error;                // for the user (dialog or stderr); never contains a secret
    bool fromEnvironment = false; // DBSS_AK/DBSS_SK/DBSS_SECURITY_TOKEN were applied
};

// What `dbssctl --profile NAME` and the console's profile switch need: the profile, its secrets
// (session store, then keychain) and the environment overrides, as one ClientConfig. When the
// environment holds DBSS_AK and DBSS_SK the keychain is not touched at all, so scripts work on
// machines without one.
void loadProfileConfig(ProfileStore* store, const QString& name, QObject* context,
                       std::function<void(ProfileConfigResult)> done,
                       const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

// loadProfileConfig for the fleet view (FleetModel, `dbssctl fleet list`): one call per profile,
// each answered on its own, so a locked keychain or a missing key fails that profile only.
fleet::FleetConfigLoader
fleetConfigLoader(ProfileStore* store,
                  const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

// The fleet of these profiles: each with Profile::fleetRegions(), or `regions` when not empty.
// Unknown names come back in *unknown (and are left out).
QList<fleet::FleetProfile> fleetProfiles(ProfileStore* store, const QStringList& names,
                                         const QStringList& regions = {}, QStringList* unknown = nullptr);

struct SaveProfileResult {
    OperationResult result; // !ok: nothing usable was stored (the settings may have been written)
    SecretStorage storedIn = SecretStorage::Keychain;
    QString keychainProblem; // set when the keychain failed and the session store was used instead
};

// Creates or replaces a profile and its secrets in one go: what `dbss-console --sandbox` (the demo
// profile) and `dbssctl profile add` need. With `sessionFallback`, a keychain that is unavailable
// leads to memory-only secrets (never to a file) and keychainProblem says why, for a status line.
void saveProfileWithSecrets(ProfileStore* store, const Profile& profile, const Secrets& secrets,
                            bool sessionFallback, QObject* context,
                            std::function<void(SaveProfileResult)> done);

} // namespace dbss::credentials
