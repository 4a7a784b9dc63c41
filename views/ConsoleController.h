#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace dbss::api {
class ApiClient;
}
namespace dbss::credentials {
class KeychainSecretStore;
class ProfileStore;
} // namespace dbss::credentials

namespace dbss::views {

class MainWindow;

// Where the embedded sandbox listens and the demo account it accepts (filled by the app from
// its SandboxServer, so views/ does not depend on the emulator).
struct SandboxAccount {
    QUrl url;
    QString ak;
    QString sk;
    QString projectId;
    QString region;
};

// The console's session: the profile store (QSettings + OS keychain), the open profile's ApiClient
// and MainWindow; switching profiles replaces both. The sandbox account is saved as the profile
// "Sandbox" like any other (its keys in the keychain; memory only if the keychain is unavailable).
class ConsoleController : public QObject {
    Q_OBJECT
public:
    explicit ConsoleController(QObject* parent = nullptr);
    ~ConsoleController() override;

    // Starts (reset: afresh, its saved state dropped) the embedded sandbox; nullopt with *error if it
    // cannot. Set by the app, which owns the emulator; without it the console offers no sandbox.
    using SandboxStarter = std::function<std::optional<SandboxAccount>(bool reset, QString* error)>;
    void setSandboxStarter(SandboxStarter starter) { m_startSandbox = std::move(starter); }

    // Opens `profile`, else the sandbox profile, else the last used one, else welcomes (first start).
    void start(const std::optional<SandboxAccount>& sandbox, const QString& profile);
    void trySandbox();   // starts the embedded sandbox if needed and opens its profile
    void resetSandbox(); // asks, then restarts it with fresh demo data
    void openProfile(const QString& name);
    void manageProfiles();

    MainWindow* window() const;
    credentials::ProfileStore* store() const { return m_store; }
    static QString sandboxProfileName();

Q_SIGNALS:
    void profileOpened(const QString& name);
    void failed(const QString& message); // nothing could be opened; the app shows it and quits

private:
    void openSandbox(const SandboxAccount& account);
    void welcome();
    void showWindow(const QString& name, std::unique_ptr<api::ApiClient> client);
    void fail(const QString& message);

    std::unique_ptr<QSettings> m_settings;
    credentials::KeychainSecretStore* m_keychain;
    credentials::ProfileStore* m_store;
    std::unique_ptr<api::ApiClient> m_client;
    QPointer<MainWindow> m_window;
    QString m_pendingStatus; // shown in the window's status bar once it exists
    SandboxStarter m_startSandbox;
    bool m_sandboxRunning = false;
};

} // namespace dbss::views
