#pragma once

#include "models/credentials/SecretResult.h"

#include <QByteArray>
#include <QString>

#include <array>

namespace dbss::credentials {

// Overwrite a buffer we own before releasing it. A buffer shared with another owner is only released:
// writing to it would detach and wipe a fresh copy, not the shared bytes.
void wipe(QByteArray& buffer);
void wipe(QString& text);

// The secrets of one profile, in memory only. Wiped on destruction.
class Secrets {
public:
    Secrets() = default;
    Secrets(const Secrets&) = default;
    Secrets& operator=(const Secrets&) = default;
    ~Secrets() { clear(); }

    QByteArray value(SecretKind kind) const { return m_values[index(kind)]; }
    void set(SecretKind kind, QByteArray value);
    bool has(SecretKind kind) const { return !m_values[index(kind)].isEmpty(); }
    bool isEmpty() const;
    void clear(); // wipes every value

private:
    static std::size_t index(SecretKind kind) { return static_cast<std::size_t>(kind); }
    std::array<QByteArray, std::size(kAllSecretKinds)> m_values;
};

} // namespace dbss::credentials
