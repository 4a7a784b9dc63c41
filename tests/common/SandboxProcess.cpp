#include "tests/common/SandboxProcess.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>

namespace dbss::test {

SandboxProcess::SandboxProcess(QStringList extraArgs)
    : m_args(std::move(extraArgs)) {
    if (!m_args.contains(QStringLiteral("--ak")))
        m_args << QStringLiteral("--ak") << QLatin1String(kAk) << QStringLiteral("--sk")
               << QLatin1String(kSk);
    if (!m_args.contains(QStringLiteral("--project-id")))
        m_args << QStringLiteral("--project-id") << QLatin1String(kProjectId);
    if (!m_args.contains(QStringLiteral("--listen")))
        m_args << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:0");
}

SandboxProcess::~SandboxProcess() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool SandboxProcess::start(QString* error, int timeoutMs) {
    const QString bin = qEnvironmentVariable("DBSS_SANDBOX_BIN");
    if (bin.isEmpty()) {
        if (error)
            *error = QStringLiteral("DBSS_SANDBOX_BIN is not set (run the test through ctest)");
        return false;
    }
    m_process.start(bin, m_args);
    if (!m_process.waitForStarted(5000)) {
        if (error)
            *error = QStringLiteral("cannot start %1: %2").arg(bin, m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    QByteArray buffered;
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine() || m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                static const QByteArray prefix = "listening on ";
                if (line.startsWith(prefix)) {
                    m_url = QUrl(QString::fromUtf8(line.mid(prefix.size())));
                    return m_url.isValid();
                }
            }
        } else if (m_process.state() == QProcess::NotRunning) {
            break;
        }
    }
    if (error)
        *error = QStringLiteral("dbss-sandbox did not print 'listening on': %1")
                     .arg(QString::fromUtf8(m_process.readAllStandardError()));
    return false;
}

QString SandboxProcess::argValue(const QString& name, const QString& fallback) const {
    const qsizetype i = m_args.indexOf(name);
    return i >= 0 && i + 1 < m_args.size() ? m_args.at(i + 1) : fallback;
}

QString SandboxProcess::ak() const {
    return argValue(QStringLiteral("--ak"), QLatin1String(kAk));
}
QString SandboxProcess::sk() const {
    return argValue(QStringLiteral("--sk"), QLatin1String(kSk));
}
QString SandboxProcess::projectId() const {
    return argValue(QStringLiteral("--project-id"), QLatin1String(kProjectId));
}

QByteArray SandboxProcess::stderrText() {
    return m_process.readAllStandardError();
}

} // namespace dbss::test
