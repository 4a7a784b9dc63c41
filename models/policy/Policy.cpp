#include "models/policy/Policy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace dbss::models {

namespace {

const QString kSchema = QStringLiteral("dbss-console/policy");

QString tr(const char* text) {
    return QCoreApplication::translate("dbss::models::Policy", text);
}

bool ruleLess(const PolicyRule& a, const PolicyRule& b) {
    return a.type != b.type ? a.type < b.type : a.name < b.name;
}

QJsonArray strings(const QStringList& values) {
    QJsonArray a;
    for (const QString& v : values)
        a.append(v);
    return a;
}

QStringList sorted(QStringList values) {
    values.sort();
    return values;
}

// Strict reading of the file: every field known, of the documented JSON type.
class Checker {
public:
    explicit Checker(QStringList* errors)
        : m_errors(errors) {}
    void error(const QString& path, const QString& message) {
        *m_errors << path + QStringLiteral(": ") + message;
    }
    bool failed() const { return !m_errors->isEmpty(); }

    void onlyKnown(const QJsonObject& o, const QString& path, const QStringList& known) {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                error(path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), tr("unknown field"));
    }
    QString string(const QJsonObject& o, const QString& path, const char* key, bool required = true) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            error(field(path, key), v.isUndefined() ? tr("missing") : tr("must be a non-empty string"));
            return {};
        }
        return v.toString();
    }
    bool boolean(const QJsonObject& o, const QString& path, const char* key, bool fallback, bool required) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return fallback;
        if (!v.isBool()) {
            error(field(path, key), v.isUndefined() ? tr("missing") : tr("must be true or false"));
            return fallback;
        }
        return v.toBool();
    }
    QStringList list(const QJsonObject& o, const QString& path, const char* key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        QStringList out;
        if (!v.isArray()) {
            error(field(path, key), tr("must be an array of strings"));
            return out;
        }
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                error(field(path, key), tr("must be an array of non-empty strings"));
                return {};
            }
            out << item.toString().trimmed();
        }
        return sorted(out);
    }
    static QString field(const QString& path, const char* key) {
        return path + QLatin1Char('.') + QLatin1String(key);
    }

private:
    QStringList* m_errors;
};

} // namespace

bool PolicyScope::sameSettings(const PolicyScope& o) const {
    return fullAudit == o.fullAudit && databases == o.databases && users == o.users &&
           sourceIps == o.sourceIps && sourcePorts == o.sourcePorts && exceptionIps == o.exceptionIps &&
           actions == o.actions;
}

bool operator==(const PolicyRule& a, const PolicyRule& b) {
    return a.name == b.name && a.type == b.type && a.on == b.on;
}

bool operator==(const PolicyScope& a, const PolicyScope& b) {
    return a.name == b.name && a.on == b.on && a.sameSettings(b);
}

const QList<PolicyRule>& Policy::rules(PolicyList list) const {
    switch (list) {
    case PolicyList::Risk:
        return riskRules;
    case PolicyList::SqlInjection:
        return sqlInjectionRules;
    case PolicyList::Masking:
        break;
    }
    return maskingRules;
}

QList<PolicyRule>& Policy::rules(PolicyList list) {
    return const_cast<QList<PolicyRule>&>(std::as_const(*this).rules(list));
}

QString Policy::listKey(PolicyList list) {
    switch (list) {
    case PolicyList::Risk:
        return QStringLiteral("risk_rules");
    case PolicyList::SqlInjection:
        return QStringLiteral("sql_injection_rules");
    case PolicyList::Masking:
        break;
    }
    return QStringLiteral("masking_rules");
}

QStringList Policy::allowedTypes(PolicyList list) {
    switch (list) {
    case PolicyList::Risk:
        return {QStringLiteral("LOGIN"), QStringLiteral("OPERATE")};
    case PolicyList::SqlInjection:
        return {QStringLiteral("CUSTOMIZE"), QStringLiteral("SYSTEM")};
    case PolicyList::Masking:
        break;
    }
    return {QStringLiteral("BUILD_IN"), QStringLiteral("USER_DEFINE")};
}

const QList<PolicyList>& Policy::lists() {
    static const QList<PolicyList> all{PolicyList::Risk, PolicyList::SqlInjection, PolicyList::Masking};
    return all;
}

void Policy::sort() {
    for (PolicyList list : lists())
        std::sort(rules(list).begin(), rules(list).end(), ruleLess);
    std::sort(auditScopes.begin(), auditScopes.end(),
              [](const PolicyScope& a, const PolicyScope& b) { return a.name < b.name; });
}

QJsonObject Policy::toJson() const {
    Policy p = *this;
    p.sort();
    QJsonObject out{{QStringLiteral("schema"), kSchema}, {QStringLiteral("version"), kPolicySchemaVersion}};
    for (PolicyList list : lists()) {
        QJsonArray rows;
        for (const PolicyRule& r : p.rules(list))
            rows.append(QJsonObject{{QStringLiteral("name"), r.name},
                                    {QStringLiteral("type"), r.type},
                                    {QStringLiteral("enabled"), r.on}});
        out.insert(listKey(list), rows);
    }
    QJsonArray scopes;
    for (const PolicyScope& s : p.auditScopes)
        scopes.append(QJsonObject{{QStringLiteral("name"), s.name},
                                  {QStringLiteral("enabled"), s.on},
                                  {QStringLiteral("full_audit"), s.fullAudit},
                                  {QStringLiteral("databases"), strings(s.databases)},
                                  {QStringLiteral("users"), strings(s.users)},
                                  {QStringLiteral("source_ips"), strings(s.sourceIps)},
                                  {QStringLiteral("source_ports"), strings(s.sourcePorts)},
                                  {QStringLiteral("exception_ips"), strings(s.exceptionIps)},
                                  {QStringLiteral("actions"), strings(s.actions)}});
    out.insert(QStringLiteral("audit_scopes"), scopes);
    return out;
}

