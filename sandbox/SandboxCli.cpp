#include "sandbox/SandboxCli.h"

#include "sandbox/SandboxFleet.h"

#include <QRegularExpression>

#include <cstring>

namespace dbss::sandbox {

QString usageText() {
    return QStringLiteral(
        "usage: dbss-sandbox [--listen HOST:PORT] [--allow-remote] [--ak AK --sk SK | --sk-stdin]\n"
        "                    [--project-id ID] [--region CODE]\n"
        "                    [--iam-user U --iam-password P | --iam-password-stdin --iam-domain D]\n"
        "                    [--state FILE] [--seed N]\n"
        "                    [--latency MS] [--fail-rate P] [--fail-status CODE] [--reset-rate P]\n"
        "                    [--lost-write-rate P] [--fault-seed N] [--token-lifetime S] [--tls]\n"
        "                    [--idle-timeout S] [--tls-cert-out FILE] [--fleet FILE] [--version]\n"
        "Emulates the documented DBSS, IAM, DRS and DAS APIs. Default --listen 127.0.0.1:0;\n"
        "the first stdout line is \"listening on http://HOST:PORT\".\n"
        "Secrets stay out of the process list when given as DBSS_SANDBOX_SK / DBSS_SANDBOX_IAM_PASSWORD\n"
        "or on stdin (--sk-stdin, then --iam-password-stdin: one line each, in that order).\n");
}

namespace {

bool parseListen(const QString& text, CliConfig* c, QString* error) {
    static const QRegularExpression re(QStringLiteral(R"(^(?:\[([0-9a-fA-F:.]+)\]|([^:\[\]]+)):(\d{1,5})$)"));
    const auto m = re.match(text);
    const int port = m.hasMatch() ? m.captured(3).toInt() : -1;
    if (!m.hasMatch() || port > 65535) {
        *error = QStringLiteral("--listen expects HOST:PORT (IPv6 as [ADDR]:PORT), got '%1'").arg(text);
        return false;
    }
    const QString host = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host)) {
        *error = QStringLiteral("--listen: '%1' is not an IP address").arg(host);
        return false;
    }
    c->host = address.protocol() == QAbstractSocket::IPv6Protocol
                  ? QStringLiteral("[%1]").arg(address.toString())
                  : address.toString();
    c->address = address;
    c->port = quint16(port);
    return true;
}

bool toDouble(const QString& name, const QString& value, double* out, QString* error) {
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok || v < 0 || v > 1) {
        *error = QStringLiteral("%1 expects a probability from 0 to 1, got '%2'").arg(name, value);
        return false;
    }
    *out = v;
    return true;
}

bool toInt(const QString& name, const QString& value, qint64 min, qint64 max, qint64* out, QString* error) {
    bool ok = false;
    const qint64 v = value.toLongLong(&ok);
    if (!ok || v < min || v > max) {
        *error = QStringLiteral("%1 expects an integer from %2 to %3, got '%4'")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(value);
        return false;
    }
    *out = v;
    return true;
}

} // namespace

