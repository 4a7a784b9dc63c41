#pragma once

#include "models/credentials/SecretResult.h"

#include <QObject>

#include <functional>

namespace dbss::credentials {

// Asynchronous key/value store for secrets. Callbacks always run later from the event loop (never
// inside the call), in request order, and only while `context` is alive. Nothing blocks the caller.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(SecretResult)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString& key, QObject* context, Callback done) = 0;
    // The store copies `value`; the caller wipes its own buffer.
    virtual void write(const QString& key, const QByteArray& value, QObject* context, Callback done) = 0;
    // Deleting a missing key answers NotFound, which callers treat as success.
    virtual void remove(const QString& key, QObject* context, Callback done) = 0;
};

} // namespace dbss::credentials
