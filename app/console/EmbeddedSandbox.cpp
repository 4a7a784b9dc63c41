#include "app/console/EmbeddedSandbox.h"

#include "sandbox/SandboxFleet.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace dbss::app {

EmbeddedSandbox::EmbeddedSandbox() = default;
EmbeddedSandbox::~EmbeddedSandbox() = default;

QString EmbeddedSandbox::stateFile() {
    // ~/.local/share/dbss-console/ (AppDataLocation would repeat the name: organisation and
    // application are both "dbss-console").
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("dbss-console/sandbox-state.json"));
}

std::optional<views::SandboxAccount> EmbeddedSandbox::start(bool reset, QString* error) {
    if (reset) {
        m_server.reset();
        if (QFile::exists(stateFile()) && !QFile::remove(stateFile())) {
            *error = QObject::tr("cannot delete %1").arg(QDir::toNativeSeparators(stateFile()));
            return std::nullopt;
        }
    }
    if (!m_server) {
        QDir().mkpath(QFileInfo(stateFile()).absolutePath());
        sandbox::SandboxOptions options;
        options.stateFile = stateFile();
        options.tenants = sandbox::demoFleet(options); // 2 accounts × 2 regions for the fleet view
        auto server = std::make_unique<sandbox::SandboxServer>(options);
        if (!server->listen(QHostAddress::LocalHost, 0, error))
            return std::nullopt;
        m_server = std::move(server);
    }
    const sandbox::SandboxOptions& o = m_server->options();
    return views::SandboxAccount{m_server->baseUrl(), o.ak, o.sk, o.projectId, o.region};
}

} // namespace dbss::app
