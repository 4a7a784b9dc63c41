#pragma once

#include <QString>
#include <QStringList>

namespace dbss::app {

// The console's command line.
struct ConsoleOptions {
    bool sandbox = false; // start the emulator in-process and open the "Sandbox" profile on it
    QString language;     // e.g. "zh_CN"; empty: preference, then system locale
    QString profile;      // open this profile instead of the last used one

    // Parses QCoreApplication::arguments(); on --help/--version/errors prints and sets *exitCode.
    static ConsoleOptions parse(const QStringList& arguments, int* exitCode);
    // With --version or --help: prints through a QCoreApplication (no display needed) and returns
    // the exit code; otherwise -1.
    static int printInfoWithoutGui(int argc, char** argv);
};

// Where the console's .qm files are: <prefix>/share/dbss-console/translations when installed
// (next to ../bin), else the copy compiled into the binary (":/i18n").
QString translationsDirectory();

} // namespace dbss::app
