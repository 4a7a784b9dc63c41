#include "app/console/ConsoleOptions.h"

#include <DbssVersion.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>

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

int ConsoleOptions::printInfoWithoutGui(int argc, char** argv) {
    bool info = false;
    for (int i = 1; i < argc && std::strcmp(argv[i], "--") != 0; ++i) {
        for (const char* name : {"--version", "-v", "--help", "-h", "-?", "--help-all"})
            info = info || std::strcmp(argv[i], name) == 0;
    }
    if (!info)
        return -1;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dbss-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DBSS_VERSION));
    // --help in the language asked for, from the same .qm files the window uses.
    const QStringList args = QCoreApplication::arguments();
    QString lang;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            lang = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            lang = args.at(i).mid(7);
    }
    QTranslator translator;
    if (!lang.isEmpty() && translator.load(QLocale(lang), QStringLiteral("dbss-console"), QStringLiteral("_"),
                                           translationsDirectory()))
        QCoreApplication::installTranslator(&translator);
    int exitCode = -1;
    parse(QCoreApplication::arguments(), &exitCode);
    return exitCode < 0 ? 0 : exitCode;
}

QString translationsDirectory() {
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../share/dbss-console/translations"));
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
    return QStringLiteral(":/i18n");
}

} // namespace dbss::app
