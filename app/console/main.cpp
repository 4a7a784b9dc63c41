// dbss-console: the desktop console. Entry point only; everything else lives in the libraries.
#include "app/console/ConsoleOptions.h"
#include "app/console/EmbeddedSandbox.h"
#include "app/console/QuitOnSignal.h"
#include "app/console/SandboxFleetProfiles.h"
#include "models/credentials/ProfileStore.h"
#include "sandbox/SandboxServer.h"
#include "views/ConsoleController.h"

#include <DbssVersion.h>

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStyleHints>
#include <QTranslator>

#include <optional>

using namespace dbss;

namespace {

void installTranslations(QApplication& app, const QString& language) {
    QString lang = language;
    if (lang.isEmpty())
        lang = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    QLocale::setDefault(locale);
    auto* ours = new QTranslator(&app);
    // A language we do not ship (or the C locale of a server or CI) gets English, whose
    // translation holds the plural forms ("1 database", "3 databases") the sources write as "(s)".
    if (ours->load(locale, QStringLiteral("dbss-console"), QStringLiteral("_"),
                   app::translationsDirectory()) ||
        ours->load(QStringLiteral("dbss-console_en"), app::translationsDirectory()))
        app.installTranslator(ours);
    // Qt's own strings (OK, Cancel, Yes, No, the file dialog): Debian's qt6-translations-l10n.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication::setOrganizationName(QStringLiteral("dbss-console"));
    QCoreApplication::setApplicationName(QStringLiteral("dbss-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DBSS_VERSION));

    // --help and --version print in the language asked for (--lang), without a display.
    if (const int code = app::ConsoleOptions::printInfoWithoutGui(argc, argv); code >= 0)
        return code;
    // --help, --version and bad options answer before any display is opened (a terminal over ssh
    // has none, and QApplication would abort).
    int exitCode = -1;
    app::ConsoleOptions options;
    {
        const QCoreApplication probe(argc, argv); // no display needed for these
        options = app::ConsoleOptions::parse(QCoreApplication::arguments(), &exitCode);
    }
    if (exitCode >= 0)
        return exitCode;

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("DBSS Console"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.dbssconsole.DbssConsole"));
    QGuiApplication::styleHints()->setShowShortcutsInContextMenus(true);
    installTranslations(app, options.language);
    app::quitOnTerminationSignals(&app);

    // The embedded emulator on an ephemeral loopback port, its data kept in the app's data folder.
    app::EmbeddedSandbox sandbox;
    views::ConsoleController controller;
    // The sandbox is a small fleet: its second account is saved as a profile of its own and the
    // "Sandbox" profile carries both regions of the main account, whenever it is (re)written.
    const auto startSandbox = [&sandbox, &controller](bool reset, QString* error) {
        std::optional<views::SandboxAccount> account = sandbox.start(reset, error);
        if (account)
            app::saveSandboxOpsProfile(controller.store(), sandbox.server()->options(), account->url,
                                       &controller);
        return account;
    };
    QObject::connect(controller.store(), &credentials::ProfileStore::profilesChanged, &controller,
                     [&sandbox, &controller] {
                         if (sandbox.server())
                             app::addSandboxRegions(controller.store(),
                                                    views::ConsoleController::sandboxProfileName(),
                                                    sandbox.server()->options());
                     });
    controller.setSandboxStarter(startSandbox);
    QObject::connect(&controller, &views::ConsoleController::failed, &app, [](const QString& message) {
        if (!message.isEmpty())
            QMessageBox::critical(nullptr, QObject::tr("DBSS Console"), message);
        QCoreApplication::exit(1);
    });

    std::optional<views::SandboxAccount> account;
    if (options.sandbox) {
        QString error;
        account = startSandbox(false, &error);
        if (!account) {
            QMessageBox::critical(nullptr, QObject::tr("DBSS Console"),
                                  QObject::tr("The built-in sandbox could not start: %1").arg(error));
            return 1;
        }
    }
    controller.start(account, options.profile);
    return app.exec();
}
