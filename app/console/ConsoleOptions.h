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
};

} // namespace dbss::app
