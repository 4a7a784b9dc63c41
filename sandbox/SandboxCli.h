#pragma once

#include "sandbox/SandboxOptions.h"

#include <QHostAddress>
#include <QStringList>
#include <QTextStream>

namespace dbss::sandbox {

// The dbss-sandbox command line of sandbox/README.md (a contract), parsed apart from main() so
// it can be tested.
struct CliConfig {
    SandboxOptions options;
    QString host = QStringLiteral("127.0.0.1");
    QHostAddress address{QHostAddress::LocalHost};
    quint16 port = 0;
    bool allowRemote = false;
    qint64 tokenLifetimeSeconds = 0; // 0: the documented 24 h
    bool help = false;
    bool skFromStdin = false;          // --sk-stdin: the first line of stdin
    bool iamPasswordFromStdin = false; // --iam-password-stdin: the next line
    QString skSource;                  // where a secret not on the command line came from (printed
    QString iamPasswordSource;         // instead of the secret); empty: command line or default
    bool version = false;
    QString fleetFile;  // --fleet FILE: more accounts and regions (SandboxFleet.h), read by the parser
    QString tlsCertOut; // --tls-cert-out FILE: write the --tls certificate (PEM) there (extension)
};

// False with a message for usage errors (the caller exits with status 2).
// The secrets come from the command line, then DBSS_SANDBOX_SK / DBSS_SANDBOX_IAM_PASSWORD.
bool parseCommandLine(const QStringList& arguments, CliConfig* config, QString* error);
// --sk-stdin / --iam-password-stdin: one line each, in that order.
bool readSecretsFromStdin(CliConfig* config, QTextStream& in, QString* error);
// Overwrites the values of --sk and --iam-password in argv, so /proc/PID/cmdline no longer shows
// them (they were visible from exec until this call: prefer the environment or stdin).
void hideSecretArguments(int argc, char** argv);
QString usageText();

} // namespace dbss::sandbox
