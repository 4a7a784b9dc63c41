#pragma once

#include "models/credentials/SecretStore.h"

#include <QPointer>
#include <QQueue>

namespace QKeychain {
class Job;
}

namespace dbss::credentials {

// The OS keychain through QtKeychain (Secret Service on Linux). One job at a time: the next job is
// started from the event loop, never from the previous job's finished handler. No insecure fallback:
// when the keychain is unavailable the operation fails and nothing is written elsewhere.
class KeychainSecretStore : public SecretStore {
    Q_OBJECT
public:
    static constexpr const char* kService = "dbss-console";

    explicit KeychainSecretStore(QObject* parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QByteArray& value, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;

    int pendingCount() const { return static_cast<int>(m_queue.size()) + (m_running ? 1 : 0); }

private:
    enum class Op { Read, Write, Remove };
    struct Pending {
        Op op;
        QString key;
        QByteArray value;
        QPointer<QObject> context;
        Callback done;
    };
    void enqueue(Pending pending);
    void scheduleNext();
    void startNext();
    void onJobFinished(QKeychain::Job* job);

    QQueue<Pending> m_queue;
    bool m_running = false;
    bool m_scheduled = false;
    Pending m_current;
};

} // namespace dbss::credentials
