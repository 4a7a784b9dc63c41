#include "models/policy/PolicyPlan.h"

#include "models/api/AuditScopeEdits.h"
#include "models/api/FormEnums.h"
#include "models/api/RuleSwitches.h"
#include "models/api/Rules.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace dbss::models {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("dbss::models::PolicyPlan", text);
}

QString onOff(bool on) {
    return on ? QStringLiteral("ON") : QStringLiteral("OFF");
}

const QString kScopes = QStringLiteral("audit_scopes");

PolicyChange scopeChange(PolicyChange::Kind kind, const QString& name, const QString& from,
                         const QString& to) {
    PolicyChange c;
    c.kind = kind;
    c.list = kScopes;
    c.name = name;
    c.from = from;
    c.to = to;
    return c;
}

// A scope's settings in one line, for from/to of a preview.
QString settings(const PolicyScope& s) {
    QStringList parts{onOff(s.on)};
    if (s.fullAudit)
        parts << QStringLiteral("full_audit");
    auto add = [&parts](const char* key, const QStringList& values) {
        if (!values.isEmpty())
            parts << QLatin1String(key) + QLatin1Char('=') + values.join(QLatin1Char(','));
    };
    add("databases", s.databases);
    add("users", s.users);
    add("source_ips", s.sourceIps);
    add("source_ports", s.sourcePorts);
    add("exception_ips", s.exceptionIps);
    add("actions", s.actions);
    return parts.join(QLatin1Char(' '));
}

// The add/edit body of a desired scope, with the target instance's database ids; false (and
// *missing set) when a named database is not on the instance.
bool scopeBody(const PolicyScope& s, const Policy& current, api::NewAuditScope* out, QStringList* missing) {
    out->ruleName = s.name;
    if (s.databases == QStringList{QStringLiteral("ALL")}) {
        out->dbIds = {api::enums::kAllDbIds};
        out->dbNames = {api::enums::kAllDbNames};
    } else {
        for (const QString& name : s.databases) {
            const auto it = current.databaseIds.constFind(name);
            if (it == current.databaseIds.constEnd())
                *missing << name;
            else {
                out->dbIds << *it;
                out->dbNames << name;
            }
        }
    }
    out->dbUsers = s.users;
    out->sourceIps = s.sourceIps;
    out->sourcePorts = s.sourcePorts;
    out->exceptionIps = s.exceptionIps;
    out->actions = s.actions;
    return missing->isEmpty();
}

class Builder {
public:
    Builder(PolicyPlan* plan)
        : m_plan(plan) {}

    int change(PolicyChange c) {
        m_plan->changes << std::move(c);
        return int(m_plan->changes.size() - 1);
    }
    int impossible(PolicyChange c, const QString& reason) {
        c.possible = false;
        c.reason = reason;
        return change(std::move(c));
    }
    void request(const api::ApiRequest& request, const QList<int>& changes) {
        if (changes.isEmpty())
            return;
        for (int c : changes)
            m_plan->changes[c].request = int(m_plan->requests.size());
        m_plan->requests << PolicyRequest{request, changes};
    }

private:
    PolicyPlan* m_plan;
};

PolicyChange::Kind switchKind(PolicyList list) {
    switch (list) {
    case PolicyList::Risk:
        return PolicyChange::Kind::SwitchRiskRule;
    case PolicyList::SqlInjection:
        return PolicyChange::Kind::SwitchSqlInjectionRule;
    case PolicyList::Masking:
        break;
    }
    return PolicyChange::Kind::SwitchMaskingRule;
}

