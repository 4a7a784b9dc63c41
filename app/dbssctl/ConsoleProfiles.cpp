#include "app/dbssctl/ConsoleProfiles.h"

#include "models/credentials/ClientConfigFactory.h"
#include "models/credentials/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace dbss::ctl {

ConsoleProfiles::ConsoleProfiles()
    // The console's settings file (organization and application "dbss-console"), not dbssctl's own.
    : m_settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("dbss-console"),
                 QStringLiteral("dbss-console"))
    , m_keychain(std::make_unique<credentials::KeychainSecretStore>())
    , m_store(std::make_unique<credentials::ProfileStore>(&m_settings, m_keychain.get())) {}

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
