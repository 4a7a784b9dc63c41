#include "sandbox/SandboxServer.h"

#include "sandbox/Dispatcher.h"
#include "sandbox/SandboxFleet.h"
#include "sandbox/handlers/HandlerContext.h"
#include "sandbox/http/HttpFrontend.h"
#include "sandbox/store/DemoData.h"
#include "sandbox/tls/SelfSignedCertificate.h"

namespace dbss::sandbox {

struct SandboxServer::Private {
    explicit Private(SandboxOptions o)
        : options(std::move(o))
        , store(options.stateFile)
        , ctx{store, tokens, options, QUrl()}
        , faults(options)
        , dispatcher(ctx, router, faults) {}

    SandboxOptions options;
    Store store;
    TokenStore tokens;
    HandlerContext ctx;
    Router router;
    FaultInjector faults;
    Dispatcher dispatcher;
    std::unique_ptr<HttpFrontend> frontend;
    QUrl url;
    QString fingerprint;
    bool listening = false;
    QByteArray certificatePem;
};

SandboxServer::SandboxServer(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(options))) {
    registerAllHandlers(d->router, d->ctx);
    HttpLimits limits;
    limits.requestTimeoutMs = d->options.requestTimeoutMs;
    d->frontend = std::make_unique<HttpFrontend>(
        RequestHandlers{[this](ApiCall& call) { return d->dispatcher.admit(call); },
                        [this](ApiCall& call) {
                            return d->dispatcher.dispatch(call);
                        }},
        limits);
}

SandboxServer::~SandboxServer() {
    // Fold the journal into the snapshot, so the state is one file again.
    if (d->listening)
        d->store.compact(nullptr);
}

bool SandboxServer::listen(const QHostAddress& address, quint16 port, QString* error) {
    QString localError;
    QString* err = error ? error : &localError;
    if (const QString problem = fleetProblem(d->options); !problem.isEmpty()) {
        *err = QStringLiteral("--fleet: %1").arg(problem);
        return false;
    }
    bool loaded = false;
    if (!d->store.load(&loaded, err))
        return false;
    // Every tenant's project (the main account's first) gets its data unless the state has it.
    for (const SandboxTenant& t : d->options.allTenants()) {
        if (d->store.hasProject(t.projectId))
            continue;
        d->store.setProject(t.seed > 0 ? seededProject(t.projectId, t.region, t.user, t.seed)
                                       : demoProject(t.projectId, t.region, t.user));
    }
    // One snapshot at start: the journal replayed (or the new account) in one file.
    if (!d->store.compact(err))
        return false;
    if (d->options.tls) {
        SelfSignedCertificate tls;
        if (!SelfSignedCertificate::generate(&tls, err))
            return false;
        d->frontend->sslSetup(tls.certificate, tls.key);
        d->fingerprint = tls.sha256Fingerprint();
        d->certificatePem = tls.certificate.toPem();
    }
    const quint16 bound = d->frontend->listen(address, port);
    if (bound == 0) {
        *err = QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port);
        return false;
    }
    QUrl url;
    url.setScheme(d->options.tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(bound);
    d->url = url;
    d->listening = true;
    d->ctx.baseUrl = url;
    return true;
}

QUrl SandboxServer::baseUrl() const {
    return d->url;
}

const SandboxOptions& SandboxServer::options() const {
    return d->options;
}

QString SandboxServer::tlsFingerprint() const {
    return d->fingerprint;
}

QByteArray SandboxServer::tlsCertificatePem() const {
    return d->certificatePem;
}

TokenStore& SandboxServer::tokens() {
    return d->tokens;
}

} // namespace dbss::sandbox
