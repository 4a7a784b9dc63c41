// dbss-sandbox: the standalone emulator (command line: sandbox/README.md).
#include "sandbox/SandboxCli.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/auth/TokenStore.h"

#include <DbssVersion.h>

#include <QCoreApplication>
#include <QSaveFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace dbss::sandbox;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int) {
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
}

// SIGTERM and SIGINT end the event loop, so the server's destructor folds the journal into the
// state file (kill -9 skips that; the journal is replayed at the next start).
void quitOnTermination(QCoreApplication& app) {
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dbss-sandbox"));

    CliConfig config;
    QString error;
    if (!parseCommandLine(app.arguments(), &config, &error)) {
        std::fprintf(stderr, "dbss-sandbox: %s\n%s", qPrintable(error), qPrintable(usageText()));
        return 2;
    }
    if (config.version) {
        std::printf("dbss-sandbox %s\n", DBSS_VERSION);
        return 0;
    }
    if (config.help) {
        std::fputs(qPrintable(usageText()), stdout);
        return 0;
    }
    hideSecretArguments(argc, argv);
    QTextStream in(stdin);
    if (!readSecretsFromStdin(&config, in, &error)) {
        std::fprintf(stderr, "dbss-sandbox: %s\n", qPrintable(error));
        return 2;
    }
    SandboxServer server(config.options);
    if (config.tokenLifetimeSeconds > 0)
        server.tokens().setLifetimeSeconds(config.tokenLifetimeSeconds);
    if (!server.listen(config.address, config.port, &error)) {
        std::fprintf(stderr, "dbss-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    if (!config.tlsCertOut.isEmpty()) {
        QSaveFile pem(config.tlsCertOut);
        if (!pem.open(QIODevice::WriteOnly) || pem.write(server.tlsCertificatePem()) < 0 || !pem.commit()) {
            std::fprintf(stderr, "dbss-sandbox: --tls-cert-out: %s\n", qPrintable(pem.errorString()));
            return 1;
        }
    }
    const QUrl url = server.baseUrl();
    // The first line is a contract (tests and tools wait for it); flush so a pipe sees it now.
    std::printf("listening on %s://%s:%d\n", qPrintable(url.scheme()), qPrintable(config.host), url.port());
    const SandboxOptions& o = server.options();
    if (o.tls)
        std::printf("tls certificate sha256 fingerprint: %s\n", qPrintable(server.tlsFingerprint()));
    // A secret given through the environment or stdin is not echoed (only where it came from).
    const auto shown = [](const QString& secret, const QString& source) {
        return source.isEmpty() ? secret : QStringLiteral("(from %1)").arg(source);
    };
    std::printf("ak: %s\nsk: %s\nproject id: %s\nregion: %s\niam user: %s  domain: %s  password: %s\n",
                qPrintable(o.ak), qPrintable(shown(o.sk, config.skSource)), qPrintable(o.projectId),
                qPrintable(o.region), qPrintable(o.iamUser), qPrintable(o.iamDomain),
                qPrintable(shown(o.iamPassword, config.iamPasswordSource)));
    if (!o.stateFile.isEmpty())
        std::printf("state: %s\n", qPrintable(o.stateFile));
    // --fleet: the tenants' keys are in the file; their SKs are not repeated here.
    for (const dbss::sandbox::SandboxTenant& t : o.tenants)
        std::printf("tenant: ak %s  project id %s  region %s\n", qPrintable(t.ak), qPrintable(t.projectId),
                    qPrintable(t.region));
    std::fflush(stdout);
    quitOnTermination(app);
    return app.exec();
}