void planRules(PolicyList list, const Policy& desired, const Policy& current, const QString& instanceId,
               bool strict, PolicyPlan* plan, Builder& b) {
    const QString key = Policy::listKey(list);
    QHash<QString, const PolicyRule*> byKey;
    QHash<QString, const PolicyRule*> byName;
    for (const PolicyRule& r : current.rules(list)) {
        byKey.insert(r.key(), &r);
        byName.insert(r.name, &r);
    }
    QHash<QString, bool> wanted;
    QList<int> on, off;
    QStringList onIds, offIds;
    for (const PolicyRule& d : desired.rules(list)) {
        wanted.insert(d.key(), true);
        PolicyChange c;
        c.kind = switchKind(list);
        c.list = key;
        c.name = d.name;
        c.type = d.type;
        c.to = onOff(d.on);
        const PolicyRule* cur = byKey.value(d.key());
        if (!cur) {
            const PolicyRule* other = byName.value(d.name);
            if (strict) {
                plan->errors << (other ? tr("%1: rule '%2' is of type %3 on the instance, the file says %4")
                                             .arg(key, d.name, other->type, d.type)
                                       : tr("%1: no rule named '%2' (type %3) on the instance")
                                             .arg(key, d.name, d.type));
                continue;
            }
            c.kind = PolicyChange::Kind::MissingRule;
            c.from = tr("absent");
            b.impossible(c, tr("the API cannot create rules"));
            continue;
        }
        if (cur->on == d.on)
            continue;
        c.from = onOff(cur->on);
        c.targetId = cur->id;
        const int index = b.change(c);
        if (list == PolicyList::SqlInjection) {
            b.request(api::switchSqlInjectionRule(instanceId, cur->id, d.on), {index}); // one id per call
            continue;
        }
        (d.on ? on : off) << index;
        (d.on ? onIds : offIds) << cur->id;
    }
    // Rules the API takes many ids for: one switch-on and one switch-off request.
    if (list == PolicyList::Risk) {
        b.request(api::switchRiskRules(instanceId, onIds, true), on);
        b.request(api::switchRiskRules(instanceId, offIds, false), off);
    } else if (list == PolicyList::Masking) {
        b.request(api::switchMaskingRules(instanceId, onIds, true), on);
        b.request(api::switchMaskingRules(instanceId, offIds, false), off);
    }
    for (const PolicyRule& r : current.rules(list)) {
        if (wanted.contains(r.key()))
            continue;
        PolicyChange c;
        c.kind = PolicyChange::Kind::ExtraRule;
        c.list = key;
        c.name = r.name;
        c.type = r.type;
        c.from = onOff(r.on);
        c.to = tr("absent");
        c.targetId = r.id;
        b.impossible(c, tr("the API cannot delete rules"));
    }
}

void planScopes(const Policy& desired, const Policy& current, const QString& instanceId, Builder& b) {
    QHash<QString, const PolicyScope*> byName;
    for (const PolicyScope& s : current.auditScopes)
        byName.insert(s.name, &s);
    QHash<QString, bool> wanted;
    QList<int> on, off;
    QStringList onIds, offIds;
    struct Pending {
        api::ApiRequest request;
        int change;
    };
    QList<Pending> deletes, updates, adds;
    for (const PolicyScope& d : desired.auditScopes)
        wanted.insert(d.name, true);
    for (const PolicyScope& s : current.auditScopes) {
        if (wanted.contains(s.name))
            continue;
        PolicyChange c = scopeChange(PolicyChange::Kind::DeleteScope, s.name, settings(s), tr("absent"));
        c.targetId = s.id;
        if (s.fullAudit)
            b.impossible(c, tr("the full audit scope cannot be deleted"));
        else
            deletes << Pending{api::deleteAuditScope(instanceId, s.id), b.change(c)};
    }
    for (const PolicyScope& d : desired.auditScopes) {
        const PolicyScope* cur = byName.value(d.name);
        PolicyChange c = scopeChange(PolicyChange::Kind::AddScope, d.name,
                                     cur ? settings(*cur) : tr("absent"), settings(d));
        api::NewAuditScope body;
        QStringList missing;
        const bool bodyOk = scopeBody(d, current, &body, &missing);
        const QString noDatabases =
            tr("databases not on the instance: %1").arg(missing.join(QStringLiteral(", ")));
        if (!cur) {
            if (d.fullAudit)
                b.impossible(c, tr("the API cannot create a full audit scope"));
            else if (!bodyOk)
                b.impossible(c, noDatabases);
            else {
                adds << Pending{api::addAuditScope(instanceId, body), b.change(c)};
                if (!d.on) {
                    // A new scope starts ON; its id is known only after the add, so the switch-off
                    // is a change of the next run.
                    PolicyChange s = scopeChange(PolicyChange::Kind::SwitchScope, d.name,
                                                 QStringLiteral("ON"), QStringLiteral("OFF"));
                    b.impossible(s, tr("switch it off with a second apply, once it exists"));
                }
            }
            continue;
        }
        if (!cur->sameSettings(d)) {
            c.kind = PolicyChange::Kind::UpdateScope;
            c.targetId = cur->id;
            if (d.fullAudit || cur->fullAudit)
                b.impossible(c, tr("the full audit scope cannot be edited"));
            else if (!bodyOk)
                b.impossible(c, noDatabases);
            else
                updates << Pending{api::updateAuditScope(instanceId, cur->id, body), b.change(c)};
        }
        if (cur->on != d.on) {
            PolicyChange s =
                scopeChange(PolicyChange::Kind::SwitchScope, d.name, onOff(cur->on), onOff(d.on));
            s.targetId = cur->id;
            (d.on ? on : off) << b.change(s);
            (d.on ? onIds : offIds) << cur->id;
        }
    }
    for (const QList<Pending>* list : {&deletes, &updates, &adds})
        for (const Pending& p : *list)
            b.request(p.request, {p.change});
    b.request(api::switchAuditScopes(instanceId, onIds, true), on);
    b.request(api::switchAuditScopes(instanceId, offIds, false), off);
}

} // namespace

