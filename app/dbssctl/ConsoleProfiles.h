#pragma once

// The console's profiles for dbssctl: the same profiles file and keychain service as the console.

#include "models/api/ClientConfig.h"
#include "models/credentials/ProfileStore.h"

#include <QSettings>

#include <memory>

namespace dbss::ctl {

class Session;

class ConsoleProfiles {
public:
    ConsoleProfiles();
    ~ConsoleProfiles();
    credentials::ProfileStore& store() { return *m_store; }

    // Loads the profile and its secrets (waiting for the keychain) into *config; on failure returns
    // a message for the user. Secrets stay in memory only.
    QString loadConfig(const QString& name, api::ClientConfig* config);
    // Runs a ProfileStore operation to its end.
    credentials::OperationResult
    wait(const std::function<void(QObject*, credentials::ProfileStore::Done)>& op);

private:
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<credentials::SecretStore> m_keychain;
    std::unique_ptr<credentials::ProfileStore> m_store;
};

} // namespace dbss::ctl
