#include "app/dbssctl/Commands.h"

#include <QCoreApplication>

namespace dbss::ctl {

const QList<Command>& allCommands() {
    static const QList<Command> all = [] {
        QList<Command> list;
        list << instanceCommands() << accountCommands() << databaseCommands() << agentCommands()
             << ruleCommands() << oplogCommands() << tagCommands() << connectionCommands()
             << profileCommands() << fleetCommands();
        return list;
    }();
    return all;
}

QString usageText() {
    QString text = QCoreApplication::translate(
        "dbssctl", "Usage: dbssctl [global options] <area> <verb> [options]\n"
                   "Global options (before or after the command):\n"
                   "  --profile NAME | --endpoint URL --ak AK (--sk-stdin | --sk SK) [--security-token T]\n"
                   "  | --iam-user U --iam-password-stdin --iam-domain D   (env: DBSS_AK, DBSS_SK, "
                   "DBSS_SECURITY_TOKEN; prefer DBSS_SK or --sk-stdin: --sk is visible in the process list)\n"
                   "  --project-id ID  --region CODE  --json | --csv  --verbose  --pin-cert SHA256\n"
                   "  --timeout S (one request, default 30)  --deadline S (whole command, default 300)\n"
                   "  --max-response-mb N (default 64)\n"
                   "Exit codes: 0 ok, 2 usage, 3 API error, 4 network/TLS error.\n"
                   "Commands:\n");
    for (const Command& c : allCommands())
        text += QStringLiteral("  ") + c.path.join(QLatin1Char(' ')) + QLatin1Char(' ') + c.synopsis +
                QLatin1Char('\n');
    text += QCoreApplication::translate(
        "dbssctl", "Network (global options): --proxy URL overrides the system proxy (HTTPS_PROXY, "
                   "HTTP_PROXY, NO_PROXY); --ca-file PEM adds trusted CA certificates. --version prints "
                   "the version.\n");
    return text;
}

} // namespace dbss::ctl
