#pragma once

#include "models/credentials/Profile.h"
#include "models/credentials/SecretStore.h"
#include "models/credentials/Secrets.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QSettings;

namespace dbss::credentials {

class MemorySecretStore;

enum class SecretStorage {
    Keychain,    // the OS keychain (persistent)
    SessionOnly, // this process's memory; gone when the console quits
};

struct OperationResult {
    bool ok = true;
    QString message; // for the user when !ok; never contains a secret
    SecretStatus status = SecretStatus::Ok;
};

// Profiles in QSettings (group "profiles/<name>", never a secret) and their secrets in a SecretStore
// (the keychain) plus an in-memory session store. Secrets are looked up in the session store first.
// Asynchronous operations call `done` later, only while `context` lives, and emit profilesChanged().
class ProfileStore : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(OperationResult)>;
    using SecretsDone = std::function<void(Secrets, OperationResult)>;

    // Neither pointer is owned; both must outlive the store.
    ProfileStore(QSettings* settings, SecretStore* keychain, QObject* parent = nullptr);
    ~ProfileStore() override;

    QSettings* settings() const { return m_settings; }
    SecretStore* keychain() const { return m_keychain; }
    MemorySecretStore* sessionStore() const { return m_session; }

    QStringList names() const; // sorted, case-insensitively
    bool contains(const QString& name) const;
    std::optional<Profile> load(const QString& name) const;
    // Why `name` cannot be used for a new profile ("" when it can).
    QString newNameProblem(const QString& name) const;

    // Creates or replaces the non-secret fields. Returns the validation problems (nothing saved).
    QStringList save(const Profile& profile);

    // Stores the kinds `secrets` holds (empty kinds keep what is stored) in `storage`, removes them
    // from the other store, and removes kinds the profile's auth kind does not use. The profile must
    // have been saved first.
    void saveSecrets(const QString& name, const Secrets& secrets, SecretStorage storage, QObject* context,
                     Done done);
    // The secrets the profile's auth kind needs; missing ones are simply absent.
    void loadSecrets(const QString& name, QObject* context, SecretsDone done);
    // True when any secret of the profile is kept for this session only.
    bool isSessionOnly(const QString& name) const;

    // Moves settings and secrets. The old profile stays untouched when the secrets cannot be read.
    void rename(const QString& from, const QString& to, QObject* context, Done done);
    // Copies settings and secrets.
    void duplicate(const QString& from, const QString& to, QObject* context, Done done);
    // Deletes the secrets, then the settings. Refuses (keeping the profile) when the keychain
    // cannot delete them, so no secret is left orphaned.
    void remove(const QString& name, QObject* context, Done done);

Q_SIGNALS:
    void profilesChanged();

private:
    using Next = std::function<void(OperationResult)>;
    using Step = std::function<void(Next)>;
    void run(QList<Step> steps, QObject* context, Done done);
    Step copySecretsStep(SecretStore* store, const QString& from, const QString& to, bool tolerant);
    Step removeSecretsStep(SecretStore* store, const QString& name, QList<SecretKind> kinds, bool tolerant);
    QList<Step> copyProfileSteps(const QString& from, const QString& to, bool move);
    void removeGroup(const QString& name);
    // Calls done(result) from the event loop, only while context lives: every operation answers later.
    void answerLater(QObject* context, Done done, OperationResult result);

    QSettings* m_settings;
    SecretStore* m_keychain;
    MemorySecretStore* m_session;
};

} // namespace dbss::credentials
