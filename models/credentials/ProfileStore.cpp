#include "models/credentials/ProfileStore.h"

#include "models/credentials/MemorySecretStore.h"
#include "models/credentials/SecretBatch.h"

#include <QPointer>
#include <QSettings>

#include <memory>

namespace dbss::credentials {

namespace {
const QList<SecretKind> kAllKinds(std::begin(kAllSecretKinds), std::end(kAllSecretKinds));

OperationResult failure(const QString& what, const SecretResult& result) {
    return {false, what + QLatin1Char(' ') + result.userMessage(), result.status};
}

OperationResult failure(const QString& message) {
    return {false, message, SecretStatus::Ok};
}
} // namespace

ProfileStore::ProfileStore(QSettings* settings, SecretStore* keychain, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_session(new MemorySecretStore(this)) {}

ProfileStore::~ProfileStore() = default;

QStringList ProfileStore::names() const {
    m_settings->beginGroup(QLatin1String(Profile::kGroup));
    QStringList result = m_settings->childGroups();
    m_settings->endGroup();
    result.sort(Qt::CaseInsensitive);
    return result;
}

bool ProfileStore::contains(const QString& name) const {
    return names().contains(name);
}

std::optional<Profile> ProfileStore::load(const QString& name) const {
    return Profile::readFrom(*m_settings, name);
}

QString ProfileStore::newNameProblem(const QString& name) const {
    if (QString problem = profileNameProblem(name); !problem.isEmpty())
        return problem;
    if (names().contains(name, Qt::CaseInsensitive))
        return tr("A profile named \"%1\" already exists.").arg(name);
    return {};
}

QStringList ProfileStore::save(const Profile& profile) {
    QStringList problems = profile.validate();
    if (!problems.isEmpty())
        return problems;
    profile.writeTo(*m_settings);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return {tr("The settings file could not be written: %1").arg(m_settings->fileName())};
    Q_EMIT profilesChanged();
    return {};
}

void ProfileStore::removeGroup(const QString& name) {
    m_settings->remove(QLatin1String(Profile::kGroup) + QLatin1Char('/') + name);
    m_settings->sync();
}

bool ProfileStore::isSessionOnly(const QString& name) const {
    for (auto kind : kAllSecretKinds) {
        if (m_session->contains(secretKey(name, kind)))
            return true;
    }
    return false;
}

namespace {
struct Chain {
    QList<std::function<void(std::function<void(OperationResult)>)>> steps;
    qsizetype next = 0;
    QPointer<QObject> context;
    ProfileStore::Done done;
};

// Each continuation holds the chain; when the last one is gone the chain is freed. No cycle.
void advance(const std::shared_ptr<Chain>& chain, OperationResult result) {
    if (!result.ok || chain->next == chain->steps.size()) {
        if (chain->context && chain->done)
            chain->done(std::move(result));
        return;
    }
    const auto step = chain->steps.at(chain->next++);
    step([chain](OperationResult r) { advance(chain, std::move(r)); });
}
} // namespace

void ProfileStore::run(QList<Step> steps, QObject* context, Done done) {
    advance(std::make_shared<Chain>(Chain{std::move(steps), 0, context, std::move(done)}), {});
}

ProfileStore::Step ProfileStore::copySecretsStep(SecretStore* store, const QString& from, const QString& to,
                                                 bool tolerant) {
    return [this, store, from, to, tolerant](Next next) {
        readSecrets(store, from, kAllKinds, this,
                    [this, store, to, tolerant, next](Secrets secrets, SecretResult read) {
                        if (read.isError()) {
                            next(tolerant
                                     ? OperationResult{}
                                     : failure(tr("The secrets of the profile could not be read."), read));
                            return;
                        }
                        writeSecrets(store, to, secrets, this, [tolerant, next](SecretResult written) {
                            if (written.isError() && !tolerant)
                                next(failure(tr("The secrets could not be stored."), written));
                            else
                                next({});
                        });
                    });
    };
}

ProfileStore::Step ProfileStore::removeSecretsStep(SecretStore* store, const QString& name,
                                                   QList<SecretKind> kinds, bool tolerant) {
    return [this, store, name, kinds, tolerant](Next next) {
        removeSecrets(store, name, kinds, this, [tolerant, next](SecretResult removed) {
            if (removed.isError() && !tolerant)
                next(failure(tr("The secrets of the profile could not be deleted."), removed));
            else
                next({});
        });
    };
}

void ProfileStore::saveSecrets(const QString& name, const Secrets& secrets, SecretStorage storage,
                               QObject* context, Done done) {
    const std::optional<Profile> profile = load(name);
    if (!profile) {
        answerLater(context, std::move(done), failure(tr("There is no profile named \"%1\".").arg(name)));
        return;
    }
    const QList<SecretKind> used = secretKindsFor(profile->authKind);
    Secrets relevant;
    QList<SecretKind> written;
    QList<SecretKind> unused;
    for (auto kind : kAllSecretKinds) {
        if (!used.contains(kind))
            unused << kind;
        else if (secrets.has(kind)) {
            relevant.set(kind, secrets.value(kind));
            written << kind;
        }
    }
    const bool toKeychain = storage == SecretStorage::Keychain;
    SecretStore* target = toKeychain ? m_keychain : static_cast<SecretStore*>(m_session);
    SecretStore* other = toKeychain ? static_cast<SecretStore*>(m_session) : m_keychain;
    // Keychain failures only matter when the keychain is where the secrets go: "session only" is
    // what a user picks when the keychain does not work.
    const bool keychainTolerant = !toKeychain;
    QList<Step> steps;
    steps << [this, target, name, relevant](Next next) {
        writeSecrets(target, name, relevant, this, [next](SecretResult result) {
            next(result.isError() ? failure(tr("The secrets could not be stored."), result)
                                  : OperationResult{});
        });
    };
    steps << removeSecretsStep(other, name, written, true);
    steps << removeSecretsStep(m_session, name, unused, true);
    steps << removeSecretsStep(m_keychain, name, unused, keychainTolerant);
    run(std::move(steps), context, std::move(done));
}

void ProfileStore::loadSecrets(const QString& name, QObject* context, SecretsDone done) {
    const std::optional<Profile> profile = load(name);
    const QList<SecretKind> used = profile ? secretKindsFor(profile->authKind) : QList<SecretKind>{};
    auto ctx = QPointer<QObject>(context);
    if (!profile) {
        QMetaObject::invokeMethod(
            this,
            [ctx, done, name] {
                if (ctx)
                    done({}, failure(tr("There is no profile named \"%1\".").arg(name)));
            },
            Qt::QueuedConnection);
        return;
    }
    readSecrets(m_session, name, used, this, [this, ctx, done, name, used](Secrets session, SecretResult) {
        QList<SecretKind> missing;
        for (auto kind : used) {
            if (!session.has(kind))
                missing << kind;
        }
        if (missing.isEmpty()) {
            if (ctx)
                done(std::move(session), {});
            return;
        }
        readSecrets(m_keychain, name, missing, this,
                    [ctx, done, session](Secrets stored, SecretResult result) mutable {
                        if (!ctx)
                            return;
                        if (result.isError()) {
                            session.clear();
                            done({}, failure(tr("The secrets of the profile could not be read."), result));
                            return;
                        }
                        for (auto kind : kAllSecretKinds) {
                            if (stored.has(kind))
                                session.set(kind, stored.value(kind));
                        }
                        done(std::move(session), {});
                    });
    });
}

void ProfileStore::answerLater(QObject* context, Done done, OperationResult result) {
    QMetaObject::invokeMethod(
        this,
        [ctx = QPointer<QObject>(context), done = std::move(done), result] {
            if (ctx)
                done(result);
        },
        Qt::QueuedConnection);
}

// What rename and duplicate share: both stores' secrets copied to the new name, then the settings
// written under it (a rename removes the old group in the same step). The old profile is untouched
// until its secrets have been read and written.
QList<ProfileStore::Step> ProfileStore::copyProfileSteps(const QString& from, const QString& to, bool move) {
    const bool tolerant = isSessionOnly(from);
    QList<Step> steps;
    steps << copySecretsStep(m_keychain, from, to, tolerant);
    steps << copySecretsStep(m_session, from, to, true);
    steps << [this, from, to, move](Next next) {
        std::optional<Profile> profile = load(from);
        if (!profile) {
            next(failure(move ? tr("The profile \"%1\" disappeared while it was being renamed.").arg(from)
                              : tr("The profile \"%1\" disappeared while it was being copied.").arg(from)));
            return;
        }
        if (move)
            removeGroup(from);
        profile->name = to;
        profile->writeTo(*m_settings);
        m_settings->sync();
        Q_EMIT profilesChanged();
        next({});
    };
    return steps;
}

void ProfileStore::rename(const QString& from, const QString& to, QObject* context, Done done) {
    QString problem;
    if (!contains(from))
        problem = tr("There is no profile named \"%1\".").arg(from);
    else if (from.compare(to, Qt::CaseInsensitive) == 0) // same name, or only its letter case changes
        problem = profileNameProblem(to);
    else
        problem = newNameProblem(to);
    if (!problem.isEmpty() || from == to) {
        answerLater(context, std::move(done), problem.isEmpty() ? OperationResult{} : failure(problem));
        return;
    }
    const bool tolerant = isSessionOnly(from);
    QList<Step> steps = copyProfileSteps(from, to, true);
    steps << removeSecretsStep(m_session, from, kAllKinds, true);
    steps << [this, from, tolerant](Next next) {
        removeSecrets(m_keychain, from, kAllKinds, this, [tolerant, next](SecretResult removed) {
            if (removed.isError() && !tolerant)
                next(failure(tr("The profile was renamed, but its old keychain entries could not be "
                                "deleted."),
                             removed));
            else
                next({});
        });
    };
    run(std::move(steps), context, std::move(done));
}

void ProfileStore::duplicate(const QString& from, const QString& to, QObject* context, Done done) {
    const QString problem =
        contains(from) ? newNameProblem(to) : tr("There is no profile named \"%1\".").arg(from);
    if (!problem.isEmpty()) {
        answerLater(context, std::move(done), failure(problem));
        return;
    }
    run(copyProfileSteps(from, to, false), context, std::move(done));
}

void ProfileStore::remove(const QString& name, QObject* context, Done done) {
    const bool tolerant = isSessionOnly(name);
    QList<Step> steps;
    steps << removeSecretsStep(m_keychain, name, kAllKinds, tolerant);
    steps << removeSecretsStep(m_session, name, kAllKinds, true);
    steps << [this, name](Next next) {
        removeGroup(name);
        Q_EMIT profilesChanged();
        next({});
    };
    run(std::move(steps), context, std::move(done));
}

} // namespace dbss::credentials
