#include "models/credentials/KeychainSecretStore.h"

#include "models/credentials/KeychainErrors.h"
#include "models/credentials/Logging.h"
#include "models/credentials/Secrets.h"

#include <qt6keychain/keychain.h>

namespace dbss::credentials {

namespace {
const QString kServiceName = QString::fromLatin1(KeychainSecretStore::kService);
}

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : SecretStore(parent) {}

KeychainSecretStore::~KeychainSecretStore() {
    for (auto& pending : m_queue)
        wipe(pending.value);
    wipe(m_current.value);
}

void KeychainSecretStore::read(const QString& key, QObject* context, Callback done) {
    enqueue({Op::Read, key, {}, context, std::move(done)});
}

void KeychainSecretStore::write(const QString& key, const QByteArray& value, QObject* context,
                                Callback done) {
    // Own copy, wiped once the job has it: the caller may wipe its buffer at once.
    enqueue({Op::Write, key, QByteArray(value.constData(), value.size()), context, std::move(done)});
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Callback done) {
    enqueue({Op::Remove, key, {}, context, std::move(done)});
}

void KeychainSecretStore::enqueue(Pending pending) {
    m_queue.enqueue(std::move(pending));
    scheduleNext();
}

void KeychainSecretStore::scheduleNext() {
    if (m_running || m_scheduled || m_queue.isEmpty())
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &KeychainSecretStore::startNext, Qt::QueuedConnection);
}

void KeychainSecretStore::startNext() {
    m_scheduled = false;
    if (m_running || m_queue.isEmpty())
        return;
    m_running = true;
    m_current = m_queue.dequeue();

    QKeychain::Job* job = nullptr;
    switch (m_current.op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(kServiceName);
        break;
    case Op::Write: {
        auto* write = new QKeychain::WritePasswordJob(kServiceName);
        write->setBinaryData(m_current.value);
        wipe(m_current.value);
        job = write;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(kServiceName);
        break;
    }
    // Unparented and auto-deleted: destroying the store must not delete a job whose backend call is
    // still in flight; the connection below simply drops its answer then.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_current.key);
    connect(job, &QKeychain::Job::finished, this, &KeychainSecretStore::onJobFinished);
    job->start();
}

void KeychainSecretStore::onJobFinished(QKeychain::Job* job) {
    SecretResult result;
    if (job->error() != QKeychain::NoError) {
        const bool hasBus = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
        result.status = classifyKeychainError(job->error(), job->errorString(), hasBus);
        if (result.isError()) {
            result.detail = job->errorString();
            // The key names the profile and kind ("Prod/sk"), never the value.
            qCDebug(lcCredentials).noquote() << "keychain" << job->key() << result.userMessage();
        }
    } else if (m_current.op == Op::Read) {
        result.value = static_cast<QKeychain::ReadPasswordJob*>(job)->binaryData();
    }

    Pending finished = std::move(m_current);
    m_current = {};
    m_running = false;
    // Queue the next job before the callback runs, so whatever the callback enqueues comes after it
    // and nothing is started from inside this finished handler.
    scheduleNext();
    if (finished.context && finished.done)
        finished.done(std::move(result));
    wipe(result.value);
}

} // namespace dbss::credentials
