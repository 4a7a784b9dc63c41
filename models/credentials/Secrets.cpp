#include "models/credentials/Secrets.h"

#include <cstring>

namespace dbss::credentials {

namespace {
// A store the optimiser may not drop even though the buffer is released right after.
void secureZero(void* data, std::size_t size) {
    auto* p = static_cast<volatile unsigned char*>(data);
    while (size--)
        *p++ = 0;
}
} // namespace

void wipe(QByteArray& buffer) {
    if (!buffer.isEmpty() && buffer.isDetached())
        secureZero(buffer.data(), static_cast<std::size_t>(buffer.size()));
    buffer.clear();
}

void wipe(QString& text) {
    if (!text.isEmpty() && text.isDetached())
        secureZero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

void Secrets::set(SecretKind kind, QByteArray value) {
    wipe(m_values[index(kind)]);
    m_values[index(kind)] = std::move(value);
}

bool Secrets::isEmpty() const {
    for (const auto& v : m_values) {
        if (!v.isEmpty())
            return false;
    }
    return true;
}

void Secrets::clear() {
    for (auto& v : m_values)
        wipe(v);
}

} // namespace dbss::credentials
