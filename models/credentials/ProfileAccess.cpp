#include "models/credentials/ProfileAccess.h"

#include "models/credentials/ClientConfigFactory.h"
#include "models/credentials/ProfileStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>

namespace dbss::credentials {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("ProfileAccess", text);
}

QString missingMessage(SecretKind kind) {
    switch (kind) {
    case SecretKind::AccessKey:
        return tr("access key ID (AK)");
    case SecretKind::SecretKey:
        return tr("secret access key (SK)");
    case SecretKind::SecurityToken:
        return tr("security token");
    case SecretKind::IamPassword:
        return tr("IAM password");
    }
    return {};
}

void answerLater(QObject* context, std::function<void(ProfileConfigResult)> done,
                 ProfileConfigResult result) {
    QMetaObject::invokeMethod(
        context,
        [done = std::move(done), result = std::move(result)]() mutable {
            done(std::move(result));
            wipeSecrets(result.config);
        },
        Qt::QueuedConnection);
}
} // namespace

std::unique_ptr<QSettings> openProfileSettings() {
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("dbss-console"), QStringLiteral("profiles"));
}

void loadProfileConfig(ProfileStore* store, const QString& name, QObject* context,
                       std::function<void(ProfileConfigResult)> done, const QProcessEnvironment& env) {
    const std::optional<Profile> profile = store->load(name);
    if (!profile) {
        ProfileConfigResult result;
        const QStringList known = store->names();
        result.error = known.isEmpty()
                           ? tr("There is no profile named \"%1\" (no profiles exist yet).").arg(name)
                           : tr("There is no profile named \"%1\". Known profiles: %2.")
                                 .arg(name, known.join(QStringLiteral(", ")));
        answerLater(context, std::move(done), std::move(result));
        return;
    }

    ProfileConfigResult fromEnv;
    fromEnv.config = makeClientConfig(*profile, Secrets{});
    const EnvironmentOverride applied = applyEnvironmentCredentials(fromEnv.config, env);
    if (!applied.error.isEmpty()) {
        fromEnv.error = applied.error;
        answerLater(context, std::move(done), std::move(fromEnv));
        return;
    }
    const bool envHasKeys = !env.value(QStringLiteral("DBSS_AK")).isEmpty();
    if (envHasKeys) {
        fromEnv.ok = true;
        fromEnv.fromEnvironment = true;
        answerLater(context, std::move(done), std::move(fromEnv));
        return;
    }

    store->loadSecrets(
        name, context, [profile = *profile, done, env](Secrets secrets, OperationResult loaded) {
            ProfileConfigResult result;
            if (!loaded.ok) {
                result.error = loaded.message;
                done(std::move(result));
                return;
            }
            QStringList missing;
            for (auto kind : secretKindsFor(profile.authKind)) {
                if (!secrets.has(kind))
                    missing << missingMessage(kind);
            }
            if (!missing.isEmpty()) {
                result.error =
                    tr("The profile \"%1\" has no stored %2. Save it again in the Profiles dialog, or set "
                       "DBSS_AK and DBSS_SK.")
                        .arg(profile.name, missing.join(QStringLiteral(", ")));
                done(std::move(result));
                return;
            }
            result.config = makeClientConfig(profile, secrets);
            secrets.clear();
            const EnvironmentOverride applied = applyEnvironmentCredentials(result.config, env);
            result.ok = applied.error.isEmpty();
            result.error = applied.error;
            result.fromEnvironment = applied.applied;
            done(std::move(result));
            wipeSecrets(result.config);
        });
}

fleet::FleetConfigLoader fleetConfigLoader(ProfileStore* store, const QProcessEnvironment& env) {
    QPointer<ProfileStore> guard(store);
    return [guard, env](const QString& profile, QObject* context,
                        std::function<void(fleet::FleetConfigResult)> done) {
        if (!guard) {
            QMetaObject::invokeMethod(
                context,
                [done] {
                    done({false, {}, tr("The profile store is gone.")});
                },
                Qt::QueuedConnection);
            return;
        }
        loadProfileConfig(
            guard, profile, context,
            [done](ProfileConfigResult result) {
                done({result.ok, result.config, result.error});
            },
            env);
    };
}

QList<fleet::FleetProfile> fleetProfiles(ProfileStore* store, const QStringList& names,
                                         const QStringList& regions, QStringList* unknown) {
    QList<fleet::FleetProfile> out;
    for (const QString& name : names) {
        const std::optional<Profile> profile = store->load(name);
        if (!profile) {
            if (unknown)
                *unknown << name;
            continue;
        }
        out.append({name, regions.isEmpty() ? profile->fleetRegions() : regions});
    }
    return out;
}

void saveProfileWithSecrets(ProfileStore* store, const Profile& profile, const Secrets& secrets,
                            bool sessionFallback, QObject* context,
                            std::function<void(SaveProfileResult)> done) {
    const QStringList problems = store->save(profile);
    if (!problems.isEmpty()) {
        SaveProfileResult result;
        result.result = {false, problems.join(QLatin1Char(' ')), SecretStatus::Ok};
        QMetaObject::invokeMethod(
            context, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    const QString name = profile.name;
    QPointer<ProfileStore> guard(store);
    store->saveSecrets(name, secrets, SecretStorage::Keychain, context,
                       [guard, name, secrets, sessionFallback, context, done](OperationResult stored) {
                           SaveProfileResult result;
                           if (stored.ok || !sessionFallback || !guard) {
                               result.result = stored;
                               done(result);
                               return;
                           }
                           result.keychainProblem = stored.message;
                           guard->saveSecrets(name, secrets, SecretStorage::SessionOnly, context,
                                              [result, done](OperationResult session) mutable {
                                                  result.result = session;
                                                  result.storedIn = SecretStorage::SessionOnly;
                                                  done(result);
                                              });
                       });
}

} // namespace dbss::credentials
