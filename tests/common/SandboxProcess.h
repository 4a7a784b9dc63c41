#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace dbss::test {

// Runs the real dbss-sandbox binary (path from $DBSS_SANDBOX_BIN, set by ctest) on an ephemeral
// loopback port and waits for its first stdout line "listening on http://HOST:PORT".
class SandboxProcess {
public:
    // Defaults used when the caller passes no --ak/--sk/--project-id.
    static constexpr const char* kAk = "TESTAK00000000000001";
    static constexpr const char* kSk = "TestSecretKey000000000000000000000000001";
    static constexpr const char* kProjectId = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    explicit SandboxProcess(QStringList extraArgs = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess&) = delete;
    SandboxProcess& operator=(const SandboxProcess&) = delete;

    bool start(QString* error = nullptr, int timeoutMs = 10000); // blocks until listening (or the timeout)
    QUrl url() const { return m_url; }
    QString ak() const;
    QString sk() const;
    QString projectId() const;
    QProcess& process() { return m_process; }
    QByteArray stderrText();

private:
    QString argValue(const QString& name, const QString& fallback) const;
    QStringList m_args;
    QProcess m_process;
    QUrl m_url;
};

} // namespace dbss::test
