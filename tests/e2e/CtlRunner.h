#pragma once

// Runs the dbssctl binary ($DBSSCTL_BIN, set by ctest) and collects exit code and output.

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace dbss::test {

struct CtlResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

// The environment without credentials from the developer's shell.
inline QProcessEnvironment cleanEnvironment() {
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DBSS_AK", "DBSS_SK", "DBSS_SECURITY_TOKEN"})
        e.remove(QLatin1String(name));
    return e;
}

inline CtlResult runCtl(const QStringList& args, const QByteArray& stdinData = {},
                        const QProcessEnvironment& env = cleanEnvironment(), int timeoutMs = 60000) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("DBSSCTL_BIN"), args);
    CtlResult r;
    if (!p.waitForStarted(10000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished)
        p.kill();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace dbss::test
