// --seed N: a larger deterministic account (declared in DemoData.h).
#include "sandbox/store/DemoData.h"

#include "sandbox/store/InstanceFactory.h"
#include "sandbox/store/Store.h"

#include <QRandomGenerator>

namespace dbss::sandbox {

namespace {

const char* const kStatuses[] = {"ACTIVE", "ACTIVE", "ACTIVE", "SHUTOFF",
                                 "ACTIVE", "BUILD",  "ERROR",  "FROZEN"};
const char* const kTeams[] = {"prod", "prod", "test", "dev", "staging", "dr", "analytics", "legacy"};

struct DbKind {
    const char* type;
    const char* version;
    int port;
    const char* os;
};
const DbKind kKinds[] = {
    {"MYSQL", "8.0", 3306, "LINUX64"},
    {"POSTGRESQL", "14", 5432, "LINUX64"},
    {"ORACLE", "19c", 1521, "LINUX64"},
    {"SQLSERVER", "2019", 1433, "WINDOWS64"},
    {"GAUSSDBOPENGAUSS", "3.2", 8000, "LINUX64"},
    {"DAMENG", "8.1", 5236, "LINUX64"},
    {"MONGODB", "6.0", 27017, "LINUX64"},
    {"KINGBASE", "V8R6", 54321, "LINUX64"},
};

const char* const kLogActions[][3] = {
    {"Database list", "Create", "Create a database."},
    {"Database list", "Update", "Open the audit agent."},
    {"Database list", "Update", "Close the audit agent."},
    {"Rules -> Risk rules", "Update", "Enable a risk rule."},
    {"Rules -> Risk rules", "Update", "Disable a risk rule."},
    {"Rules -> Audit scope", "Create", "Add an audit scope."},
    {"Report", "DOWNLOAD", "Download an audit report."},
    {"Database list", "Delete", "Delete an audited database."},
};

} // namespace

ProjectData seededProject(const QString& projectId, const QString& region, const QString& user, int rows) {
    QRandomGenerator rng(quint32(rows) * 2654435761u + 17u);
    ProjectData p;
    p.projectId = projectId;
    p.auditQuota = 50;
    const int instanceCount = qBound(3, rows / 200, 500);
    const QString vpc = deterministicUuid(projectId + QStringLiteral("/vpc"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 nowSecs = now.toSecsSinceEpoch();
    const QString users[] = {user, QStringLiteral("dba-ops"), QStringLiteral("auditor")};

    for (int i = 0; i < instanceCount; ++i) {
        InstanceSpec spec;
        spec.name =
            QStringLiteral("%1-audit-%2").arg(QLatin1String(kTeams[i % 8])).arg(i + 1, 3, 10, QChar(u'0'));
        spec.status = QLatin1String(kStatuses[i % 8]);
        spec.chargeModel = i % 3 == 2 ? QStringLiteral("Demand") : QStringLiteral("Period");
        spec.level = QLatin1String(editions().at(int(rng.bounded(3)))->level);
        spec.zoneIndex = i % 3;
        spec.connectIp = QStringLiteral("192.168.%1.%2").arg(i / 250).arg(10 + i % 240);
        spec.created = now.addDays(-qint64(rng.bounded(700)));
        spec.vpcId = vpc;
        spec.subnetId = deterministicUuid(projectId + QStringLiteral("/subnet/%1").arg(i % 4));
        spec.securityGroupId = deterministicUuid(projectId + QStringLiteral("/sg/%1").arg(i % 5));
        InstanceRecord r = makeInstance(p, region, spec);
        const int dbCount = int(rng.bounded(r.bean.value(QStringLiteral("database_limit")).toInt() + 1));
        for (int d = 0; d < dbCount; ++d) {
            const DbKind& k = kKinds[rng.bounded(8)];
            DatabaseSpec s;
            s.name = QStringLiteral("db%1_%2").arg(i + 1).arg(d + 1);
            s.type = QLatin1String(k.type);
            s.version = QLatin1String(k.version);
            s.port = k.port;
            s.os = QLatin1String(k.os);
            s.ip = QStringLiteral("10.%1.%2.%3").arg(i / 250).arg(i % 250).arg(20 + d);
            s.status = rng.bounded(4) == 0 ? QStringLiteral("OFF") : QStringLiteral("ON");
            s.auditStatus =
                spec.status == QLatin1String("ACTIVE") ? QStringLiteral("ACTIVE") : QStringLiteral("SHUTOFF");
            addDatabase(p, r, s);
        }
        p.tags[r.resourceId()].push_back({{QStringLiteral("key"), QStringLiteral("env")},
                                          {QStringLiteral("value"), QLatin1String(kTeams[i % 8])}});
        p.instances.push_back(std::move(r));
    }
    addRdsCandidates(p);
    // Rows spread over the last 30 days, oldest first in each instance.
    std::vector<std::vector<qint64>> ages(static_cast<size_t>(instanceCount));
    for (int n = 0; n < rows; ++n)
        ages[size_t(n % instanceCount)].push_back(qint64(rng.bounded(30 * 24 * 3600)));
    for (int i = 0; i < instanceCount; ++i) {
        auto& list = ages[size_t(i)];
        std::sort(list.begin(), list.end(), std::greater<>());
        InstanceRecord& r = p.instances[size_t(i)];
        const QString dbName = QStringLiteral("db%1_1").arg(i + 1);
        for (qint64 age : list) {
            const auto& a = kLogActions[rng.bounded(8)];
            const QString& who = users[rng.bounded(3)];
            r.operateLog.append({Store::newId(p), who, nowSecs - age, QLatin1String(a[0]),
                                 QLatin1String(a[1]), dbName, QLatin1String(a[2]),
                                 rng.bounded(20) == 0 ? QStringLiteral("fail") : QStringLiteral("success")});
        }
    }
    return p;
}

} // namespace dbss::sandbox
