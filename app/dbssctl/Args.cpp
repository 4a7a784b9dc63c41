#include "app/dbssctl/Args.h"

#include <QCoreApplication>

namespace dbss::ctl {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("dbssctl", text);
}

const QSet<QString>& globalValueOptions() {
    static const QSet<QString> names{QStringLiteral("--profile"),
                                     QStringLiteral("--endpoint"),
                                     QStringLiteral("--ak"),
                                     QStringLiteral("--sk"),
                                     QStringLiteral("--security-token"),
                                     QStringLiteral("--iam-user"),
                                     QStringLiteral("--iam-domain"),
                                     QStringLiteral("--project-id"),
                                     QStringLiteral("--region"),
                                     QStringLiteral("--timeout"),
                                     QStringLiteral("--pin-cert"),
                                     QStringLiteral("--deadline"),
                                     QStringLiteral("--max-response-mb"),
                                     QStringLiteral("--proxy"),
                                     QStringLiteral("--ca-file")};
    return names;
}

const QSet<QString>& flagNames() {
    static const QSet<QString> names{QStringLiteral("--json"),
                                     QStringLiteral("--csv"),
                                     QStringLiteral("--verbose"),
                                     QStringLiteral("--help"),
                                     QStringLiteral("--iam-password-stdin"),
                                     QStringLiteral("--sk-stdin"),
                                     QStringLiteral("--on"),
                                     QStringLiteral("--off"),
                                     QStringLiteral("--password-stdin"),
                                     QStringLiteral("--ssl"),
                                     QStringLiteral("--auto-renew"),
                                     QStringLiteral("--save-password"),
                                     QStringLiteral("--sql-record"),
                                     QStringLiteral("--without-any-tag"),
                                     QStringLiteral("--all-profiles")};
    return names;
}

bool applyGlobal(GlobalOptions& g, const QString& name, const QString& value, QString* error) {
    if (name == QLatin1String("--profile"))
        g.profile = value;
    else if (name == QLatin1String("--endpoint"))
        g.endpoint = value;
    else if (name == QLatin1String("--ak"))
        g.ak = value;
    else if (name == QLatin1String("--sk"))
        g.sk = value;
    else if (name == QLatin1String("--security-token"))
        g.securityToken = value;
    else if (name == QLatin1String("--iam-user"))
        g.iamUser = value;
    else if (name == QLatin1String("--iam-domain"))
        g.iamDomain = value;
    else if (name == QLatin1String("--project-id"))
        g.projectId = value;
    else if (name == QLatin1String("--region"))
        g.region = value;
    else if (name == QLatin1String("--pin-cert"))
        g.pinCert = value;
    else if (name == QLatin1String("--proxy"))
        g.proxy = value;
    else if (name == QLatin1String("--ca-file"))
        g.caFile = value;
    else if (name == QLatin1String("--timeout") || name == QLatin1String("--deadline") ||
             name == QLatin1String("--max-response-mb")) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n <= 0 || n > 1000000) {
            *error = name == QLatin1String("--max-response-mb")
                         ? tr("%1 needs a positive number of MiB, not '%2'").arg(name, value)
                         : tr("%1 needs a positive number of seconds, not '%2'").arg(name, value);
            return false;
        }
        (name == QLatin1String("--timeout")    ? g.timeoutSeconds
         : name == QLatin1String("--deadline") ? g.deadlineSeconds
                                               : g.maxResponseMb) = n;
    }
    return true;
}

} // namespace

bool isFlagOption(const QString& name) {
    return flagNames().contains(name);
}

QString Args::value(const QString& name) const {
    const QStringList values = options.value(name);
    return values.isEmpty() ? QString() : values.constLast();
}

QStringList Args::list(const QString& name) const {
    QStringList out;
    for (const QString& v : options.value(name)) {
        for (const QString& part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

std::optional<Args> Args::parse(const QStringList& arguments, QString* error) {
    Args args;
    bool onlyWords = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (onlyWords || !arg.startsWith(QLatin1String("--"))) {
            args.words << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyWords = true;
            continue;
        }
        QString name = arg;
        std::optional<QString> inlineValue;
        if (const qsizetype eq = arg.indexOf(QLatin1Char('=')); eq > 2) {
            name = arg.left(eq);
            inlineValue = arg.mid(eq + 1);
        }
        if (isFlagOption(name)) {
            if (inlineValue) {
                *error = tr("option %1 takes no value").arg(name);
                return std::nullopt;
            }
            if (name == QLatin1String("--json") || name == QLatin1String("--csv")) {
                const Format f = name == QLatin1String("--json") ? Format::Json : Format::Csv;
                if (args.global.format != Format::Table && args.global.format != f) {
                    *error = tr("--json and --csv cannot be combined");
                    return std::nullopt;
                }
                args.global.format = f;
            } else if (name == QLatin1String("--verbose")) {
                args.global.verbose = true;
            } else if (name == QLatin1String("--help")) {
                args.global.help = true;
            } else if (name == QLatin1String("--iam-password-stdin")) {
                args.global.iamPasswordStdin = true;
            } else if (name == QLatin1String("--sk-stdin")) {
                args.global.skStdin = true;
            } else {
                args.flags.insert(name);
            }
            continue;
        }
        QString value;
        if (inlineValue) {
            value = *inlineValue;
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            *error = tr("option %1 needs a value").arg(name);
            return std::nullopt;
        }
        if (globalValueOptions().contains(name)) {
            if (!applyGlobal(args.global, name, value, error))
                return std::nullopt;
        } else {
            args.options[name].append(value);
        }
    }
    // Standard input holds one secret only.
    if (args.global.skStdin &&
        (args.global.iamPasswordStdin || args.flags.contains(QStringLiteral("--password-stdin")))) {
        *error = tr("--sk-stdin cannot be combined with another option reading standard input");
        return std::nullopt;
    }
    if (args.global.skStdin && !args.global.sk.isEmpty()) {
        *error = tr("--sk and --sk-stdin cannot be combined");
        return std::nullopt;
    }
    if (args.flags.contains(QStringLiteral("--on")) && args.flags.contains(QStringLiteral("--off"))) {
        *error = tr("--on and --off cannot be combined");
        return std::nullopt;
    }
    return args;
}

} // namespace dbss::ctl
