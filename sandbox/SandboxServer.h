#pragma once

#include "sandbox/SandboxOptions.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace dbss::sandbox {

class TokenStore;

// The emulator of the documented DBSS, IAM, DRS and DAS APIs. One object serves all services on
// one port; used in-process by `dbss-console --sandbox` and by the standalone dbss-sandbox.
class SandboxServer : public QObject {
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Loads options().stateFile (if any) and seeds data; false with a reason in *error.
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    QUrl baseUrl() const; // http(s)://HOST:PORT, valid after listen()
    const SandboxOptions& options() const;
    QString tlsFingerprint() const;       // SHA-256 of the --tls certificate, "AB:CD:..."; empty without TLS
    QByteArray tlsCertificatePem() const; // the --tls certificate (to trust it as a CA); empty without TLS
    TokenStore& tokens();                 // test hook: issue or inspect IAM tokens in-process

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dbss::sandbox
