#include "models/credentials/KeychainErrors.h"

#include <qt6keychain/keychain.h>

namespace dbss::credentials {

SecretStatus classifyKeychainError(int qkeychainError, const QString& errorString, bool hasSessionBus) {
    const auto mentions = [&](const char* text) {
        return errorString.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    switch (static_cast<QKeychain::Error>(qkeychainError)) {
    case QKeychain::NoError:
        return SecretStatus::Ok;
    case QKeychain::EntryNotFound:
        return SecretStatus::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStatus::Locked;
    case QKeychain::NoBackendAvailable:
        return hasSessionBus ? SecretStatus::NoSecretService : SecretStatus::NoSessionBus;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    if (mentions("autolaunch") || mentions("session bus") ||
        (!hasSessionBus && (mentions("d-bus") || mentions("dbus"))))
        return SecretStatus::NoSessionBus;
    if (mentions("org.freedesktop.secrets") || mentions("ServiceUnknown") || mentions("not provided by any"))
        return SecretStatus::NoSecretService;
    // "Object does not exist at path .../collection/login": the daemon runs but no login keyring was
    // ever created or unlocked (a headless session where the unlock prompt cannot be shown).
    if (mentions("locked") || mentions("dismissed") || mentions("prompt") || mentions("/collection/"))
        return SecretStatus::Locked;
    return SecretStatus::Failed;
}

} // namespace dbss::credentials
