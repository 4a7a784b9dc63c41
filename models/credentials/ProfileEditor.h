#pragma once

#include "models/api/FieldRules.h"
#include "models/credentials/ConnectionProbe.h"
#include "models/credentials/Profile.h"
#include "models/credentials/ProfileStore.h"
#include "models/credentials/Secrets.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace dbss::credentials {

// One endpoint for every service plus per-service exceptions: what the Profiles form shows. It is
// stored as the per-service map Profile::endpointOverrides, the format profiles always had, so
// existing profiles read unchanged and older builds read new ones.
struct EndpointChoice {
    QString base;                           // as typed; empty: each service's regional default
    QHash<api::Service, QString> overrides; // as typed; an empty entry means "use the base"

    // The per-service map to store: each service's override, else the base, else nothing.
    QHash<api::Service, QUrl> resolved() const;
    // A stored map shown as base + exceptions: the URL most services share (two or more) is the base.
    static EndpointChoice fromResolved(const QHash<api::Service, QUrl>& endpoints);
    bool operator==(const EndpointChoice&) const = default;
};

// Everything the Profiles form holds. Secrets are what was typed: an empty kind keeps the stored one.
struct ProfileForm {
    Profile profile; // its endpointOverrides are ignored: `endpoints` says where to connect
    EndpointChoice endpoints;
    Secrets secrets;
    bool sessionOnly = false;

    Profile toProfile() const; // `profile` with the resolved endpoints
    // Same settings (everything but typed secrets): used to tell unsaved edits.
    bool sameSettings(const ProfileForm& other) const;
};

// The Profiles form's workflow, without widgets: which stored profile is being edited, validation
// with the field each problem concerns, save (validate -> rename -> save settings -> store or move
// secrets), Test connection (stored secrets overlaid by the typed ones -> probe), duplicate, delete.
// Results arrive as signals; secrets are wiped as soon as they have been handed on.
class ProfileEditor : public QObject {
    Q_OBJECT
public:
    enum class Purpose { Save, Probe };

    ProfileEditor(ProfileStore* store, ConnectionProbe probe, QObject* parent = nullptr);
    ~ProfileEditor() override;

    ProfileStore* store() const { return m_store; }
    bool canProbe() const { return bool(m_probe); }
    bool isBusy() const { return m_busy; }
    bool isProbing() const { return m_probing; }

    // The stored profile being edited; empty for a new one.
    QString loadedName() const { return m_loadedName; }
    // Edits the stored profile `name`; false (and a new profile) when there is none.
    bool load(const QString& name);
    void startNew();
    // The form of the loaded profile (no secrets), or of a new one.
    ProfileForm form() const;
    // The secrets the store holds for the loaded profile: their fields may be left empty.
    QList<SecretKind> storedSecretKinds() const;
    bool loadedIsSessionOnly() const;

    // Every problem with its field ("name", "region", "projectId", "endpoint", "endpoint_<service>",
    // "pinnedCertSha256", "timeoutMs", "proxy", "caFile", "iamUser", "iamDomain", and "ak", "sk",
    // "securityToken", "iamPassword" for a missing secret). Probing needs no name and does not check it.
    api::FieldErrors validate(const ProfileForm& form, Purpose purpose) const;

    // Each returns false (and emits invalid()) when the form has problems; otherwise the outcome
    // comes later as saved()/failed(), probeFinished()/failed().
    bool save(const ProfileForm& form);
    bool probe(const ProfileForm& form);
    void duplicate();
    void remove();
    QString duplicateName() const; // a free "<name> (copy)"

Q_SIGNALS:
    void busyChanged(bool busy);       // a store operation is running (save, duplicate, delete)
    void probingChanged(bool probing); // Test connection is running
    void invalid(const dbss::api::FieldErrors& errors);
    void failed(const QString& message); // never contains a secret
    void renamed(const QString& from, const QString& to);
    void saved(const QString& name, dbss::credentials::SecretStorage storage);
    void duplicated(const QString& name);
    void removed(const QString& name);
    void probeFinished(const dbss::credentials::ProbeResult& result);

private:
    void saveSettingsAndSecrets(const Profile& profile, Secrets typed, SecretStorage storage);
    void storeSecrets(const Profile& profile, Secrets secrets, SecretStorage storage);
    // The stored secrets of `name` with the typed ones written over them: the one merge.
    void withTypedOverStored(const QString& name, Secrets typed, std::function<void(Secrets)> then,
                             std::function<void(const QString&)> fail);
    void runProbe(const Profile& profile, Secrets secrets);
    void setBusy(bool busy);
    void setProbing(bool probing);

    ProfileStore* m_store;
    ConnectionProbe m_probe;
    QString m_loadedName;                     // the stored profile edited; empty for a new one
    std::optional<Profile> m_secretsStoredAs; // the profile whose secrets are known to be stored
    bool m_busy = false;
    bool m_probing = false;
};

} // namespace dbss::credentials
