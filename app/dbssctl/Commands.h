#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace dbss::ctl {

class Session;

// One `dbssctl <area> <verb...>` command.
struct Command {
    QStringList path;    // {"rules", "risk", "list"}
    QString synopsis;    // the options, for --help
    QStringList options; // command options it accepts ("--instance", "--on", ...)
    int positionals = 0; // positional arguments after the path (-1: any number)
    bool needsClient = true;
    std::function<int(Session&, const QStringList& positional)> run;
};

// One list per area file (Cmd*.cpp); allCommands() joins them.
QList<Command> instanceCommands();
QList<Command> accountCommands();
QList<Command> databaseCommands();
QList<Command> agentCommands();
QList<Command> ruleCommands();
QList<Command> oplogCommands();
QList<Command> tagCommands();
QList<Command> connectionCommands();
QList<Command> profileCommands();
QList<Command> fleetCommands();
const QList<Command>& allCommands();

QString usageText();

} // namespace dbss::ctl
