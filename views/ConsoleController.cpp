#include "views/ConsoleController.h"

#include "models/api/ApiClient.h"
#include "models/credentials/ClientConfigFactory.h"
#include "models/credentials/ConnectionProbe.h"
#include "models/credentials/KeychainSecretStore.h"
#include "models/credentials/ProfileAccess.h"
#include "models/credentials/ProfileStore.h"
#include "views/Confirm.h"
#include "views/FleetDocks.h"
#include "views/Logging.h"
#include "views/MainWindow.h"
#include "views/ProfileDialog.h"
#include "views/WelcomeDialog.h"

#include <QMessageBox>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStatusBar>

namespace dbss::views {

namespace {
const QString kLastProfileKey = QStringLiteral("session/lastProfile");
}

ConsoleController::ConsoleController(QObject* parent)
    : QObject(parent)
    , m_settings(credentials::openProfileSettings())
    , m_keychain(new credentials::KeychainSecretStore(this))
    , m_store(new credentials::ProfileStore(m_settings.get(), m_keychain, this)) {}

ConsoleController::~ConsoleController() {
    delete m_window; // before the client it uses
}

MainWindow* ConsoleController::window() const {
    return m_window;
}

QString ConsoleController::sandboxProfileName() {
    return tr("Sandbox");
}

void ConsoleController::start(const std::optional<SandboxAccount>& sandbox, const QString& profile) {
    if (!profile.isEmpty()) {
        openProfile(profile);
    } else if (sandbox) {
        m_sandboxRunning = true;
        openSandbox(*sandbox);
    } else {
        const QString last = QSettings().value(kLastProfileKey).toString();
        if (last == sandboxProfileName() && m_startSandbox)
            trySandbox(); // its address changes every start: start it again rather than open a dead one
        else if (m_store->contains(last))
            openProfile(last);
        else if (!m_store->names().isEmpty())
            openProfile(m_store->names().first());
        else
            welcome(); // first start
    }
}

void ConsoleController::welcome() {
    auto* dialog = new WelcomeDialog(bool(m_startSandbox));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int choice) {
        if (choice == WelcomeDialog::TrySandbox)
            trySandbox();
        else if (choice == WelcomeDialog::AddProfile)
            manageProfiles();
        else
            Q_EMIT failed(QString()); // Quit: nothing to open, nothing to say
    });
    dialog->open();
}

void ConsoleController::trySandbox() {
    if (!m_startSandbox)
        return;
    QString error;
    const std::optional<SandboxAccount> account = m_startSandbox(false, &error);
    if (!account) {
        fail(tr("The built-in sandbox could not start: %1").arg(error));
        return;
    }
    m_sandboxRunning = true;
    openSandbox(*account);
}

void ConsoleController::resetSandbox() {
    if (!m_startSandbox || !m_window)
        return;
    if (!confirmStopAuditing(m_window, tr("Reset Sandbox"),
                             tr("Throw away every change made in the sandbox and start again with the demo "
                                "data?"),
                             tr("Reset")))
        return;
    QString error;
    const std::optional<SandboxAccount> account = m_startSandbox(true, &error);
    if (!account) {
        fail(tr("The built-in sandbox could not start: %1").arg(error));
        return;
    }
    m_pendingStatus = tr("The sandbox starts afresh with the demo data.");
    openSandbox(*account);
}

void ConsoleController::openSandbox(const SandboxAccount& account) {
    credentials::Profile profile;
    profile.name = sandboxProfileName();
    profile.region = account.region;
    profile.projectId = account.projectId;
    for (api::Service s : {api::Service::Dbss, api::Service::Iam, api::Service::Drs, api::Service::Das})
        profile.endpointOverrides.insert(s, account.url); // the port is new every run
    credentials::Secrets secrets;
    secrets.set(credentials::SecretKind::AccessKey, account.ak.toUtf8());
    secrets.set(credentials::SecretKind::SecretKey, account.sk.toUtf8());
    credentials::saveProfileWithSecrets(
        m_store, profile, secrets, /*sessionFallback=*/true, this,
        [this, name = profile.name](const credentials::SaveProfileResult& saved) {
            if (!saved.result.ok) {
                fail(saved.result.message);
                return;
            }
            if (!saved.keychainProblem.isEmpty())
                m_pendingStatus =
                    tr("Sandbox keys kept for this session only: %1").arg(saved.keychainProblem);
            openProfile(name);
        });
}

