#include "sandbox/store/StateDelta.h"

namespace dbss::sandbox {

namespace {

const QString kProject = QStringLiteral("project");
const QString kInstance = QStringLiteral("instance");

// --- The only code that knows the operation-log container (append-only between saves). ---
qsizetype logSize(const InstanceRecord& r) {
    return qsizetype(r.operateLog.size());
}
QJsonArray logRows(const InstanceRecord& r, qsizetype from) {
    QJsonArray rows;
    for (qsizetype i = from; i < logSize(r); ++i)
        rows.append(r.operateLog.row(i));
    return rows;
}
void appendLogRows(InstanceRecord& r, const QJsonArray& rows) {
    r.operateLog.appendJson(rows);
}
void truncateLog(InstanceRecord& r, qsizetype size) {
    r.operateLog.truncate(size);
}
// ---

// The record without its operation log, through its own toJson (the log is moved out and back,
// so it is not serialised).
QJsonObject coreJson(InstanceRecord& r) {
    decltype(r.operateLog) log = std::move(r.operateLog);
    r.operateLog = decltype(r.operateLog)();
    QJsonObject core = r.toJson();
    r.operateLog = std::move(log);
    core.remove(QStringLiteral("operate_log"));
    return core;
}

InstanceRecord copyWithoutLog(InstanceRecord& r) {
    decltype(r.operateLog) log = std::move(r.operateLog);
    r.operateLog = decltype(r.operateLog)();
    InstanceRecord copy = r;
    r.operateLog = std::move(log);
    return copy;
}

ProjectData copyWithoutInstances(ProjectData& p) {
    std::vector<InstanceRecord> instances = std::move(p.instances);
    p.instances.clear();
    ProjectData copy = p;
    p.instances = std::move(instances);
    return copy;
}

InstanceRecord fromCore(const QJsonObject& core, InstanceRecord* keepLogOf) {
    InstanceRecord r = InstanceRecord::fromJson(core);
    if (keepLogOf)
        r.operateLog = std::move(keepLogOf->operateLog);
    return r;
}

QJsonObject metaJson(ProjectData& p) {
    std::vector<InstanceRecord> instances = std::move(p.instances);
    p.instances.clear();
    QJsonObject meta = p.toJson();
    p.instances = std::move(instances);
    meta.remove(QStringLiteral("instances"));
    return meta;
}

ProjectData fromMeta(const QJsonObject& meta, ProjectData* keepInstancesOf) {
    ProjectData p = ProjectData::fromJson(meta);
    if (keepInstancesOf)
        p.instances = std::move(keepInstancesOf->instances);
    return p;
}

InstanceRecord* findById(ProjectData& p, const QString& id) {
    for (InstanceRecord& r : p.instances) {
        if (r.id() == id)
            return &r;
    }
    return nullptr;
}

} // namespace

void StateDelta::reset(Projects& live) {
    m_base.clear();
    for (auto it = live.begin(); it != live.end(); ++it) {
        ProjectBase& b = m_base[it.key()];
        b.meta = copyWithoutInstances(it.value());
        for (InstanceRecord& r : it.value().instances) {
            b.order << r.id();
            b.instances.insert(r.id(), {copyWithoutLog(r), logSize(r)});
        }
    }
}

QJsonArray StateDelta::diff(Projects& live) const {
    QJsonArray changes;
    for (auto it = live.begin(); it != live.end(); ++it) {
        const QString& id = it.key();
        ProjectData& p = it.value();
        const auto base = m_base.constFind(id);
        if (base == m_base.cend()) {
            changes.append(QJsonObject{{kProject, id}, {QStringLiteral("full"), p.toJson()}});
            continue;
        }
        if (!sameMeta(p, base->meta))
            changes.append(QJsonObject{{kProject, id}, {QStringLiteral("meta"), metaJson(p)}});
        QStringList order;
        for (InstanceRecord& r : p.instances) {
            order << r.id();
            const auto b = base->instances.constFind(r.id());
            if (b == base->instances.cend() || !sameCore(r, b->core))
                changes.append(
                    QJsonObject{{kProject, id}, {kInstance, r.id()}, {QStringLiteral("core"), coreJson(r)}});
            const qsizetype from = b == base->instances.cend() ? 0 : b->logSize;
            if (logSize(r) < from) // not append-only: write the whole log
                changes.append(QJsonObject{
                    {kProject, id}, {kInstance, r.id()}, {QStringLiteral("log_reset"), logRows(r, 0)}});
            else if (logSize(r) > from)
                changes.append(QJsonObject{
                    {kProject, id}, {kInstance, r.id()}, {QStringLiteral("log"), logRows(r, from)}});
        }
        if (order != base->order)
            changes.append(
                QJsonObject{{kProject, id}, {QStringLiteral("order"), QJsonArray::fromStringList(order)}});
    }
    for (auto it = m_base.cbegin(); it != m_base.cend(); ++it) {
        if (!live.contains(it.key()))
            changes.append(QJsonObject{{kProject, it.key()}, {QStringLiteral("removed"), true}});
    }
    return changes;
}

bool StateDelta::apply(Projects& live, const QJsonArray& changes, QString* error) {
    for (const QJsonValue& v : changes) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(kProject).toString();
        if (id.isEmpty()) {
            *error = QStringLiteral("a change without project");
            return false;
        }
        if (c.contains(QStringLiteral("full"))) {
            live.insert(id, ProjectData::fromJson(c.value(QStringLiteral("full")).toObject()));
            continue;
        }
        if (c.contains(QStringLiteral("removed"))) {
            live.remove(id);
            continue;
        }
        auto p = live.find(id);
        if (p == live.end()) {
            *error = QStringLiteral("a change to unknown project %1").arg(id);
            return false;
        }
        if (c.contains(QStringLiteral("meta"))) {
            *p = fromMeta(c.value(QStringLiteral("meta")).toObject(), &p.value());
            continue;
        }
        if (c.contains(QStringLiteral("order"))) {
            std::vector<InstanceRecord> ordered;
            for (const QJsonValue& instanceId : c.value(QStringLiteral("order")).toArray()) {
                InstanceRecord* r = findById(*p, instanceId.toString());
                if (!r) {
                    *error = QStringLiteral("order names unknown instance %1").arg(instanceId.toString());
                    return false;
                }
                ordered.push_back(std::move(*r));
                r->bean = QJsonObject(); // moved: never matched again
            }
            p->instances = std::move(ordered);
            continue;
        }
        const QString instanceId = c.value(kInstance).toString();
        InstanceRecord* r = findById(*p, instanceId);
        if (c.contains(QStringLiteral("core"))) {
            if (r)
                *r = fromCore(c.value(QStringLiteral("core")).toObject(), r);
            else
                p->instances.push_back(fromCore(c.value(QStringLiteral("core")).toObject(), nullptr));
            continue;
        }
        if (!r) {
            *error = QStringLiteral("a log change to unknown instance %1").arg(instanceId);
            return false;
        }
        if (c.contains(QStringLiteral("log_reset")))
            truncateLog(*r, 0);
        appendLogRows(*r, c.value(c.contains(QStringLiteral("log")) ? QStringLiteral("log")
                                                                    : QStringLiteral("log_reset"))
                              .toArray());
    }
    return true;
}

