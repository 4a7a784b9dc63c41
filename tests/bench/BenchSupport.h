#pragma once
// Helpers shared by the benchmark programs: memory figures from /proc, waiting on the event loop,
// and finding the dbss-sandbox binary when the program is run by hand.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <functional>

#include <malloc.h>

namespace dbss::bench {

// A field of /proc/self/status in kB (VmHWM: peak resident set, VmRSS: current).
inline qint64 procStatusKb(const char* field) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
inline qint64 peakRssKb() {
    return procStatusKb("VmHWM");
}
inline qint64 rssKb() {
    return procStatusKb("VmRSS");
}

// Returns freed heap to the system (glibc keeps it otherwise, hiding what the next step uses), then
// resets VmHWM to the current RSS (Linux: "5" in clear_refs), so each step reports its own peak.
inline void resetPeakRss() {
    malloc_trim(0);
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// Runs the event loop until done() or the timeout; false on timeout.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

// SandboxProcess reads $DBSS_SANDBOX_BIN; by hand, use the one of this build (build/bin).
inline void defaultSandboxBin() {
    if (qEnvironmentVariableIsEmpty("DBSS_SANDBOX_BIN"))
        qputenv("DBSS_SANDBOX_BIN", QDir(QCoreApplication::applicationDirPath())
                                        .filePath(QStringLiteral("../bin/dbss-sandbox"))
                                        .toUtf8());
}

// Sizes from the command line ("bench_x 2000 5000"), else the defaults.
inline QList<int> sizesFrom(const QStringList& args, QList<int> defaults) {
    QList<int> sizes;
    for (qsizetype i = 1; i < args.size(); ++i) {
        bool ok = false;
        const int n = args[i].toInt(&ok);
        if (ok && n > 0)
            sizes << n;
    }
    return sizes.isEmpty() ? defaults : sizes;
}

inline double mb(qint64 bytes) {
    return double(bytes) / (1024.0 * 1024.0);
}

} // namespace dbss::bench