QString PolicyChange::kindName(Kind kind) {
    switch (kind) {
    case Kind::SwitchRiskRule:
        return QStringLiteral("switch_risk_rule");
    case Kind::SwitchSqlInjectionRule:
        return QStringLiteral("switch_sql_injection_rule");
    case Kind::SwitchMaskingRule:
        return QStringLiteral("switch_masking_rule");
    case Kind::AddScope:
        return QStringLiteral("add_scope");
    case Kind::UpdateScope:
        return QStringLiteral("update_scope");
    case Kind::DeleteScope:
        return QStringLiteral("delete_scope");
    case Kind::SwitchScope:
        return QStringLiteral("switch_scope");
    case Kind::MissingRule:
        return QStringLiteral("missing_rule");
    case Kind::ExtraRule:
        break;
    }
    return QStringLiteral("extra_rule");
}

QString PolicyChange::describe() const {
    const QString what = type.isEmpty() ? QStringLiteral("%1 '%2'").arg(list, name)
                                        : QStringLiteral("%1 '%2' (%3)").arg(list, name, type);
    QString line = tr("%1: %2 → %3").arg(what, from, to);
    if (!possible)
        line += QLatin1Char(' ') + tr("[not possible: %1]").arg(reason);
    return line;
}

int PolicyPlan::possibleCount() const {
    return int(
        std::count_if(changes.cbegin(), changes.cend(), [](const PolicyChange& c) { return c.possible; }));
}

int PolicyPlan::impossibleCount() const {
    return int(changes.size()) - possibleCount();
}

QJsonObject PolicyPlan::toJson() const {
    QJsonArray changeRows;
    for (const PolicyChange& c : changes) {
        QJsonObject row{{QStringLiteral("kind"), PolicyChange::kindName(c.kind)},
                        {QStringLiteral("list"), c.list},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("from"), c.from},
                        {QStringLiteral("to"), c.to},
                        {QStringLiteral("possible"), c.possible}};
        if (!c.type.isEmpty())
            row.insert(QStringLiteral("type"), c.type);
        if (!c.possible)
            row.insert(QStringLiteral("reason"), c.reason);
        if (c.request >= 0)
            row.insert(QStringLiteral("request"), c.request);
        changeRows.append(row);
    }
    QJsonArray requestRows;
    for (const PolicyRequest& r : requests) {
        QJsonArray ids;
        for (int c : r.changes)
            ids.append(c);
        QJsonObject row{{QStringLiteral("operation"), r.request.operation},
                        {QStringLiteral("method"), QString::fromLatin1(r.request.method)},
                        {QStringLiteral("path"), r.request.path},
                        {QStringLiteral("changes"), ids}};
        if (!r.request.body.isEmpty())
            row.insert(QStringLiteral("body"), QJsonDocument::fromJson(r.request.body).object());
        requestRows.append(row);
    }
    QJsonArray errorRows;
    for (const QString& e : errors)
        errorRows.append(e);
    return {{QStringLiteral("instance_id"), instanceId},
            {QStringLiteral("in_sync"), inSync() && isValid()},
            {QStringLiteral("errors"), errorRows},
            {QStringLiteral("changes"), changeRows},
            {QStringLiteral("requests"), requestRows}};
}

PolicyPlan PolicyPlan::compute(const Policy& desired, const Policy& current, const QString& instanceId,
                               bool strictNames) {
    PolicyPlan plan;
    plan.instanceId = instanceId;
    Builder b(&plan);
    for (PolicyList list : Policy::lists())
        if (desired.managed.contains(Policy::listKey(list)))
            planRules(list, desired, current, instanceId, strictNames, &plan, b);
    if (desired.managed.contains(kScopes))
        planScopes(desired, current, instanceId, b);
    if (!plan.isValid()) {
        plan.changes.clear(); // a plan that does not fit the instance has nothing to send
        plan.requests.clear();
    }
    return plan;
}

} // namespace dbss::models
