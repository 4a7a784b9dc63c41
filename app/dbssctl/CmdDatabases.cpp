// databases list | add | rds-candidates | add-rds | switch | delete

#include "app/dbssctl/CmdSupport.h"
#include "app/dbssctl/Commands.h"
#include "models/api/Databases.h"

#include <QHostAddress>

namespace dbss::ctl {

namespace {

const QStringList kTypes{"MYSQL",   "ORACLE",   "POSTGRESQL",       "SQLSERVER", "DAMENG", "TAURUS",
                         "DWS",     "KINGBASE", "GAUSSDBOPENGAUSS", "GREENPLUM", "HIGHGO", "SHENTONG",
                         "GBASE8A", "GBASE8S",  "GBASEXDM",         "MONGODB",   "DDS"};

std::optional<QList<api::AuditDatabase>> allDatabases(Session& s, const QString& instance,
                                                      const QString& status, int* code) {
    return fetchAllOffset<api::ListAuditDatabasesResponse, api::AuditDatabase>(
        s, [&](int offset, int limit) { return api::listAuditDatabases(instance, status, offset, limit); },
        &api::ListAuditDatabasesResponse::databases, &api::ListAuditDatabasesResponse::total, code);
}

std::optional<api::AuditDatabase> findDatabase(Session& s, const QString& instance, const QString& id) {
    int code = 0;
    const auto list = allDatabases(s, instance, {}, &code);
    if (!list)
        return std::nullopt;
    for (const api::AuditDatabase& d : *list)
        if (d.id == id)
            return d;
    return api::AuditDatabase{}; // absent: empty id
}

int list(Session& s, const QStringList&) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    if (!instance)
        return code;
    const QString status = s.args().value(QStringLiteral("--status")).toUpper();
    if (!status.isEmpty() && status != QLatin1String("ON") && status != QLatin1String("OFF"))
        return s.usage(ctlTr("--status is ON or OFF"));
    const auto dbs = allDatabases(s, *instance, status, &code);
    if (!dbs)
        return code;
    Listing out;
    out.headers = {ctlTr("ID"),   ctlTr("Name"), ctlTr("Type"),  ctlTr("Version"), ctlTr("IP"),
                   ctlTr("Port"), ctlTr("OS"),   ctlTr("Audit"), ctlTr("Running"), ctlTr("Classification")};
    for (const api::AuditDatabase& d : *dbs) {
        out.rows.append({d.id, d.name, d.type, d.version, d.ip, d.port, d.os, d.status, d.auditStatus,
                         d.dbClassification});
        out.objects.append(d.raw);
    }
    return printListing(s, out);
}

int add(Session& s, const QStringList&) {
    int code = 0;
    api::NewDatabase db;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    if (!instance)
        return code;
    for (const auto& [option, field] :
         {std::pair{"--type", &db.type}, std::pair{"--name", &db.name}, std::pair{"--version", &db.version},
          std::pair{"--charset", &db.charset}, std::pair{"--ip", &db.ip}, std::pair{"--port", &db.port},
          std::pair{"--os", &db.os}}) {
        const auto v = requiredOption(s, QLatin1String(option), &code);
        if (!v)
            return code;
        *field = *v;
    }
    db.type = db.type.toUpper();
    db.charset = db.charset.toUpper();
    db.os = db.os.toUpper();
    db.dbClassification = s.args().value(QStringLiteral("--classification")).toUpper();
    if (db.dbClassification.isEmpty())
        db.dbClassification = QStringLiteral("ECS");
    db.instanceName = s.args().value(QStringLiteral("--instance-name"));
    bool ok = false;
    const int port = db.port.toInt(&ok);
    if (!kTypes.contains(db.type))
        return s.usage(ctlTr("--type must be one of %1").arg(kTypes.join(QLatin1Char(','))));
    if (db.charset != QLatin1String("UTF8") && db.charset != QLatin1String("GBK"))
        return s.usage(ctlTr("--charset is UTF8 or GBK"));
    if (!QStringList{"LINUX64", "WINDOWS64", "UNIX"}.contains(db.os))
        return s.usage(ctlTr("--os is LINUX64, WINDOWS64 or UNIX"));
    if (db.dbClassification != QLatin1String("ECS") && db.dbClassification != QLatin1String("RDS"))
        return s.usage(ctlTr("--classification is ECS or RDS"));
    if (!ok || port < 1 || port > 65535)
        return s.usage(ctlTr("--port must be 1-65535, not '%1'").arg(db.port));
    if (QHostAddress(db.ip).isNull())
        return s.usage(ctlTr("--ip must be an IP address, not '%1'").arg(db.ip));

    const auto reply = s.send(api::addAuditDatabase(*instance, db));
    api::AddDatabaseResponse added;
    api::ApiError error;
    if (api::parseReply(*reply, &added, &error)) {
        if (s.args().global.format == Format::Json)
            return printObject(s, added.raw);
        s.out() << ctlTr("database added: %1").arg(added.id) << '\n';
        s.out().flush();
        return ExitOk;
    }
    if (!error.outcomeUnknown())
        return s.fail(error);
    // The answer was lost: look for the database instead of adding it twice.
    s.err() << "dbssctl: " << error.userMessage() << '\n'
            << ctlTr("dbssctl: the answer was lost; reading the databases to see whether it was added")
            << '\n';
    const auto dbs = allDatabases(s, *instance, {}, &code);
    if (dbs) {
        for (const api::AuditDatabase& d : *dbs) {
            if (d.name == db.name && d.ip == db.ip && d.port == db.port) {
                s.out() << ctlTr("database added: %1").arg(d.id) << ' '
                        << ctlTr("(verified after a lost answer)") << '\n';
                return ExitOk;
            }
        }
        s.err() << ctlTr("dbssctl: the change was NOT applied") << '\n';
    }
    return exitCodeFor(error); // 4 after a lost answer, 3 after an unreadable one
}

std::optional<QList<api::RdsDatabase>> allRds(Session& s, const QString& type, int* code) {
    return fetchAllOffset<api::ListRdsDatabasesResponse, api::RdsDatabase>(
        s, [&](int offset, int limit) { return api::listRdsDatabases(type, offset, limit); },
        &api::ListRdsDatabasesResponse::databases, &api::ListRdsDatabasesResponse::totalCount, code);
}

int rdsCandidates(Session& s, const QStringList&) {
    int code = 0;
    if (!requiredOption(s, QStringLiteral("--instance"), &code))
        return code;
    const auto list = allRds(s, s.args().value(QStringLiteral("--type")).toUpper(), &code);
    if (!list)
        return code;
    Listing out;
    out.headers = {ctlTr("ID"), ctlTr("Database"), ctlTr("Instance"), ctlTr("Type"),     ctlTr("Version"),
                   ctlTr("IP"), ctlTr("Port"),     ctlTr("Status"),   ctlTr("Supported")};
    for (const api::RdsDatabase& d : *list) {
        out.rows.append({d.id, d.dbName, d.instanceName, d.type, d.version, d.ip, d.port, d.status,
                         d.isSupported ? ctlTr("yes") : ctlTr("no")});
        out.objects.append(d.raw);
    }
    return printListing(s, out);
}

int addRds(Session& s, const QStringList&) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    if (!instance)
        return code;
    const QStringList ids = s.args().list(QStringLiteral("--db"));
    if (ids.isEmpty())
        return s.usage(ctlTr("'databases add-rds' needs --db ID[,ID]"));
    // The add call needs each database's description: take it from the candidate list.
    const auto candidates = allRds(s, {}, &code);
    if (!candidates)
        return code;
    QList<api::RdsDatabase> chosen;
    for (const QString& id : ids) {
        const auto it = std::find_if(candidates->cbegin(), candidates->cend(),
                                     [&](const api::RdsDatabase& d) { return d.id == id; });
        if (it == candidates->cend())
            return s.usage(ctlTr("no RDS database '%1' (see 'databases rds-candidates')").arg(id));
        chosen.append(*it);
    }
    const auto r = s.fetch<api::AddRdsDatabasesResponse>(api::addRdsDatabases(*instance, chosen), &code);
    if (!r)
        return code;
    if (s.args().global.format == Format::Json)
        return printObject(s, r->raw);
    s.out() << ctlTr("added: %1").arg(r->legalDbIds.join(QLatin1Char(','))) << '\n';
    if (!r->illegalDbIds.isEmpty()) {
        s.err() << ctlTr("dbssctl: refused: %1").arg(r->illegalDbIds.join(QLatin1Char(','))) << '\n';
        return ExitApi;
    }
    return ExitOk;
}

