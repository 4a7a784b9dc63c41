#pragma once

#include <QByteArray>

namespace dbss::api {

// What the request log may show. Secrets are replaced before anything is logged.
namespace Redaction {
// Authorization, X-Auth-Token, X-Subject-Token, X-Security-Token, ...
bool isSecretHeader(const QByteArray& name);
// A JSON body with every password/secret/token-like field's value replaced by "***";
// a body that is not JSON is replaced whole when it might carry a secret.
QByteArray redactBody(const QByteArray& body);
} // namespace Redaction

} // namespace dbss::api
