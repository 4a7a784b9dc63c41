#pragma once

#include "sandbox/SandboxOptions.h"

#include <QHostAddress>
#include <QStringList>

namespace dbss::sandbox {

// The dbss-sandbox command line of ARCHITECTURE.md (a contract), parsed apart from main() so
// it can be tested.
struct CliConfig {
    SandboxOptions options;
    QString host = QStringLiteral("127.0.0.1");
    QHostAddress address{QHostAddress::LocalHost};
    quint16 port = 0;
    bool allowRemote = false;
    qint64 tokenLifetimeSeconds = 0; // 0: the documented 24 h
    bool help = false;
    bool version = false;
    QString tlsCertOut; // --tls-cert-out FILE: write the --tls certificate (PEM) there (extension)
};

// False with a message for usage errors (the caller exits with status 2).
bool parseCommandLine(const QStringList& arguments, CliConfig* config, QString* error);
QString usageText();

} // namespace dbss::sandbox
