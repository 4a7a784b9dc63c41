#include "models/credentials/MemorySecretStore.h"

#include "models/credentials/Secrets.h"

#include <QPointer>

namespace dbss::credentials {

MemorySecretStore::~MemorySecretStore() {
    for (auto& value : m_values)
        wipe(value);
}

void MemorySecretStore::answer(QObject* context, Callback done, SecretResult result) {
    // Queued like a real backend, so callers cannot come to rely on a synchronous answer.
    QMetaObject::invokeMethod(
        this,
        [ctx = QPointer<QObject>(context), done = std::move(done), result = std::move(result)]() mutable {
            if (ctx && done)
                done(std::move(result));
            wipe(result.value);
        },
        Qt::QueuedConnection);
}

void MemorySecretStore::read(const QString& key, QObject* context, Callback done) {
    SecretResult result;
    if (m_failure)
        result.status = *m_failure;
    else if (const auto it = m_values.constFind(key); it != m_values.constEnd())
        result.value = *it;
    else
        result.status = SecretStatus::NotFound;
    answer(context, std::move(done), std::move(result));
}

void MemorySecretStore::write(const QString& key, const QByteArray& value, QObject* context, Callback done) {
    SecretResult result;
    if (m_failure) {
        result.status = *m_failure;
    } else {
        wipe(m_values[key]);
        // A deep copy: the caller may wipe its buffer right after this call.
        m_values[key] = QByteArray(value.constData(), value.size());
    }
    answer(context, std::move(done), std::move(result));
}

void MemorySecretStore::remove(const QString& key, QObject* context, Callback done) {
    SecretResult result;
    if (m_failure) {
        result.status = *m_failure;
    } else if (auto it = m_values.find(key); it != m_values.end()) {
        wipe(*it);
        m_values.erase(it);
    } else {
        result.status = SecretStatus::NotFound;
    }
    answer(context, std::move(done), std::move(result));
}

} // namespace dbss::credentials
