#pragma once

#include "app/dbssctl/Args.h"
#include "models/api/ApiClient.h"
#include "models/api/MutationResult.h"
#include "models/api/ParseReply.h"

#include <QTextStream>

#include <memory>

namespace dbss::ctl {

// Exit codes of the command-line contract (docs/dbssctl.md).
// ExitDifferences: `policy diff` / `policy apply --dry-run` found differences (like terraform plan
// -detailed-exitcode), or `policy apply` left differences the API cannot remove.
enum ExitCode { ExitOk = 0, ExitUsage = 2, ExitApi = 3, ExitNetwork = 4, ExitDifferences = 5 };

int exitCodeFor(const api::ApiError& error);

// One run of dbssctl: the parsed arguments, the client built from them, and the output streams.
// Commands call call() which waits for the answer (a command-line tool may block; the console never does).
class Session {
public:
    Session(Args args, QTextStream& out, QTextStream& err);
    ~Session();

    const Args& args() const { return m_args; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Builds the ApiClient from options, environment and profile; prints the reason and returns
    // false when the credentials are incomplete.
    bool connect();
    // The exit code when connect() failed (usage, or the error of resolving the project id).
    int connectExitCode() const { return m_resolveExit; }
    api::ApiClient& client() { return *m_client; }

    // Sends and waits for the answer. The reply is deleted with the returned pointer.
    std::unique_ptr<api::ApiReply, void (*)(api::ApiReply*)> send(const api::ApiRequest& request);

    // Sends, waits and parses into T. On failure prints the error (code and message) to stderr,
    // sets *exitCode and returns nullopt.
    template <class T> std::optional<T> fetch(const api::ApiRequest& request, int* exitCode) {
        const auto reply = send(request);
        T value;
        api::ApiError error;
        if (!api::parseReply(*reply, &value, &error)) {
            *exitCode = fail(error);
            return std::nullopt;
        }
        *exitCode = 0;
        return value;
    }
    // For switches/adds/deletes: success unless the transport, the status or the body says otherwise.
    std::optional<api::MutationResult> mutate(const api::ApiRequest& request, int* exitCode);

    // Reports an error the same way call() does and returns its exit code.
    int fail(const api::ApiError& error);
    int usage(const QString& message);

    // The first line of standard input (a password given with --*-password-stdin).
    static QString readStdinLine();

private:
    void attachLog();
    void warnSecretOnCommandLine();
    bool connectProfile();
    bool start(api::ClientConfig config);
    bool applyNetworkOptions(api::ClientConfig& config);
    Args m_args;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<api::ApiClient> m_client;
    int m_resolveExit = ExitUsage;
};

} // namespace dbss::ctl