bool parseCommandLine(const QStringList& arguments, CliConfig* c, QString* error) {
    SandboxOptions& o = c->options;
    bool akGiven = false;
    bool skGiven = false;
    bool skOnCommandLine = false;
    bool passwordOnCommandLine = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            c->help = true;
            return true;
        }
        if (arg == QLatin1String("--version")) {
            c->version = true;
            return true;
        }
        if (arg == QLatin1String("--allow-remote")) {
            c->allowRemote = true;
            continue;
        }
        if (arg == QLatin1String("--tls")) {
            o.tls = true;
            continue;
        }
        if (arg == QLatin1String("--sk-stdin")) {
            c->skFromStdin = true;
            skGiven = true;
            continue;
        }
        if (arg == QLatin1String("--iam-password-stdin")) {
            c->iamPasswordFromStdin = true;
            continue;
        }
        static const QStringList valued{QStringLiteral("--listen"),
                                        QStringLiteral("--ak"),
                                        QStringLiteral("--sk"),
                                        QStringLiteral("--project-id"),
                                        QStringLiteral("--region"),
                                        QStringLiteral("--iam-user"),
                                        QStringLiteral("--iam-password"),
                                        QStringLiteral("--iam-domain"),
                                        QStringLiteral("--state"),
                                        QStringLiteral("--seed"),
                                        QStringLiteral("--latency"),
                                        QStringLiteral("--fail-rate"),
                                        QStringLiteral("--fail-status"),
                                        QStringLiteral("--reset-rate"),
                                        QStringLiteral("--lost-write-rate"),
                                        QStringLiteral("--fault-seed"),
                                        QStringLiteral("--token-lifetime"),
                                        QStringLiteral("--idle-timeout"),
                                        QStringLiteral("--tls-cert-out"),
                                        QStringLiteral("--fleet")};
        if (!valued.contains(arg)) {
            *error = QStringLiteral("unknown option '%1'").arg(arg);
            return false;
        }
        if (i + 1 >= arguments.size()) {
            *error = arg.startsWith(QLatin1String("--"))
                         ? QStringLiteral("%1 needs a value").arg(arg)
                         : QStringLiteral("unexpected argument '%1'").arg(arg);
            return false;
        }
        const QString value = arguments.at(++i);
        qint64 n = 0;
        if (arg == QLatin1String("--listen")) {
            if (!parseListen(value, c, error))
                return false;
        } else if (arg == QLatin1String("--ak")) {
            o.ak = value;
            akGiven = true;
        } else if (arg == QLatin1String("--sk")) {
            o.sk = value;
            skOnCommandLine = true;
            skGiven = true;
        } else if (arg == QLatin1String("--project-id")) {
            o.projectId = value;
        } else if (arg == QLatin1String("--region")) {
            o.region = value;
        } else if (arg == QLatin1String("--iam-user")) {
            o.iamUser = value;
        } else if (arg == QLatin1String("--iam-password")) {
            o.iamPassword = value;
            passwordOnCommandLine = true;
        } else if (arg == QLatin1String("--iam-domain")) {
            o.iamDomain = value;
        } else if (arg == QLatin1String("--state")) {
            o.stateFile = value;
        } else if (arg == QLatin1String("--seed")) {
            if (!toInt(arg, value, 0, 10'000'000, &n, error))
                return false;
            o.seed = int(n);
        } else if (arg == QLatin1String("--latency")) {
            if (!toInt(arg, value, 0, 600'000, &n, error))
                return false;
            o.latencyMs = int(n);
        } else if (arg == QLatin1String("--fail-rate")) {
            if (!toDouble(arg, value, &o.failRate, error))
                return false;
        } else if (arg == QLatin1String("--fail-status")) {
            if (!toInt(arg, value, 400, 599, &n, error))
                return false;
            o.failStatus = int(n);
        } else if (arg == QLatin1String("--reset-rate")) {
            if (!toDouble(arg, value, &o.resetRate, error))
                return false;
        } else if (arg == QLatin1String("--lost-write-rate")) {
            if (!toDouble(arg, value, &o.lostWriteRate, error))
                return false;
        } else if (arg == QLatin1String("--fault-seed")) {
            if (!toInt(arg, value, 0, 0xffffffffLL, &n, error))
                return false;
            o.faultSeed = quint32(n);
        } else if (arg == QLatin1String("--fleet")) {
            c->fleetFile = value;
            if (!readFleetFile(value, &o.tenants, error))
                return false;
        } else if (arg == QLatin1String("--tls-cert-out")) {
            c->tlsCertOut = value;
        } else if (arg == QLatin1String("--token-lifetime")) {
            if (!toInt(arg, value, 1, 10LL * 24 * 3600, &n, error))
                return false;
            c->tokenLifetimeSeconds = n;
        } else if (arg == QLatin1String("--idle-timeout")) {
            if (!toInt(arg, value, 1, 3600, &n, error))
                return false;
            o.requestTimeoutMs = int(n * 1000);
        } else {
            *error = QStringLiteral("unknown option '%1'").arg(arg);
            return false;
        }
    }
    if (!c->tlsCertOut.isEmpty() && !o.tls) {
        *error = QStringLiteral("--tls-cert-out needs --tls");
        return false;
    }
    if (skOnCommandLine && c->skFromStdin) {
        *error = QStringLiteral("--sk and --sk-stdin exclude each other");
        return false;
    }
    if (passwordOnCommandLine && c->iamPasswordFromStdin) {
        *error = QStringLiteral("--iam-password and --iam-password-stdin exclude each other");
        return false;
    }
    // The environment is read only when the command line gives no secret.
    if (!skGiven && qEnvironmentVariableIsSet("DBSS_SANDBOX_SK")) {
        o.sk = qEnvironmentVariable("DBSS_SANDBOX_SK");
        skGiven = true;
        c->skSource = QStringLiteral("DBSS_SANDBOX_SK");
    }
    if (!passwordOnCommandLine && !c->iamPasswordFromStdin &&
        qEnvironmentVariableIsSet("DBSS_SANDBOX_IAM_PASSWORD")) {
        o.iamPassword = qEnvironmentVariable("DBSS_SANDBOX_IAM_PASSWORD");
        c->iamPasswordSource = QStringLiteral("DBSS_SANDBOX_IAM_PASSWORD");
    }
    if (akGiven != skGiven) {
        *error = QStringLiteral("--ak and the SK (--sk, --sk-stdin or DBSS_SANDBOX_SK) go together");
        return false;
    }
    if (o.ak.isEmpty() || (o.sk.isEmpty() && !c->skFromStdin) || o.projectId.isEmpty() ||
        o.region.isEmpty()) {
        *error = QStringLiteral("--ak, --sk, --project-id and --region must not be empty");
        return false;
    }
    if (!c->address.isLoopback() && !c->allowRemote) {
        *error = QStringLiteral("refusing to listen on non-loopback address %1 without --allow-remote")
                     .arg(c->host);
        return false;
    }
    return true;
}

bool readSecretsFromStdin(CliConfig* c, QTextStream& in, QString* error) {
    if (c->skFromStdin) {
        c->options.sk = in.readLine();
        c->skSource = QStringLiteral("stdin");
        if (c->options.sk.isEmpty()) {
            *error = QStringLiteral("--sk-stdin: no SK on the first line of stdin");
            return false;
        }
    }
    if (c->iamPasswordFromStdin) {
        c->options.iamPassword = in.readLine();
        c->iamPasswordSource = QStringLiteral("stdin");
        if (c->options.iamPassword.isEmpty()) {
            *error = QStringLiteral("--iam-password-stdin: no password on stdin");
            return false;
        }
    }
    return true;
}

void hideSecretArguments(int argc, char** argv) {
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--sk") == 0 || std::strcmp(argv[i], "--iam-password") == 0) {
            for (char* p = argv[i + 1]; *p; ++p)
                *p = '*';
        }
    }
}

} // namespace dbss::sandbox
