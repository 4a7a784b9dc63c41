#include "app/console/ConsoleOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dbss::app {

ConsoleOptions ConsoleOptions::parse(const QStringList& arguments, int* exitCode) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop console for Huawei Cloud Database Security Service."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QCoreApplication::translate("main",
                                                                 "Run the built-in API emulator and open "
                                                                 "the Sandbox profile on it."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "User interface language (en, zh_CN)."),
                                  QStringLiteral("language"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QCoreApplication::translate("main", "Open this connection profile."),
                                     QStringLiteral("name"));
    parser.addOptions({sandbox, lang, profile});
    *exitCode = -1;
    if (!parser.parse(arguments)) {
        fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        *exitCode = 2;
        return {};
    }
    if (parser.isSet(QStringLiteral("help"))) {
        fprintf(stdout, "%s", qPrintable(parser.helpText()));
        *exitCode = 0;
        return {};
    }
    if (parser.isSet(QStringLiteral("version"))) {
        fprintf(stdout, "%s %s\n", qPrintable(QCoreApplication::applicationName()),
                qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return {};
    }
    ConsoleOptions options;
    options.sandbox = parser.isSet(sandbox);
    options.language = parser.value(lang);
    options.profile = parser.value(profile);
    return options;
}

} // namespace dbss::app
