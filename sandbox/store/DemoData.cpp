#include "sandbox/store/DemoData.h"

#include "sandbox/store/InstanceFactory.h"
#include "sandbox/store/Store.h"

namespace dbss::sandbox {

namespace {

QDateTime daysAgo(int days) {
    // Whole days at a fixed time of day: realistic, and stable within a day.
    const QDateTime today(QDate::currentDate(), QTime(2, 15, 41), Qt::UTC);
    return today.addDays(-days);
}

void addTag(ProjectData& p, const InstanceRecord& r, const QString& key, const QString& value) {
    p.tags[r.resourceId()].push_back({{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
}

} // namespace

void addRdsCandidates(ProjectData& p) {
    struct Candidate {
        const char* name;
        const char* ip;
        const char* type;
        const char* version;
        int port;
    };
    const Candidate list[] = {
        {"rds-orders-prod", "192.168.0.119", "MySQL", "8.0", 3306},
        {"rds-billing-prod", "192.168.0.92", "MySQL", "5.7", 3306},
        {"rds-analytics", "192.168.1.45", "PostgreSQL", "14", 5432},
        {"rds-crm-sqlserver", "192.168.1.77", "SQLServer", "2019_SE", 1433},
    };
    for (const Candidate& c : list) {
        // RDS instance ids end in "in01" like the 3.3.2 example.
        const QString id = Store::newId(p).toLower().remove(u'-').remove(u'_') + QStringLiteral("in01");
        p.rdsCandidates.push_back({{QStringLiteral("id"), id},
                                   {QStringLiteral("db_name"), QLatin1String(c.name)},
                                   {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                                   {QStringLiteral("port"), QString::number(c.port)},
                                   {QStringLiteral("ip"), QLatin1String(c.ip)},
                                   {QStringLiteral("instance_name"), QLatin1String(c.name)},
                                   {QStringLiteral("version"), QLatin1String(c.version)},
                                   {QStringLiteral("type"), QLatin1String(c.type)},
                                   {QStringLiteral("enterprise_id"), QStringLiteral("0")},
                                   {QStringLiteral("enterprise_name"), QStringLiteral("default")}});
    }
}

ProjectData demoProject(const QString& projectId, const QString& region, const QString& user) {
    ProjectData p;
    p.projectId = projectId;
    const QString vpc = deterministicUuid(projectId + QStringLiteral("/vpc"));
    const QString subnet = deterministicUuid(projectId + QStringLiteral("/subnet"));
    const QString sg = deterministicUuid(projectId + QStringLiteral("/sg-default"));

    struct Demo {
        const char* name;
        const char* status;
        const char* task;
        const char* charge;
        const char* level;
        const char* ip;
        const char* version;
        const char* comment;
        int age;
        int zone;
    };
    const Demo demos[] = {
        {"prod-audit-01", "ACTIVE", "NO_TASK", "Period", "medium", "192.168.0.229", "23.09.18.102311",
         "Production OLTP audit", 210, 0},
        {"prod-audit-02", "ACTIVE", "NO_TASK", "Period", "high", "192.168.0.231", "23.09.18.102311",
         "Core banking cluster", 120, 1},
        {"test-audit-01", "SHUTOFF", "NO_TASK", "Demand", "low", "192.168.10.15", "22.11.07.171503",
         "Stopped outside test cycles", 60, 0},
        {"dev-audit-03", "BUILD", "NO_TASK", "Demand", "low", "192.168.20.8", "23.09.18.102311", "", 0, 2},
        {"legacy-audit-02", "ERROR", "NO_TASK", "Period", "low", "192.168.30.4", "21.04.16.164614",
         "Failed during upgrade", 400, 1},
        // A yearly instance whose period ran out 15 days ago: frozen until renewed.
        {"archive-audit-04", "FROZEN", "NO_TASK", "Period", "low", "192.168.40.6", "22.11.07.171503",
         "Cold archive, renewal pending", 380, 2},
    };
    for (const Demo& d : demos) {
        InstanceSpec spec;
        spec.name = QLatin1String(d.name);
        spec.status = QLatin1String(d.status);
        spec.task = QLatin1String(d.task);
        spec.chargeModel = QLatin1String(d.charge);
        spec.level = QLatin1String(d.level);
        spec.connectIp = QLatin1String(d.ip);
        spec.version = QLatin1String(d.version);
        spec.comment = QLatin1String(d.comment);
        spec.created = daysAgo(d.age);
        spec.zoneIndex = d.zone;
        spec.vpcId = vpc;
        spec.subnetId = subnet;
        spec.securityGroupId = sg;
        p.instances.push_back(makeInstance(p, region, spec));
    }

    auto db = [&](int instance, const char* name, const char* type, const char* version, const char* ip,
                  int port, const char* status, const char* classification = "ECS",
                  const char* os = "LINUX64") {
        DatabaseSpec s;
        s.name = QLatin1String(name);
        s.type = QLatin1String(type);
        s.version = QLatin1String(version);
        s.ip = QLatin1String(ip);
        s.port = port;
        s.status = QLatin1String(status);
        s.classification = QLatin1String(classification);
        s.os = QLatin1String(os);
        s.instanceName = s.classification == QLatin1String("RDS") ? s.name : QString();
        if (s.classification == QLatin1String("RDS"))
            s.rdsId = deterministicUuid(s.name).remove(u'-') + QStringLiteral("in01");
        InstanceRecord& r = p.instances[size_t(instance)];
        s.auditStatus = r.bean.value(QStringLiteral("status")).toString() == QLatin1String("ACTIVE")
                            ? QStringLiteral("ACTIVE")
                            : QStringLiteral("SHUTOFF");
        addDatabase(p, r, s);
    };
    db(0, "orders", "MYSQL", "8.0", "192.168.0.204", 3306, "ON");
    db(0, "customers", "POSTGRESQL", "14", "192.168.0.210", 5432, "ON");
    db(0, "rds-payments", "MYSQL", "5.7", "192.168.0.118", 3306, "ON", "RDS");
    db(1, "ledger", "ORACLE", "19c", "192.168.0.240", 1521, "ON");
    db(1, "risk-dw", "GAUSSDBOPENGAUSS", "3.2", "192.168.0.241", 8000, "OFF");
    db(1, "crm", "SQLSERVER", "2019", "192.168.0.242", 1433, "ON", "ECS", "WINDOWS64");
    db(2, "qa-mysql", "MYSQL", "5.7", "192.168.10.31", 3306, "OFF");
    db(4, "archive", "DAMENG", "8.1", "192.168.30.12", 5236, "OFF");
    db(5, "cold-archive", "MYSQL", "5.7", "192.168.40.21", 3306, "OFF");

    // The BUILD instance has a job that is still running (001 3.2.2).
    InstanceRecord& building = p.instances[3];
    building.job =
        makeJob(p, building, QDateTime::currentMSecsSinceEpoch() - 60000, QStringLiteral("RUNNING"), false);
    for (size_t i : {size_t(0), size_t(1), size_t(2), size_t(4), size_t(5)}) {
        InstanceRecord& r = p.instances[i];
        QDateTime created = QDateTime::fromString(r.bean.value(QStringLiteral("created")).toString(),
                                                  QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        created.setTimeSpec(Qt::UTC);
        const qint64 begin = created.toMSecsSinceEpoch();
        r.job = makeJob(p, r, begin, QStringLiteral("SUCCESS"), false);
    }

    addTag(p, p.instances[0], QStringLiteral("env"), QStringLiteral("production"));
    addTag(p, p.instances[0], QStringLiteral("owner"), QStringLiteral("dba-team"));
    addTag(p, p.instances[1], QStringLiteral("env"), QStringLiteral("production"));
    addTag(p, p.instances[1], QStringLiteral("cost-center"), QStringLiteral("cc-1042"));
    addTag(p, p.instances[2], QStringLiteral("env"), QStringLiteral("test"));
    addRdsCandidates(p);

    // A little history so the operation log is not empty.
    const char* actions[][4] = {
        {"Database list", "Create", "orders", "Create a database."},
        {"Database list", "Update", "orders", "Open the audit agent."},
        {"Rules -> Risk rules", "Update", "Privilege_Grant_Detection", "Disable a risk rule."},
        {"Database list", "Create", "customers", "Create a database."},
    };
    qint64 minutes = 60 * 24 * 5;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const auto& a : actions) {
        p.instances[0].operateLog.append({Store::newId(p), user, now - minutes * 60, QLatin1String(a[0]),
                                          QLatin1String(a[1]), QLatin1String(a[2]), QLatin1String(a[3])});
        minutes /= 3;
    }
    return p;
}

} // namespace dbss::sandbox
