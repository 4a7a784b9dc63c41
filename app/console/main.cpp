// dbss-console: the desktop console. Entry point only; everything else lives in the libraries.
#include "app/console/ConsoleOptions.h"
#include "app/console/QuitOnSignal.h"
#include "sandbox/SandboxServer.h"
#include "views/ConsoleController.h"

#include <DbssVersion.h>

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <optional>

using namespace dbss;

namespace {

void installTranslations(QApplication& app, const QString& language) {
    QString lang = language;
    if (lang.isEmpty())
        lang = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("dbss-console"), QStringLiteral("_"), app::translationsDirectory()))
        app.installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace

int main(int argc, char* argv[]) {
    // --version and --help print and exit before a QApplication wants a display.
    if (const int code = app::ConsoleOptions::printInfoWithoutGui(argc, argv); code >= 0)
        return code;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("dbss-console"));
    QApplication::setApplicationName(QStringLiteral("dbss-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("DBSS Console"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.dbssconsole.DbssConsole"));
    QApplication::setApplicationVersion(QStringLiteral(DBSS_VERSION));

    int exitCode = -1;
    const app::ConsoleOptions options = app::ConsoleOptions::parse(QApplication::arguments(), &exitCode);
    if (exitCode >= 0)
        return exitCode;
    installTranslations(app, options.language);
    app::quitOnTerminationSignals(&app);

    // The embedded emulator on an ephemeral loopback port, with its demo account.
    std::unique_ptr<sandbox::SandboxServer> server;
    std::optional<views::SandboxAccount> account;
    if (options.sandbox) {
        server = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxOptions{});
        QString error;
        if (!server->listen(QHostAddress::LocalHost, 0, &error)) {
            QMessageBox::critical(nullptr, QObject::tr("DBSS Console"),
                                  QObject::tr("The built-in sandbox could not start: %1").arg(error));
            return 1;
        }
        const sandbox::SandboxOptions& o = server->options();
        account = views::SandboxAccount{server->baseUrl(), o.ak, o.sk, o.projectId, o.region};
    }

    views::ConsoleController controller;
    QObject::connect(&controller, &views::ConsoleController::failed, &app, [](const QString& message) {
        QMessageBox::critical(nullptr, QObject::tr("DBSS Console"), message);
        QCoreApplication::exit(1);
    });
    controller.start(account, options.profile);
    return app.exec();
}