QByteArray Policy::toFileBytes() const {
    // QJsonDocument writes object keys sorted: the order is stable from run to run.
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

std::optional<Policy> Policy::fromJson(const QJsonObject& o, QStringList* errors) {
    QStringList own;
    QStringList* errs = errors ? errors : &own;
    const qsizetype before = errs->size();
    Checker c(errs);
    if (o.value(QStringLiteral("schema")).toString() != kSchema) {
        c.error(QStringLiteral("schema"), tr("must be \"%1\": this is not a policy file").arg(kSchema));
        return std::nullopt;
    }
    const QJsonValue version = o.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1) {
        c.error(QStringLiteral("version"), tr("must be a whole number from 1"));
        return std::nullopt;
    }
    if (version.toInt() > kPolicySchemaVersion) {
        c.error(QStringLiteral("version"),
                tr("the file has version %1; this program reads versions up to %2 — "
                   "update dbss-console to use it")
                    .arg(version.toInt())
                    .arg(kPolicySchemaVersion));
        return std::nullopt;
    }
    QStringList known{QStringLiteral("schema"), QStringLiteral("version"), QStringLiteral("audit_scopes")};
    Policy p;
    for (PolicyList list : lists()) {
        const QString key = listKey(list);
        known << key;
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            continue; // a list left out is not managed by the file
        if (!v.isArray()) {
            c.error(key, tr("must be an array"));
            continue;
        }
        QSet<QString> seen;
        const QJsonArray rows = v.toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(key).arg(i);
            if (!rows.at(i).isObject()) {
                c.error(path, tr("must be an object"));
                continue;
            }
            const QJsonObject row = rows.at(i).toObject();
            c.onlyKnown(row, path,
                        {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("enabled")});
            PolicyRule r;
            r.name = c.string(row, path, "name");
            r.type = c.string(row, path, "type");
            r.on = c.boolean(row, path, "enabled", false, true);
            if (!r.type.isEmpty() && !allowedTypes(list).contains(r.type))
                c.error(Checker::field(path, "type"),
                        tr("'%1' is not a type of %2 (allowed: %3)")
                            .arg(r.type, key, allowedTypes(list).join(QStringLiteral(", "))));
            if (!r.name.isEmpty() && seen.contains(r.key()))
                c.error(path, tr("rule '%1' (%2) is listed twice").arg(r.name, r.type));
            seen.insert(r.key());
            p.rules(list) << r;
        }
    }
    const QJsonValue scopes = o.value(QStringLiteral("audit_scopes"));
    if (!scopes.isUndefined() && !scopes.isArray())
        c.error(QStringLiteral("audit_scopes"), tr("must be an array"));
    QSet<QString> names;
    const QJsonArray rows = scopes.toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString path = QStringLiteral("audit_scopes[%1]").arg(i);
        if (!rows.at(i).isObject()) {
            c.error(path, tr("must be an object"));
            continue;
        }
        const QJsonObject row = rows.at(i).toObject();
        c.onlyKnown(row, path,
                    {QStringLiteral("name"), QStringLiteral("enabled"), QStringLiteral("full_audit"),
                     QStringLiteral("databases"), QStringLiteral("users"), QStringLiteral("source_ips"),
                     QStringLiteral("source_ports"), QStringLiteral("exception_ips"),
                     QStringLiteral("actions")});
        PolicyScope s;
        s.name = c.string(row, path, "name");
        s.on = c.boolean(row, path, "enabled", true, true);
        s.fullAudit = c.boolean(row, path, "full_audit", false, false);
        s.databases = c.list(row, path, "databases");
        s.users = c.list(row, path, "users");
        s.sourceIps = c.list(row, path, "source_ips");
        s.sourcePorts = c.list(row, path, "source_ports");
        s.exceptionIps = c.list(row, path, "exception_ips");
        s.actions = c.list(row, path, "actions");
        if (!s.fullAudit && s.databases.isEmpty())
            c.error(Checker::field(path, "databases"),
                    tr("names no database (use [\"ALL\"] for every database)"));
        if (s.databases.contains(QStringLiteral("ALL")) && s.databases.size() > 1)
            c.error(Checker::field(path, "databases"),
                    tr("\"ALL\" cannot be combined with single databases"));
        if (!s.name.isEmpty() && names.contains(s.name))
            c.error(path, tr("audit scope '%1' is listed twice").arg(s.name));
        names.insert(s.name);
        p.auditScopes << s;
    }
    c.onlyKnown(o, QString(), known);
    if (errs->size() > before)
        return std::nullopt;
    p.managed.clear();
    for (PolicyList list : lists())
        if (o.contains(listKey(list)))
            p.managed << listKey(list);
    if (o.contains(QStringLiteral("audit_scopes")))
        p.managed << QStringLiteral("audit_scopes");
    p.sort();
    return p;
}

std::optional<Policy> Policy::fromFileBytes(const QByteArray& bytes, QStringList* errors) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *errors << tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *errors << tr("the file must hold one JSON object");
        return std::nullopt;
    }
    return fromJson(doc.object(), errors);
}

std::optional<Policy> Policy::fromFile(const QString& path, QStringList* errors) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errors << tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromFileBytes(file.readAll(), errors);
}

} // namespace dbss::models
