#include "sandbox/store/InstanceFactory.h"

#include "sandbox/store/RuleCatalog.h"
#include "sandbox/store/Store.h"

#include <QCryptographicHash>
#include <QUuid>

namespace dbss::sandbox {

static const Edition kEditions[] = {
    {"low", "s2.xlarge.4", "dbss.bypassaudit.low", "Low | 3 Proxy", 4, 16384, 3},
    {"medium", "s2.2xlarge.4", "dbss.bypassaudit.medium", "Medium | 6 Proxy", 8, 32768, 6},
    {"high", "s3.4xlarge.4", "dbss.bypassaudit.high", "High | 30 Proxy", 16, 65536, 30},
};

const Edition* editionByLevel(const QString& level) {
    for (const Edition& e : kEditions) {
        if (level == QLatin1String(e.level))
            return &e;
    }
    return nullptr;
}

const Edition* editionBySpec(const QString& ecsSpec) {
    for (const Edition& e : kEditions) {
        if (ecsSpec == QLatin1String(e.ecsSpec))
            return &e;
    }
    return nullptr;
}

QList<const Edition*> editions() {
    return {&kEditions[0], &kEditions[1], &kEditions[2]};
}

QString zoneName(const QString& region, int index) {
    return region + QChar(u'a' + index % 3);
}

QString deterministicUuid(const QString& name) {
    static const QUuid ns = QUuid::fromString(u"6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

InstanceRecord makeInstance(ProjectData& project, const QString& region, const InstanceSpec& spec) {
    const Edition* ed = editionByLevel(spec.level);
    if (!ed)
        ed = &kEditions[0];
    const QString key = project.projectId + u'/' + spec.name + u'/' + QString::number(project.nextSequence++);
    const bool period = spec.chargeModel == QLatin1String("Period");
    const QDateTime expires = spec.created.addDays(spec.periodDays);
    const qint64 daysLeft = QDateTime::currentDateTimeUtc().daysTo(expires);
    auto nullable = [](const QString& s) {
        return s.isEmpty() ? QJsonValue() : QJsonValue(s);
    };

    InstanceRecord r;
    // Every AuditInstanceListBean field of 001 3.2.1, with the example's null conventions.
    r.bean = QJsonObject{
        {QStringLiteral("charge_model"), spec.chargeModel},
        {QStringLiteral("comment"), spec.comment},
        {QStringLiteral("config_num"), 0},
        {QStringLiteral("connect_ip"), spec.connectIp},
        {QStringLiteral("connect_ipv6"), QJsonValue()},
        {QStringLiteral("cpu"), ed->cpu},
        {QStringLiteral("created"), Store::timestamp(spec.created)},
        {QStringLiteral("database_limit"), ed->proxy},
        {QStringLiteral("effect"), spec.status == QLatin1String("FROZEN") ? QJsonValue(1) : QJsonValue()},
        {QStringLiteral("expired"), period ? QJsonValue(Store::timestamp(expires)) : QJsonValue()},
        {QStringLiteral("id"), deterministicUuid(key + QStringLiteral("/id"))},
        {QStringLiteral("keep_days"),
         period && daysLeft >= 0 ? QJsonValue(QString::number(daysLeft)) : QJsonValue()},
        {QStringLiteral("name"), spec.name},
        {QStringLiteral("new_version"), QJsonValue()},
        {QStringLiteral("port_id"), deterministicUuid(key + QStringLiteral("/port"))},
        {QStringLiteral("ram"), ed->ram},
        {QStringLiteral("region"), region},
        {QStringLiteral("remain_days"),
         period && daysLeft < 0 ? QJsonValue(QString::number(-daysLeft)) : QJsonValue()},
        {QStringLiteral("resource_id"), deterministicUuid(key + QStringLiteral("/resource"))},
        {QStringLiteral("resource_spec_code"), QLatin1String(ed->specCode)},
        {QStringLiteral("scene"), QJsonValue()},
        {QStringLiteral("security_group_id"), nullable(spec.securityGroupId)},
        {QStringLiteral("specification"), QLatin1String(ed->label)},
        {QStringLiteral("status"), spec.status},
        {QStringLiteral("subnet_id"), nullable(spec.subnetId)},
        {QStringLiteral("task"), spec.task},
        {QStringLiteral("version"), spec.version},
        {QStringLiteral("vpc_id"), nullable(spec.vpcId)},
        {QStringLiteral("zone"), zoneName(region, spec.zoneIndex)},
        {QStringLiteral("upgrade_log"), QJsonValue()},
    };
    addDefaultRules(project, r, Store::timestamp(spec.created));
    return r;
}

QJsonObject makeJob(ProjectData& project, const InstanceRecord& instance, qint64 beginMs,
                    const QString& status, bool advances) {
    const bool done = status == QLatin1String("SUCCESS") || status == QLatin1String("FAIL");
    return {{QStringLiteral("job_id"), Store::newId(project).toLower().remove(u'-').remove(u'_')},
            {QStringLiteral("status"), status},
            {QStringLiteral("job_type"), QJsonValue()},
            {QStringLiteral("server_id"), instance.id()},
            {QStringLiteral("server_name"), instance.bean.value(QStringLiteral("name"))},
            {QStringLiteral("resource_id"), instance.resourceId()}, // SDK JobBean, not in the documents
            {QStringLiteral("begin_time"), beginMs},
            {QStringLiteral("end_time"), done ? QJsonValue(beginMs + 46000) : QJsonValue()},
            {QStringLiteral("charge_mode"), instance.bean.value(QStringLiteral("charge_model"))},
            {QStringLiteral("error_code"), QJsonValue()},
            {QStringLiteral("fail_reason"), QJsonValue()},
            {QStringLiteral("ha_id"), QJsonValue()},
            {QStringLiteral("ha_name"), QJsonValue()},
            {QStringLiteral("_advances"), advances}};
}

bool advanceJobs(ProjectData& project, qint64 nowMs) {
    bool changed = false;
    for (InstanceRecord& r : project.instances) {
        if (r.job.isEmpty() || !r.job.value(QStringLiteral("_advances")).toBool())
            continue;
        const qint64 age = nowMs - r.job.value(QStringLiteral("begin_time")).toInteger();
        const QString before = r.job.value(QStringLiteral("status")).toString();
        const QString after = age < kJobInitMs   ? QStringLiteral("INIT")
                              : age < kJobDoneMs ? QStringLiteral("RUNNING")
                                                 : QStringLiteral("SUCCESS");
        if (before == after)
            continue;
        r.job.insert(QStringLiteral("status"), after);
        if (after == QLatin1String("SUCCESS")) {
            r.job.insert(QStringLiteral("end_time"),
                         r.job.value(QStringLiteral("begin_time")).toInteger() + kJobDoneMs);
            r.job.insert(QStringLiteral("_advances"), false);
            r.bean.insert(QStringLiteral("status"), QStringLiteral("ACTIVE"));
        }
        changed = true;
    }
    return changed;
}

QJsonObject publicView(const QJsonObject& row) {
    QJsonObject out = row;
    for (const QString& key : row.keys()) {
        if (key.startsWith(u'_'))
            out.remove(key);
    }
    return out;
}

QJsonObject addDatabase(ProjectData& project, InstanceRecord& instance, const DatabaseSpec& spec) {
    const QString dbId = Store::newId(project);
    const bool ecs = spec.classification == QLatin1String("ECS");
    QJsonArray agentUrls;
    if (ecs) {
        const QString agentId = Store::newId(project);
        agentUrls.append(agentId);
        const QByteArray sha = QCryptographicHash::hash(agentId.toUtf8(), QCryptographicHash::Sha256).toHex();
        // AuditAgentRespoonseAgents (huaweicloud-sdk-go-v3 services/dbss/v1/model); db_id is ours.
        instance.agents.push_back(
            {{QStringLiteral("agent_id"), agentId},
             {QStringLiteral("agent_type"), QStringLiteral("DB")},
             {QStringLiteral("agent_os"), spec.os},
             {QStringLiteral("agent_ip"), spec.ip},
             {QStringLiteral("mem_threshold"), 80},
             {QStringLiteral("cpu_threshold"), 80},
             {QStringLiteral("status"), spec.status == QLatin1String("ON") ? 1 : 0},
             {QStringLiteral("agent_nic"), QStringLiteral("eth0")},
             {QStringLiteral("db_name"), spec.name},
             {QStringLiteral("datacap_status"), spec.status == QLatin1String("ON") ? 1 : 0},
             {QStringLiteral("agent_url"), QStringLiteral("/dbss/audit/agent/%1").arg(agentId)},
             {QStringLiteral("universal"), false},
             {QStringLiteral("sha256"), QString::fromLatin1(sha)},
             {QStringLiteral("db_id"), dbId}});
    }
    QJsonObject db{{QStringLiteral("id"), dbId},
                   {QStringLiteral("name"), spec.name},
                   {QStringLiteral("type"), spec.type},
                   {QStringLiteral("version"), spec.version},
                   {QStringLiteral("charset"), spec.charset},
                   {QStringLiteral("ip"), spec.ip},
                   {QStringLiteral("port"), QString::number(spec.port)},
                   {QStringLiteral("os"), spec.os},
                   {QStringLiteral("status"), spec.status},
                   {QStringLiteral("instance_name"), spec.instanceName},
                   {QStringLiteral("audit_status"), spec.auditStatus},
                   {QStringLiteral("agent_url"), agentUrls},
                   {QStringLiteral("db_classification"), spec.classification},
                   {QStringLiteral("rds_id"), spec.rdsId.isEmpty() ? QJsonValue() : QJsonValue(spec.rdsId)},
                   {QStringLiteral("rds_obj_info"), QJsonValue()},
                   {QStringLiteral("dws_obj_info"), QJsonValue()}};
    instance.databases.push_back(db);
    instance.bean.insert(QStringLiteral("config_num"), int(instance.databases.size()));
    return db;
}

} // namespace dbss::sandbox
