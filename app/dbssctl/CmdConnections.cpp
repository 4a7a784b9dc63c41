// drs connection create ... | das connection create ...  (passwords only from standard input)

#include "app/dbssctl/CmdSupport.h"
#include "app/dbssctl/Commands.h"
#include "models/actions/DrsConnectionAction.h"
#include "models/api/Connections.h"

#include <QFile>
#include <QRegularExpression>

namespace dbss::ctl {

namespace {

std::optional<QString> passwordFromStdin(Session& s, int* code) {
    if (!s.args().flags.contains(QStringLiteral("--password-stdin"))) {
        *code = s.usage(ctlTr("the database password is read from standard input: give --password-stdin"));
        return std::nullopt;
    }
    if (s.args().global.iamPasswordStdin) {
        *code = s.usage(ctlTr("--password-stdin and --iam-password-stdin cannot both read standard input"));
        return std::nullopt;
    }
    return Session::readStdinLine();
}

bool validPort(const QString& port) {
    bool ok = false;
    const int p = port.toInt(&ok);
    return ok && p >= 1 && p <= 65535;
}

int drsCreate(Session& s, const QStringList&) {
    int code = 0;
    api::DrsConnectionRequest r;
    for (const auto& [option, field] :
         {std::pair{"--name", &r.name}, std::pair{"--db-type", &r.dbType}, std::pair{"--user", &r.dbUser}}) {
        const auto v = requiredOption(s, QLatin1String(option), &code);
        if (!v)
            return code;
        *field = *v;
    }
    static const QRegularExpression nameRule(QStringLiteral("^[A-Za-z0-9_-]{4,50}$"));
    if (!nameRule.match(r.name).hasMatch())
        return s.usage(ctlTr("--name: 4 to 50 letters, digits, '-' or '_'"));
    r.ip = s.args().value(QStringLiteral("--ip"));
    r.dbPort = s.args().value(QStringLiteral("--port"));
    if (!r.dbPort.isEmpty() && !validPort(r.dbPort))
        return s.usage(ctlTr("--port must be 1-65535"));
    r.description = s.args().value(QStringLiteral("--description"));
    r.instanceId = s.args().value(QStringLiteral("--instance-id"));
    r.dbName = s.args().value(QStringLiteral("--db-name"));
    r.enterpriseProjectId = s.args().value(QStringLiteral("--enterprise-project-id"));
    r.sslLink = s.args().flags.contains(QStringLiteral("--ssl"));
    // The rest of document 002's request, as in the console's form (values only, never secrets).
    r.endpointName = s.args().value(QStringLiteral("--endpoint-name"));
    r.instanceName = s.args().value(QStringLiteral("--instance-name"));
    r.endpointId = s.args().value(QStringLiteral("--endpoint-id"));
    r.sourceShards = s.args().list(QStringLiteral("--source-sharding"));
    r.driverName = s.args().value(QStringLiteral("--driver-name"));
    r.sslCertName = s.args().value(QStringLiteral("--ssl-cert-name"));
    r.sslCertCheckSum = s.args().value(QStringLiteral("--ssl-cert-check-sum"));
    r.vpcId = s.args().value(QStringLiteral("--vpc-id"));
    r.subnetId = s.args().value(QStringLiteral("--subnet-id"));
    r.securityGroupId = s.args().value(QStringLiteral("--security-group-id"));
    r.region = s.args().value(QStringLiteral("--db-region"));
    r.projectId = s.args().value(QStringLiteral("--db-project-id"));
    r.azCode = s.args().value(QStringLiteral("--az-code"));
    if (const QString path = s.args().value(QStringLiteral("--ssl-cert-file")); !path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return s.usage(ctlTr("--ssl-cert-file: cannot read %1: %2").arg(path, file.errorString()));
        r.sslCertKey = QString::fromLatin1(file.readAll().toBase64());
        if (r.sslCertName.isEmpty())
            r.sslCertName = path.section(QLatin1Char('/'), -1);
    }
    if (const QString path = s.args().value(QStringLiteral("--ssl-cert-password-file")); !path.isEmpty()) {
        QFile file(path); // a file, not an argument: arguments show in process lists
        if (!file.open(QIODevice::ReadOnly))
            return s.usage(
                ctlTr("--ssl-cert-password-file: cannot read %1: %2").arg(path, file.errorString()));
        r.sslCertPassword =
            QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    }
    if (r.endpointName.isEmpty())
        r.endpointName = r.dbType;
    if (r.ip.isEmpty() && r.instanceId.isEmpty())
        return s.usage(ctlTr("'drs connection create' needs --ip or --instance-id"));
    const auto password = passwordFromStdin(s, &code);
    if (!password)
        return code;
    r.dbPassword = *password;
    // The same checks as the console's form; the first problem, named by its request field.
    const api::FieldErrors errors = models::DrsConnectionAction::validate(r);
    if (!errors.isEmpty())
        return s.usage(QStringLiteral("%1: %2").arg(errors.first().field, errors.first().reason));
    const auto c = s.fetch<api::DrsConnection>(api::createDrsConnection(r), &code);
    if (!c)
        return code;
    if (s.args().global.format == Format::Json)
        return printObject(s, c->raw);
    s.out() << ctlTr("DRS connection created: %1").arg(c->connectionId) << '\n';
    return ExitOk;
}

int dasCreate(Session& s, const QStringList&) {
    int code = 0;
    api::DasConnectionRequest r;
    for (const auto& [option, field] :
         {std::pair{"--instance", &r.instanceId}, std::pair{"--engine", &r.engineType},
          std::pair{"--user", &r.username}}) {
        const auto v = requiredOption(s, QLatin1String(option), &code);
        if (!v)
            return code;
        *field = *v;
    }
    r.networkType = s.args().value(QStringLiteral("--network-type"));
    if (r.networkType.isEmpty())
        r.networkType = QStringLiteral("rds");
    const QString port = s.args().value(QStringLiteral("--port"));
    if (!port.isEmpty()) {
        if (!validPort(port))
            return s.usage(ctlTr("--port must be 1-65535"));
        r.port = port.toInt();
    }
    r.databaseName = s.args().value(QStringLiteral("--database"));
    r.remarks = s.args().value(QStringLiteral("--remarks"));
    r.nodeIds = s.args().list(QStringLiteral("--node-ids"));
    r.savePassword = s.args().flags.contains(QStringLiteral("--save-password"));
    r.sqlRecordSet = s.args().flags.contains(QStringLiteral("--sql-record"));
    r.sqlRecord = r.sqlRecordSet;
    const auto password = passwordFromStdin(s, &code);
    if (!password)
        return code;
    r.password = *password;
    const auto c = s.fetch<api::DasConnection>(api::createDasConnection(r), &code);
    if (!c)
        return code;
    if (s.args().global.format == Format::Json)
        return printObject(s, c->raw);
    s.out() << ctlTr("DAS connection created: %1").arg(c->connectionId) << '\n';
    return ExitOk;
}

} // namespace

QList<Command> connectionCommands() {
    return {
        {{"drs", "connection", "create"},
         QStringLiteral("--name N --db-type T --ip IP --port P --user U --password-stdin [--description D] "
                        "[--db-name D] [--instance-id ID] [--instance-name N] [--endpoint-name S] "
                        "[--endpoint-id ID] [--source-sharding H:P[,H:P]] [--driver-name D] "
                        "[--enterprise-project-id E] [--ssl [--ssl-cert-file F] [--ssl-cert-name N] "
                        "--ssl-cert-check-sum C [--ssl-cert-password-file F]] [--vpc-id V --subnet-id S "
                        "[--security-group-id G]] [--db-region R --db-project-id P [--az-code AZ]]"),
         {"--name",
          "--db-type",
          "--ip",
          "--port",
          "--user",
          "--password-stdin",
          "--description",
          "--db-name",
          "--instance-id",
          "--enterprise-project-id",
          "--ssl",
          "--instance-name",
          "--endpoint-name",
          "--endpoint-id",
          "--source-sharding",
          "--driver-name",
          "--ssl-cert-file",
          "--ssl-cert-name",
          "--ssl-cert-check-sum",
          "--ssl-cert-password-file",
          "--vpc-id",
          "--subnet-id",
          "--security-group-id",
          "--db-region",
          "--db-project-id",
          "--az-code"},
         0,
         true,
         drsCreate},
        {{"das", "connection", "create"},
         QStringLiteral("--instance ID --engine E --user U --password-stdin [--network-type T] [--port P] "
                        "[--database D] [--remarks R] [--node-ids A[,B]] [--save-password] [--sql-record]"),
         {"--instance", "--engine", "--user", "--password-stdin", "--network-type", "--port", "--database",
          "--remarks", "--node-ids", "--save-password", "--sql-record"},
         0,
         true,
         dasCreate},
    };
}

} // namespace dbss::ctl
