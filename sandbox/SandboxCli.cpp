#include "sandbox/SandboxCli.h"

#include <QRegularExpression>

namespace dbss::sandbox {

QString usageText() {
    return QStringLiteral(
        "usage: dbss-sandbox [--listen HOST:PORT] [--allow-remote] [--ak AK --sk SK]\n"
        "                    [--project-id ID] [--region CODE]\n"
        "                    [--iam-user U --iam-password P --iam-domain D]\n"
        "                    [--state FILE] [--seed N]\n"
        "                    [--latency MS] [--fail-rate P] [--fail-status CODE] [--reset-rate P]\n"
        "                    [--lost-write-rate P] [--fault-seed N] [--token-lifetime S] [--tls]\n"
        "                    [--tls-cert-out FILE] [--version]\n"
        "Emulates the documented DBSS, IAM, DRS and DAS APIs. Default --listen 127.0.0.1:0;\n"
        "the first stdout line is \"listening on http://HOST:PORT\".\n");
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
                                        QStringLiteral("--tls-cert-out")};
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
            skGiven = true;
        } else if (arg == QLatin1String("--project-id")) {
            o.projectId = value;
        } else if (arg == QLatin1String("--region")) {
            o.region = value;
        } else if (arg == QLatin1String("--iam-user")) {
            o.iamUser = value;
        } else if (arg == QLatin1String("--iam-password")) {
            o.iamPassword = value;
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
        } else if (arg == QLatin1String("--tls-cert-out")) {
            c->tlsCertOut = value;
        } else if (arg == QLatin1String("--token-lifetime")) {
            if (!toInt(arg, value, 1, 10LL * 24 * 3600, &n, error))
                return false;
            c->tokenLifetimeSeconds = n;
        } else {
            *error = QStringLiteral("unknown option '%1'").arg(arg);
            return false;
        }
    }
    if (!c->tlsCertOut.isEmpty() && !o.tls) {
        *error = QStringLiteral("--tls-cert-out needs --tls");
        return false;
    }
    if (akGiven != skGiven) {
        *error = QStringLiteral("--ak and --sk go together");
        return false;
    }
    if (o.ak.isEmpty() || o.sk.isEmpty() || o.projectId.isEmpty() || o.region.isEmpty()) {
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

} // namespace dbss::sandbox
