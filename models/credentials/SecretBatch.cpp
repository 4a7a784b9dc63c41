#include "models/credentials/SecretBatch.h"

#include <QPointer>

#include <memory>

namespace dbss::credentials {

namespace {

// One operation per kind, chained through the store's callbacks; state is shared by the steps.
struct Batch {
    enum class Op { Read, Write, Remove } op;
    SecretStore* store;
    QString profile;
    QList<SecretKind> kinds;
    Secrets secrets; // read: collected; write: to write
    QPointer<QObject> context;
    std::function<void(Secrets, SecretResult)> done;
    qsizetype next = 0;
};

void step(const std::shared_ptr<Batch>& batch) {
    if (batch->next == batch->kinds.size()) {
        if (batch->context)
            batch->done(std::move(batch->secrets), SecretResult{});
        return;
    }
    const SecretKind kind = batch->kinds.at(batch->next++);
    const QString key = secretKey(batch->profile, kind);
    auto continuation = [batch, kind](SecretResult result) {
        if (result.isError()) {
            wipe(result.value);
            batch->secrets.clear();
            batch->done(Secrets{}, std::move(result));
            return;
        }
        if (batch->op == Batch::Op::Read && result.status == SecretStatus::Ok)
            batch->secrets.set(kind, std::move(result.value));
        step(batch);
    };
    switch (batch->op) {
    case Batch::Op::Read:
        batch->store->read(key, batch->context, std::move(continuation));
        break;
    case Batch::Op::Write: {
        QByteArray value = batch->secrets.value(kind);
        batch->store->write(key, value, batch->context, std::move(continuation));
        break;
    }
    case Batch::Op::Remove:
        batch->store->remove(key, batch->context, std::move(continuation));
        break;
    }
}

std::function<void(Secrets, SecretResult)> dropSecrets(std::function<void(SecretResult)> done) {
    return [done = std::move(done)](Secrets, SecretResult result) {
        done(std::move(result));
    };
}

} // namespace

void readSecrets(SecretStore* store, const QString& profile, const QList<SecretKind>& kinds, QObject* context,
                 std::function<void(Secrets, SecretResult)> done) {
    step(
        std::make_shared<Batch>(Batch{Batch::Op::Read, store, profile, kinds, {}, context, std::move(done)}));
}

void writeSecrets(SecretStore* store, const QString& profile, const Secrets& secrets, QObject* context,
                  std::function<void(SecretResult)> done) {
    QList<SecretKind> kinds;
    for (auto kind : kAllSecretKinds) {
        if (secrets.has(kind))
            kinds << kind;
    }
    step(std::make_shared<Batch>(
        Batch{Batch::Op::Write, store, profile, kinds, secrets, context, dropSecrets(std::move(done))}));
}

void removeSecrets(SecretStore* store, const QString& profile, const QList<SecretKind>& kinds,
                   QObject* context, std::function<void(SecretResult)> done) {
    step(std::make_shared<Batch>(
        Batch{Batch::Op::Remove, store, profile, kinds, {}, context, dropSecrets(std::move(done))}));
}

} // namespace dbss::credentials
