#include "models/credentials/SecretResult.h"

#include <QCoreApplication>

namespace dbss::credentials {

QString secretKindKey(SecretKind kind) {
    switch (kind) {
    case SecretKind::AccessKey:
        return QStringLiteral("ak");
    case SecretKind::SecretKey:
        return QStringLiteral("sk");
    case SecretKind::SecurityToken:
        return QStringLiteral("token");
    case SecretKind::IamPassword:
        return QStringLiteral("iam-password");
    }
    return {};
}

QString secretKey(const QString& profile, SecretKind kind) {
    return profile + QLatin1Char('/') + secretKindKey(kind);
}

QString SecretResult::userMessage() const {
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("SecretStore", text);
    };
    QString message;
    switch (status) {
    case SecretStatus::Ok:
    case SecretStatus::NotFound:
        return {};
    case SecretStatus::NoSessionBus:
        message = tr("The system keychain is unavailable: there is no D-Bus session bus. "
                     "Start the console from a desktop session (or wrap it in dbus-run-session with an "
                     "unlocked gnome-keyring-daemon), or choose \"Keep for this session only\".");
        break;
    case SecretStatus::NoSecretService:
        message = tr("The system keychain is unavailable: no Secret Service is running. "
                     "Install and start gnome-keyring or KWallet, or choose \"Keep for this session "
                     "only\".");
        break;
    case SecretStatus::Locked:
        message = tr("The system keychain is locked, has no login keyring yet, or refused access. Unlock "
                     "(or create) your login keyring, for example by logging in to the desktop or with "
                     "seahorse, and try again, or choose \"Keep for this session only\".");
        break;
    case SecretStatus::Failed:
        message = tr("The system keychain reported an error. Check that your keyring works (for "
                     "example with seahorse), or choose \"Keep for this session only\".");
        break;
    }
    if (!detail.isEmpty())
        message += QLatin1Char(' ') + tr("Details: %1").arg(detail);
    return message;
}

} // namespace dbss::credentials
