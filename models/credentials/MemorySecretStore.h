#pragma once

#include "models/credentials/SecretStore.h"

#include <QHash>

#include <optional>

namespace dbss::credentials {

// Secrets kept in this process only: "keep for this session only", and the fake for tests.
class MemorySecretStore : public SecretStore {
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    ~MemorySecretStore() override;

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QByteArray& value, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;

    QStringList keys() const { return m_values.keys(); }
    bool contains(const QString& key) const { return m_values.contains(key); }
    // Tests: make every following operation fail with this status (nullopt: work normally).
    void setFailure(std::optional<SecretStatus> status) { m_failure = status; }

private:
    void answer(QObject* context, Callback done, SecretResult result);
    QHash<QString, QByteArray> m_values;
    std::optional<SecretStatus> m_failure;
};

} // namespace dbss::credentials
