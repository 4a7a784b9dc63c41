#pragma once

#include "sandbox/SandboxOptions.h"

#include <QStringList>
#include <QUrl>

class QObject;

namespace dbss::credentials {
class ProfileStore;
}

namespace dbss::app {

// `dbss-console --sandbox` opens a small fleet (sandbox::demoFleet): the profile "Sandbox" (the
// main account, saved by ConsoleController) gains its second region, and the second account is
// saved as "Sandbox Ops" with its two regions, so the fleet view shows 2 profiles × 2 regions.
// Profiles are rewritten on every start: the sandbox's port is new each run.
QString sandboxOpsProfileName();

// The fleet regions of the main account's tenants ("Sandbox"), its own region first.
QStringList sandboxRegions(const sandbox::SandboxOptions& options, const QString& ak);

// Saves "Sandbox Ops" (settings and keys; the keys in memory only when the keychain is unavailable).
void saveSandboxOpsProfile(credentials::ProfileStore* store, const sandbox::SandboxOptions& options,
                           const QUrl& url, QObject* context);

// Adds the main account's other regions to the stored "Sandbox" profile (settings only).
void addSandboxRegions(credentials::ProfileStore* store, const QString& name,
                       const sandbox::SandboxOptions& options);

} // namespace dbss::app
