#pragma once

#include "models/api/ClientConfig.h"
#include "models/credentials/Profile.h"
#include "models/credentials/Secrets.h"

#include <QProcessEnvironment>

namespace dbss::credentials {

// The configuration ApiClient takes, from a profile and its secrets (copied; the caller still wipes
// `secrets`, and should call wipeSecrets() on the config when the client is gone).
api::ClientConfig makeClientConfig(const Profile& profile, const Secrets& secrets);

// Overwrites every secret field of the config, then clears it.
void wipeSecrets(api::ClientConfig& config);

struct EnvironmentOverride {
    bool applied = false; // at least one variable was used
    QString error;        // for the user (stderr); empty when fine. Never contains a value.
};

// For scripts: DBSS_AK + DBSS_SK (both or neither) replace the profile's keys and switch an IAM
// profile to AK/SK; DBSS_SECURITY_TOKEN makes them temporary keys. Variables that are set but empty
// count as unset. On error the config is left unchanged.
EnvironmentOverride
applyEnvironmentCredentials(api::ClientConfig& config,
                            const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

} // namespace dbss::credentials
