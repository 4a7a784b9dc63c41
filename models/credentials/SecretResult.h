#pragma once

#include <QByteArray>
#include <QString>

namespace dbss::credentials {

// The kinds of secret a profile may own; each is one keychain entry "<profile>/<kindKey>".
enum class SecretKind { AccessKey, SecretKey, SecurityToken, IamPassword };
inline constexpr SecretKind kAllSecretKinds[] = {SecretKind::AccessKey, SecretKind::SecretKey,
                                                 SecretKind::SecurityToken, SecretKind::IamPassword};

QString secretKindKey(SecretKind kind); // "ak", "sk", "token", "iam-password"
QString secretKey(const QString& profile, SecretKind kind);

// Outcome of one secret store operation. NotFound is a normal answer, not an error.
enum class SecretStatus {
    Ok,
    NotFound,
    NoSessionBus,    // no D-Bus session bus (headless login, ssh without a session)
    NoSecretService, // a bus but no org.freedesktop.secrets provider (no gnome-keyring/KWallet)
    Locked,          // the keyring is locked or the user refused access
    Failed,          // anything else; detail says what the backend reported
};

struct SecretResult {
    SecretStatus status = SecretStatus::Ok;
    QByteArray value; // read only; the receiver wipes it after use
    QString detail;   // the backend's own error text (never contains a secret)

    bool isError() const { return status != SecretStatus::Ok && status != SecretStatus::NotFound; }
    // What went wrong and what to do, for a user. Empty when not an error.
    QString userMessage() const;
};

} // namespace dbss::credentials
