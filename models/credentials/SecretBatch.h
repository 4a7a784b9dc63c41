#pragma once

#include "models/credentials/SecretStore.h"
#include "models/credentials/Secrets.h"

#include <QList>

#include <functional>

namespace dbss::credentials {

// Several secrets of one profile, one store operation after the other (each started from the event
// loop by the store, so the queue order holds). Each stops at the first error; NotFound is no error.
// `done` gets the first error's result, or an Ok result.

void readSecrets(SecretStore* store, const QString& profile, const QList<SecretKind>& kinds, QObject* context,
                 std::function<void(Secrets, SecretResult)> done);
// Writes the kinds that `secrets` holds; empty kinds are left alone.
void writeSecrets(SecretStore* store, const QString& profile, const Secrets& secrets, QObject* context,
                  std::function<void(SecretResult)> done);
void removeSecrets(SecretStore* store, const QString& profile, const QList<SecretKind>& kinds,
                   QObject* context, std::function<void(SecretResult)> done);

} // namespace dbss::credentials
