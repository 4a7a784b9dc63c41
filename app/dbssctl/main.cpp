// dbssctl: the command line over models/api (its command line is a contract: docs/dbssctl.md).

#include "app/dbssctl/Args.h"
#include "app/dbssctl/Commands.h"
#include "app/dbssctl/Session.h"

#include <DbssVersion.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace dbss::ctl;

namespace {

// The longest command path that prefixes the words; nullptr when none does.
const Command* findCommand(const QStringList& words) {
    const Command* best = nullptr;
    for (const Command& c : allCommands()) {
        if (c.path.size() <= words.size() && words.mid(0, c.path.size()) == c.path &&
            (!best || c.path.size() > best->path.size()))
            best = &c;
    }
    return best;
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    // Alone only: "databases add --version 8" is the database's version.
    if (arguments == QStringList{QStringLiteral("--version")}) {
        out << "dbssctl " << DBSS_VERSION << '\n';
        return ExitOk;
    }
    QString error;
    std::optional<Args> args = Args::parse(arguments, &error);
    if (!args) {
        err << "dbssctl: " << error << '\n'
            << QCoreApplication::translate("dbssctl", "Try 'dbssctl --help'.") << '\n';
        return ExitUsage;
    }
    if (args->global.help || args->words.isEmpty()) {
        (args->global.help ? out : err) << usageText();
        return args->global.help ? ExitOk : ExitUsage;
    }
    const Command* command = findCommand(args->words);
    if (!command) {
        err << QCoreApplication::translate("dbssctl", "dbssctl: unknown command '%1'")
                   .arg(args->words.join(QLatin1Char(' ')))
            << '\n'
            << QCoreApplication::translate("dbssctl", "Try 'dbssctl --help'.") << '\n';
        return ExitUsage;
    }
    Session session(*args, out, err);
    for (auto it = args->options.cbegin(); it != args->options.cend(); ++it) {
        if (!command->options.contains(it.key()))
            return session.usage(QCoreApplication::translate("dbssctl", "'%1' does not take %2")
                                     .arg(command->path.join(QLatin1Char(' ')), it.key()));
    }
    for (const QString& flag : args->flags) {
        if (!command->options.contains(flag))
            return session.usage(QCoreApplication::translate("dbssctl", "'%1' does not take %2")
                                     .arg(command->path.join(QLatin1Char(' ')), flag));
    }
    const QStringList positional = args->words.mid(command->path.size());
    if (command->positionals >= 0 && positional.size() != command->positionals)
        return session.usage(QCoreApplication::translate("dbssctl", "usage: dbssctl %1 %2")
                                 .arg(command->path.join(QLatin1Char(' ')), command->synopsis));
    if (command->needsClient && !session.connect())
        return session.connectExitCode();
    return command->run(session, positional);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    // The library's debug log would mix with the output; --verbose prints the redacted log itself.
    QLoggingCategory::setFilterRules(QStringLiteral("dbss.*.debug=false"));
    QCoreApplication::setApplicationName(QStringLiteral("dbssctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("dbss-console"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
