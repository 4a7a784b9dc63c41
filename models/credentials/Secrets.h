#pragma once

#include "models/credentials/SecretResult.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <utility>

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
    // Moving hands the buffers over (the source is left empty): one copy of the secret fewer.
    Secrets(Secrets&&) noexcept = default;
    Secrets& operator=(Secrets&& other) noexcept {
        if (this != &other) {
            clear(); // the values being replaced are wiped, not just released
            m_values = std::move(other.m_values);
        }
        return *this;
    }
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