void StateDelta::rollback(Projects& live) const {
    for (auto it = live.begin(); it != live.end();) {
        if (!m_base.contains(it.key()))
            it = live.erase(it);
        else
            ++it;
    }
    for (auto b = m_base.cbegin(); b != m_base.cend(); ++b) {
        ProjectData& p = live[b.key()];
        if (!sameMeta(p, b->meta)) {
            ProjectData restored = b->meta;
            restored.instances = std::move(p.instances);
            p = std::move(restored);
        }
        std::vector<InstanceRecord> restored;
        for (const QString& id : b->order) {
            const InstanceBase& base = b->instances[id];
            InstanceRecord* r = findById(p, id);
            if (!r) {
                restored.push_back(base.core); // its log was not kept
                continue;
            }
            if (!sameCore(*r, base.core)) {
                InstanceRecord copy = base.core;
                copy.operateLog = std::move(r->operateLog);
                *r = std::move(copy);
            }
            truncateLog(*r, base.logSize);
            restored.push_back(std::move(*r));
            r->bean = QJsonObject();
        }
        p.instances = std::move(restored);
    }
}

bool StateDelta::sameCore(const InstanceRecord& a, const InstanceRecord& b) {
    return a.bean == b.bean && a.databases == b.databases && a.agents == b.agents && a.scopes == b.scopes &&
           a.sqlInjectionRules == b.sqlInjectionRules && a.riskRules == b.riskRules && a.masks == b.masks &&
           a.job == b.job;
}

bool StateDelta::sameMeta(const ProjectData& a, const ProjectData& b) {
    return a.projectId == b.projectId && a.tags == b.tags && a.drsConnections == b.drsConnections &&
           a.dasConnections == b.dasConnections && a.rdsCandidates == b.rdsCandidates &&
           a.auditQuota == b.auditQuota && a.cpuQuota == b.cpuQuota && a.ramQuota == b.ramQuota &&
           a.nextSequence == b.nextSequence;
}

} // namespace dbss::sandbox