int switchDb(Session& s, const QStringList&) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    const auto db = instance ? requiredOption(s, QStringLiteral("--db"), &code) : std::nullopt;
    const auto on = db ? onOffFlag(s, &code) : std::nullopt;
    if (!on)
        return code;
    const QString state = *on ? QStringLiteral("ON") : QStringLiteral("OFF");
    return runWrite(s, api::switchAuditDatabase(*instance, *db, *on),
                    ctlTr("audit of database %1 switched %2").arg(*db, state), [&]() -> std::optional<bool> {
                        const auto d = findDatabase(s, *instance, *db);
                        return d ? std::optional<bool>(d->status == state) : std::nullopt;
                    });
}

int remove(Session& s, const QStringList&) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    const auto db = instance ? requiredOption(s, QStringLiteral("--db"), &code) : std::nullopt;
    if (!db)
        return code;
    return runWrite(s, api::deleteAuditDatabase(*instance, *db), ctlTr("database %1 deleted").arg(*db),
                    [&]() -> std::optional<bool> {
                        const auto d = findDatabase(s, *instance, *db);
                        return d ? std::optional<bool>(d->id.isEmpty()) : std::nullopt;
                    });
}

} // namespace

QList<Command> databaseCommands() {
    const QString i = QStringLiteral("--instance");
    return {
        {{"databases", "list"},
         QStringLiteral("--instance ID [--status ON|OFF]"),
         {i, "--status"},
         0,
         true,
         list},
        {{"databases", "add"},
         QStringLiteral("--instance ID --type T --name N --version V --charset C --ip IP --port P --os OS "
                        "[--classification ECS|RDS] [--instance-name X]"),
         {i, "--type", "--name", "--version", "--charset", "--ip", "--port", "--os", "--classification",
          "--instance-name"},
         0,
         true,
         add},
        {{"databases", "rds-candidates"},
         QStringLiteral("--instance ID [--type T]"),
         {i, "--type"},
         0,
         true,
         rdsCandidates},
        {{"databases", "add-rds"},
         QStringLiteral("--instance ID --db ID[,ID]"),
         {i, "--db"},
         0,
         true,
         addRds},
        {{"databases", "switch"},
         QStringLiteral("--instance ID --db ID --on|--off"),
         {i, "--db", "--on", "--off"},
         0,
         true,
         switchDb},
        {{"databases", "delete"}, QStringLiteral("--instance ID --db ID"), {i, "--db"}, 0, true, remove},
    };
}

} // namespace dbss::ctl
