// dbss-sandbox: the standalone emulator (command line: ARCHITECTURE.md).
#include "sandbox/SandboxCli.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/auth/TokenStore.h"

#include <DbssVersion.h>

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

using namespace dbss::sandbox;

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
    std::printf("ak: %s\nsk: %s\nproject id: %s\nregion: %s\niam user: %s  domain: %s  password: %s\n",
                qPrintable(o.ak), qPrintable(o.sk), qPrintable(o.projectId), qPrintable(o.region),
                qPrintable(o.iamUser), qPrintable(o.iamDomain), qPrintable(o.iamPassword));
    if (!o.stateFile.isEmpty())
        std::printf("state: %s\n", qPrintable(o.stateFile));
    std::fflush(stdout);
    return app.exec();
}
