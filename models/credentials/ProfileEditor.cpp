#include "models/credentials/ProfileEditor.h"

#include "models/credentials/ClientConfigFactory.h"
#include "models/credentials/Logging.h"

#include <algorithm>
#include <map>

namespace dbss::credentials {

namespace {
constexpr api::Service kServices[] = {api::Service::Dbss, api::Service::Iam, api::Service::Drs,
                                      api::Service::Das};

QString secretField(SecretKind kind) {
    switch (kind) {
    case SecretKind::AccessKey:
        return QStringLiteral("ak");
    case SecretKind::SecretKey:
        return QStringLiteral("sk");
    case SecretKind::SecurityToken:
        return QStringLiteral("securityToken");
    case SecretKind::IamPassword:
        return QStringLiteral("iamPassword");
    }
    return {};
}
} // namespace

// ---------------------------------------------------------------- EndpointChoice, ProfileForm

QHash<api::Service, QUrl> EndpointChoice::resolved() const {
    QHash<api::Service, QUrl> out;
    for (auto service : kServices) {
        const QString own = overrides.value(service).trimmed();
        const QString url = own.isEmpty() ? base.trimmed() : own;
        if (!url.isEmpty())
            out.insert(service, QUrl(url));
    }
    return out;
}

EndpointChoice EndpointChoice::fromResolved(const QHash<api::Service, QUrl>& endpoints) {
    std::map<QString, int> uses; // ordered: ties pick the same base every time
    for (auto it = endpoints.constBegin(); it != endpoints.constEnd(); ++it)
        ++uses[it.value().toString()];
    EndpointChoice choice;
    int best = 1; // a URL only one service uses is that service's exception
    for (const auto& [url, count] : uses) {
        if (count > best) {
            best = count;
            choice.base = url;
        }
    }
    for (auto it = endpoints.constBegin(); it != endpoints.constEnd(); ++it) {
        if (it.value().toString() != choice.base)
            choice.overrides.insert(it.key(), it.value().toString());
    }
    return choice;
}

Profile ProfileForm::toProfile() const {
    Profile p = profile;
    p.endpointOverrides = endpoints.resolved();
    return p;
}

bool ProfileForm::sameSettings(const ProfileForm& other) const {
    return toProfile() == other.toProfile() && sessionOnly == other.sessionOnly;
}

// ---------------------------------------------------------------- ProfileEditor

ProfileEditor::ProfileEditor(ProfileStore* store, ConnectionProbe probe, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_probe(std::move(probe)) {}

ProfileEditor::~ProfileEditor() = default;

bool ProfileEditor::load(const QString& name) {
    const std::optional<Profile> profile = name.isEmpty() ? std::nullopt : m_store->load(name);
    if (!profile) {
        startNew();
        return false;
    }
    m_loadedName = profile->name;
    m_secretsStoredAs = profile;
    return true;
}

void ProfileEditor::startNew() {
    m_loadedName.clear();
    m_secretsStoredAs.reset();
}

ProfileForm ProfileEditor::form() const {
    ProfileForm form;
    if (m_loadedName.isEmpty()) {
        form.profile.resolveProjectId = true; // a new profile asks IAM unless told otherwise
        return form;
    }
    form.profile = m_store->load(m_loadedName).value_or(Profile{});
    form.endpoints = EndpointChoice::fromResolved(form.profile.endpointOverrides);
    form.profile.endpointOverrides.clear();
    form.sessionOnly = loadedIsSessionOnly();
    return form;
}

QList<SecretKind> ProfileEditor::storedSecretKinds() const {
    if (m_loadedName.isEmpty() || !m_secretsStoredAs)
        return {};
    return secretKindsFor(m_secretsStoredAs->authKind);
}

bool ProfileEditor::loadedIsSessionOnly() const {
    return !m_loadedName.isEmpty() && m_store->isSessionOnly(m_loadedName);
}

api::FieldErrors ProfileEditor::validate(const ProfileForm& form, Purpose purpose) const {
    Profile profile = form.toProfile();
    if (purpose == Purpose::Probe && profile.name.isEmpty())
        profile.name = QStringLiteral("probe"); // testing needs no name
    api::FieldErrors problems;
    for (api::FieldError e : profile.fieldProblems()) {
        // A service that takes the base endpoint: the base field is the one to fix.
        if (e.field.startsWith(QLatin1String("endpoint_"))) {
            const QString key = e.field.mid(int(qstrlen("endpoint_")));
            const auto* service = std::find_if(std::begin(kServices), std::end(kServices),
                                               [&](api::Service s) { return api::serviceKey(s) == key; });
            if (service != std::end(kServices) &&
                form.endpoints.overrides.value(*service).trimmed().isEmpty()) {
                e.field = QStringLiteral("endpoint");
                e.reason = tr("The endpoint must be an http:// or https:// URL with a host.");
            }
        }
        if (!problems.contains(e))
            problems << e;
    }
    if (purpose == Purpose::Save && problems.isEmpty()) {
        const bool renamed = !m_loadedName.isEmpty() && profile.name != m_loadedName;
        const bool caseOnly = renamed && profile.name.compare(m_loadedName, Qt::CaseInsensitive) == 0;
        if ((m_loadedName.isEmpty() || renamed) && !caseOnly) {
            if (const QString problem = m_store->newNameProblem(profile.name); !problem.isEmpty())
                problems.append({QStringLiteral("name"), problem});
        }
    }
    const QList<SecretKind> stored = storedSecretKinds();
    for (auto kind : secretKindsFor(profile.authKind)) {
        if (form.secrets.has(kind) || stored.contains(kind))
            continue;
        QString message;
        switch (kind) {
        case SecretKind::AccessKey:
            message = tr("Enter the access key ID (AK).");
            break;
        case SecretKind::SecretKey:
            message = tr("Enter the secret access key (SK).");
            break;
        case SecretKind::SecurityToken:
            message = tr("Enter the security token of the temporary access key.");
            break;
        case SecretKind::IamPassword:
            message = tr("Enter the password of the IAM user.");
            break;
        }
        problems.append({secretField(kind), message});
    }
    return problems;
}

bool ProfileEditor::save(const ProfileForm& form) {
    const api::FieldErrors problems = validate(form, Purpose::Save);
    if (!problems.isEmpty()) {
        Q_EMIT invalid(problems);
        return false;
    }
    const Profile profile = form.toProfile();
    const SecretStorage storage = form.sessionOnly ? SecretStorage::SessionOnly : SecretStorage::Keychain;
    if (m_loadedName.isEmpty() || profile.name == m_loadedName) {
        saveSettingsAndSecrets(profile, form.secrets, storage);
        return true;
    }
    setBusy(true);
    const QString from = m_loadedName;
    m_store->rename(from, profile.name, this,
                    [this, from, profile, typed = form.secrets, storage](OperationResult result) {
                        if (!result.ok) {
                            setBusy(false);
                            Q_EMIT failed(result.message);
                            return;
                        }
                        m_loadedName = profile.name;
                        Q_EMIT renamed(from, profile.name);
                        saveSettingsAndSecrets(profile, typed, storage);
                    });
    return true;
}

void ProfileEditor::saveSettingsAndSecrets(const Profile& profile, Secrets typed, SecretStorage storage) {
    const QStringList problems = m_store->save(profile);
    if (!problems.isEmpty()) {
        setBusy(false);
        Q_EMIT failed(problems.join(QLatin1Char('\n')));
        return;
    }
    const bool wasSessionOnly = m_store->isSessionOnly(profile.name);
    const bool storageChanges =
        m_secretsStoredAs && wasSessionOnly != (storage == SecretStorage::SessionOnly);
    m_loadedName = profile.name;
    if (!storageChanges) {
        storeSecrets(profile, std::move(typed), storage);
        return;
    }
    // Moving between keychain and session: carry the stored secrets the user did not retype.
    setBusy(true);
    withTypedOverStored(
        profile.name, std::move(typed),
        [this, profile, storage](Secrets merged) { storeSecrets(profile, std::move(merged), storage); },
        [this](const QString& message) {
            setBusy(false);
            Q_EMIT failed(message);
        });
}

void ProfileEditor::storeSecrets(const Profile& profile, Secrets secrets, SecretStorage storage) {
    setBusy(true);
    m_store->saveSecrets(
        profile.name, secrets, storage, this, [this, profile, storage](OperationResult result) {
            setBusy(false);
            if (!result.ok) {
                // The form keeps the typed secrets: tick "session only" or fix the keychain and save again.
                qCDebug(lcCredentials).noquote() << "saving the secrets of" << profile.name << "failed";
                Q_EMIT failed(tr("The profile settings were saved, but not its secrets.") + QLatin1Char(' ') +
                              result.message);
                return;
            }
            m_loadedName = profile.name;
            m_secretsStoredAs = profile;
            Q_EMIT saved(profile.name, storage);
        });
    secrets.clear();
}

void ProfileEditor::withTypedOverStored(const QString& name, Secrets typed, std::function<void(Secrets)> then,
                                        std::function<void(const QString&)> fail) {
    m_store->loadSecrets(name, this, [typed, then, fail](Secrets stored, OperationResult result) mutable {
        if (!result.ok) {
            typed.clear();
            fail(result.message);
            return;
        }
        for (auto kind : kAllSecretKinds) {
            if (typed.has(kind))
                stored.set(kind, typed.value(kind));
        }
        typed.clear();
        then(std::move(stored));
    });
    typed.clear();
}

bool ProfileEditor::probe(const ProfileForm& form) {
    const api::FieldErrors problems = validate(form, Purpose::Probe);
    if (!problems.isEmpty()) {
        Q_EMIT invalid(problems);
        return false;
    }
    const Profile profile = form.toProfile();
    if (m_loadedName.isEmpty()) {
        runProbe(profile, form.secrets);
        return true;
    }
    // Typed secrets win over the stored ones; the rest come from the store.
    setProbing(true);
    withTypedOverStored(
        m_loadedName, form.secrets, [this, profile](Secrets merged) { runProbe(profile, std::move(merged)); },
        [this](const QString& message) {
            setProbing(false);
            Q_EMIT failed(message);
        });
    return true;
}

void ProfileEditor::runProbe(const Profile& profile, Secrets secrets) {
    api::ClientConfig config = makeClientConfig(profile, secrets);
    secrets.clear();
    setProbing(true);
    m_probe(config, this, [this](ProbeResult result) {
        setProbing(false);
        Q_EMIT probeFinished(result);
    });
    wipeSecrets(config);
}

QString ProfileEditor::duplicateName() const {
    const QString base = m_loadedName.left(50);
    QString name = tr("%1 (copy)").arg(base);
    for (int i = 2; m_store->contains(name) && i < 100; ++i)
        name = tr("%1 (copy %2)").arg(base).arg(i);
    return name;
}

void ProfileEditor::duplicate() {
    if (m_loadedName.isEmpty())
        return;
    const QString name = duplicateName();
    setBusy(true);
    m_store->duplicate(m_loadedName, name, this, [this, name](OperationResult result) {
        setBusy(false);
        if (!result.ok) {
            Q_EMIT failed(result.message);
            return;
        }
        load(name);
        Q_EMIT duplicated(name);
    });
}

void ProfileEditor::remove() {
    if (m_loadedName.isEmpty())
        return;
    const QString name = m_loadedName;
    setBusy(true);
    m_store->remove(name, this, [this, name](OperationResult result) {
        setBusy(false);
        if (!result.ok) {
            Q_EMIT failed(result.message);
            return;
        }
        startNew();
        Q_EMIT removed(name);
    });
}

void ProfileEditor::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void ProfileEditor::setProbing(bool probing) {
    if (m_probing == probing)
        return;
    m_probing = probing;
    Q_EMIT probingChanged(probing);
}

} // namespace dbss::credentials