void ConsoleController::openProfile(const QString& name) {
    if (name == sandboxProfileName() && m_startSandbox && !m_sandboxRunning) {
        trySandbox(); // the saved address is from an earlier run
        return;
    }
    // The console takes secrets from the keychain only; the DBSS_* variables are for scripts.
    credentials::loadProfileConfig(
        m_store, name, this,
        [this, name](credentials::ProfileConfigResult loaded) {
            if (!loaded.ok) {
                if (m_window) {
                    QMessageBox::warning(m_window, tr("Open Profile"), loaded.error);
                    return;
                }
                fail(tr("Profile \"%1\" cannot be opened: %2").arg(name, loaded.error));
                return;
            }
            showWindow(name, std::make_unique<api::ApiClient>(loaded.config));
            credentials::wipeSecrets(loaded.config); // the client keeps its own copy
        },
        QProcessEnvironment());
}

void ConsoleController::showWindow(const QString& name, std::unique_ptr<api::ApiClient> client) {
    QPointer<MainWindow> old = m_window;
    std::unique_ptr<api::ApiClient> oldClient = std::move(m_client);
    m_client = std::move(client);
    m_window = new MainWindow(m_client.get(), name);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_window->setProfileNames(m_store->names());
    connect(m_window, &MainWindow::manageProfilesRequested, this, &ConsoleController::manageProfiles);
    connect(m_window, &MainWindow::switchProfileRequested, this, &ConsoleController::openProfile);
    connect(m_window, &MainWindow::resetSandboxRequested, this, &ConsoleController::resetSandbox);
    m_window->setSandboxResettable(m_sandboxRunning && m_startSandbox && name == sandboxProfileName());
    connect(m_store, &credentials::ProfileStore::profilesChanged, m_window,
            [this] { m_window->setProfileNames(m_store->names()); });
    // Every profile with its regions in the fleet docks, loaded again when profiles change.
    auto* fleet = new FleetDocks(m_window, credentials::fleetConfigLoader(m_store),
                                 [this] { return credentials::fleetProfiles(m_store, m_store->names()); });
    connect(m_store, &credentials::ProfileStore::profilesChanged, fleet, &FleetDocks::reload);
    if (old)
        m_window->setGeometry(old->geometry());
    m_window->show();
    if (!m_pendingStatus.isEmpty()) {
        m_window->statusBar()->showMessage(m_pendingStatus, 15000);
        m_pendingStatus.clear();
    }
    if (old) {
        old->close(); // saves its layout
        delete old;   // before its client goes
    }
    QSettings().setValue(kLastProfileKey, name);
    Q_EMIT profileOpened(name);
}

void ConsoleController::manageProfiles() {
    auto* dialog = new ProfileDialog(m_store, &credentials::probeConnection, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_window)
        dialog->selectProfile(QSettings().value(kLastProfileKey).toString());
    connect(dialog, &ProfileDialog::useProfileRequested, this, [this, dialog](const QString& name) {
        dialog->close();
        openProfile(name);
    });
    // With no window yet (first start), the saved profile opens as soon as it exists.
    if (!m_window) {
        connect(dialog, &ProfileDialog::profileSaved, this, [this, dialog](const QString& name) {
            dialog->close();
            openProfile(name);
        });
        connect(dialog, &QDialog::rejected, this, [this] {
            if (!m_window)
                fail(tr("No connection profile: nothing to open."));
        });
    }
    dialog->open();
}

void ConsoleController::fail(const QString& message) {
    qCDebug(lcViews).noquote() << message;
    if (m_window) { // a session is open: say so and keep it
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("DBSS Console"), message, QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    Q_EMIT failed(message); // nothing open: the application decides (shows it and quits)
}

} // namespace dbss::views
