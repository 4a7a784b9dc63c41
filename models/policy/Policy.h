#pragma once

// An audit instance's protection as a value: which risk, SQL-injection and masking rules are on,
// and which audit scopes exist. Rules are identified across instances by (name, type); the ids
// are kept for the instance the policy was read from but never written to a file (docs/policy.md).

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace dbss::models {

// Version of the policy file format this build writes and the newest it reads.
constexpr int kPolicySchemaVersion = 1;

// The rule lists of a policy, in file order.
enum class PolicyList { Risk, SqlInjection, Masking };

// One switchable rule of one list.
struct PolicyRule {
    QString name;
    QString type; // Risk: OPERATE | LOGIN; SqlInjection: SYSTEM | CUSTOMIZE; Masking: BUILD_IN | ...
    bool on = false;
    QString id; // on the instance read from; empty for a policy read from a file
    // The key rules are matched by across instances.
    QString key() const { return type + QLatin1Char('\n') + name; }
};

// One audit scope, with database *names* (ids differ between instances); "ALL" stands for every database.
struct PolicyScope {
    QString name;
    bool on = true;
    bool fullAudit = false; // the instance's built-in "audit everything" scope (all_audit)
    QStringList databases;  // database names, sorted; {"ALL"} for all databases
    QStringList users;
    QStringList sourceIps;
    QStringList sourcePorts;
    QStringList exceptionIps;
    QStringList actions;
    QString id;                                        // on the instance read from; empty for a file
    QStringList dbIds;                                 // on the instance read from (for "ALL": {"ALL"})
    bool sameSettings(const PolicyScope& other) const; // everything but name, on and ids
};

struct Policy {
    QList<PolicyRule> riskRules;
    QList<PolicyRule> sqlInjectionRules;
    QList<PolicyRule> maskingRules;
    QList<PolicyScope> auditScopes;
    // The instance's databases, name -> id (to name scope databases and to send ids); not in files.
    QMap<QString, QString> databaseIds;
    // The lists the policy speaks for ("risk_rules", ..., "audit_scopes"): a file may leave a list
    // out, and then that list of an instance is neither compared nor changed.
    QStringList managed{QStringLiteral("risk_rules"), QStringLiteral("sql_injection_rules"),
                        QStringLiteral("masking_rules"), QStringLiteral("audit_scopes")};

    const QList<PolicyRule>& rules(PolicyList list) const;
    QList<PolicyRule>& rules(PolicyList list);
    static const QList<PolicyList>& lists(); // the three rule lists, in file order
    static QString listKey(PolicyList list); // "risk_rules", "sql_injection_rules", "masking_rules"
    static QStringList allowedTypes(PolicyList list);

    // Stable order: every list sorted by (type, name); scopes by name. toJson sorts a copy.
    void sort();
    // The documented file format (docs/policy.md): schema version, names and states, no ids, no secrets.
    QJsonObject toJson() const;
    QByteArray toFileBytes() const; // indented JSON, trailing newline
    // Validates everything (schema version, unknown fields, types, duplicates); on any problem
    // returns nullopt and appends one message per problem ("risk_rules[3].type: ...") to *errors.
    static std::optional<Policy> fromJson(const QJsonObject& object, QStringList* errors);
    static std::optional<Policy> fromFileBytes(const QByteArray& bytes, QStringList* errors);
    static std::optional<Policy> fromFile(const QString& path, QStringList* errors);
};

bool operator==(const PolicyRule& a, const PolicyRule& b);   // name, type, on
bool operator==(const PolicyScope& a, const PolicyScope& b); // all but ids

} // namespace dbss::models

Q_DECLARE_METATYPE(dbss::models::Policy)
