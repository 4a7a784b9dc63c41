#include "app/dbssctl/ConsoleProfiles.h"

#include "models/credentials/ClientConfigFactory.h"
#include "models/credentials/KeychainSecretStore.h"
#include "models/credentials/ProfileAccess.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace dbss::ctl {

ConsoleProfiles::ConsoleProfiles()
    // The file the console keeps its profiles in (profiles.ini), so both programs see the same ones.
    : m_settings(credentials::openProfileSettings())
    , m_keychain(std::make_unique<credentials::KeychainSecretStore>())
    , m_store(std::make_unique<credentials::ProfileStore>(m_settings.get(), m_keychain.get())) {}

ConsoleProfiles::~ConsoleProfiles() = default;

credentials::OperationResult
ConsoleProfiles::wait(const std::function<void(QObject*, credentials::ProfileStore::Done)>& op) {
    QEventLoop loop;
    credentials::OperationResult result;
    bool done = false;
    op(&loop, [&](credentials::OperationResult r) {
        result = std::move(r);
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

QString ConsoleProfiles::loadConfig(const QString& name, api::ClientConfig* config) {
    const std::optional<credentials::Profile> profile = m_store->load(name);
    if (!profile)
        return QCoreApplication::translate("dbssctl", "no profile named '%1' (see 'dbssctl profile list')")
            .arg(name);
    credentials::Secrets secrets;
    credentials::OperationResult result;
    QEventLoop loop;
    bool done = false;
    m_store->loadSecrets(name, &loop, [&](credentials::Secrets s, credentials::OperationResult r) {
        secrets = std::move(s);
        result = std::move(r);
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    if (!result.ok)
        return result.message;
    *config = credentials::makeClientConfig(*profile, secrets);
    secrets.clear();
    return {};
}

} // namespace dbss::ctl
