#pragma once

#include "sandbox/store/ProjectData.h"

#include <QDateTime>

namespace dbss::sandbox {

// Edition of an instance: the three ECS specifications of 001 3.1.4.
struct Edition {
    const char* level;    // low | medium | high
    const char* ecsSpec;  // s2.xlarge.4 ...
    const char* specCode; // resource_spec_code
    const char* label;    // specification, as the 3.2.1 example ("Low | 3 Proxy")
    int cpu;
    int ram;
    int proxy; // also the database limit
};
const Edition* editionByLevel(const QString& level);
const Edition* editionBySpec(const QString& ecsSpec); // by specification id, e.g. s2.xlarge.4
QList<const Edition*> editions();

struct InstanceSpec {
    QString name;
    QString status = QStringLiteral("ACTIVE");
    QString task = QStringLiteral("NO_TASK");
    QString chargeModel = QStringLiteral("Period"); // Period | Demand
    QString level = QStringLiteral("low");
    int zoneIndex = 0; // 0 -> <region>a
    QString connectIp;
    QString version = QStringLiteral("23.09.18.102311");
    QString comment;
    QDateTime created;    // UTC
    int periodDays = 365; // Period only
    QString vpcId;
    QString subnetId;
    QString securityGroupId;
};

QString zoneName(const QString& region, int index); // cn-north-4a, cn-north-4b, ...
QString deterministicUuid(const QString& name);
InstanceRecord makeInstance(ProjectData& project, const QString& region, const InstanceSpec& spec);

// Creation job (001 3.2.2 JobBean). A job with `advances` walks INIT -> RUNNING -> SUCCESS as
// time passes (kJobInitMs, kJobDoneMs) and then turns its BUILD instance ACTIVE; keys starting
// with '_' are the sandbox's own and never sent.
constexpr qint64 kJobInitMs = 1000;
constexpr qint64 kJobDoneMs = 4000;
QJsonObject makeJob(ProjectData& project, const InstanceRecord& instance, qint64 beginMs,
                    const QString& status, bool advances);
bool advanceJobs(ProjectData& project, qint64 nowMs); // true when something changed
QJsonObject publicView(const QJsonObject& row);       // without the '_' keys

struct DatabaseSpec {
    QString name;
    QString type = QStringLiteral("MYSQL");
    QString version = QStringLiteral("8.0");
    QString charset = QStringLiteral("UTF8");
    QString ip;
    int port = 3306;
    QString os = QStringLiteral("LINUX64");
    QString status = QStringLiteral("ON"); // audit switch
    QString auditStatus = QStringLiteral("ACTIVE");
    QString classification = QStringLiteral("ECS");
    QString instanceName;
    QString rdsId;
};

// Adds the database and, for ECS databases, its agent; returns the database row.
QJsonObject addDatabase(ProjectData& project, InstanceRecord& instance, const DatabaseSpec& spec);

} // namespace dbss::sandbox
