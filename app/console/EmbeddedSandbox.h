#pragma once

#include "views/ConsoleController.h"

#include <memory>
#include <optional>

namespace dbss::sandbox {
class SandboxServer;
}

namespace dbss::app {

// The console's in-process dbss-sandbox: on a loopback port chosen by the system, its state in
// the application's data folder (so what a user changes survives a restart, as with
// `dbss-sandbox --state`), restartable from scratch (File ▸ Reset Sandbox).
class EmbeddedSandbox {
public:
    EmbeddedSandbox();
    ~EmbeddedSandbox();

    // Starts it if it is not running (reset: stops it, deletes its state, starts afresh).
    std::optional<views::SandboxAccount> start(bool reset, QString* error);
    static QString stateFile(); // ~/.local/share/dbss-console/sandbox-state.json
    // The running emulator (a small fleet: sandbox::demoFleet), or nullptr before start().
    const sandbox::SandboxServer* server() const { return m_server.get(); }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

} // namespace dbss::app
