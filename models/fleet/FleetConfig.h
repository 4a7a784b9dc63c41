#pragma once

#include "models/api/ClientConfig.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace dbss::fleet {

// One account of the fleet: a profile and the regions to include for it (Profile::fleetRegions()).
struct FleetProfile {
    QString name;
    QStringList regions;
    bool operator==(const FleetProfile&) const = default;
};

// What loading a profile's credentials gave: a ClientConfig for the profile's own region (the
// fleet copies it per region), or why not (bad or missing key, locked keychain...). Never a secret
// in `error`.
struct FleetConfigResult {
    bool ok = false;
    api::ClientConfig config;
    QString error;
};

// dbss_models knows nothing of profiles and secrets: whoever builds the fleet (console, dbssctl)
// passes how to load one profile's configuration, e.g. credentials::fleetConfigLoader(store). It
// answers `done` once, later (never from inside the call), while `context` lives. Several calls
// are in flight at once: every profile loads in parallel.
using FleetConfigLoader = std::function<void(const QString& profile, QObject* context,
                                             std::function<void(FleetConfigResult)> done)>;

// The configuration of one region of a profile: the profile's own region keeps its project id;
// any other region gets an empty one, which FleetModel resolves through IAM (GET /v3/projects?name=).
api::ClientConfig regionConfig(const api::ClientConfig& profileConfig, const QString& region);

} // namespace dbss::fleet
