#include "models/fleet/FleetConfig.h"

namespace dbss::fleet {

api::ClientConfig regionConfig(const api::ClientConfig& profileConfig, const QString& region) {
    api::ClientConfig config = profileConfig;
    if (region != profileConfig.region) {
        // A project id belongs to one region: the others are looked up by name.
        config.projectId.clear();
        config.region = region;
    }
    return config;
}

} // namespace dbss::fleet
