#include "sandbox/store/RuleCatalog.h"

#include "sandbox/store/Store.h"

namespace dbss::sandbox {

namespace {

struct SqlRule {
    const char* name;
    const char* level;
    const char* regex;
    const char* keywords;
};

const SqlRule kSqlRules[] = {
    {"MySQL error based SQL injection", "HIGH",
     R"(((.*?)(select)\s+[0-9]+\s+from\s+\(|\s*select\s+count(.*)?(concat)\s*(.*)?(from)\s*(information_schema.tables)(.*)?(group)\s+(by)(.*?)))",
     ""},
    {"MySQL time based blind SQL injection", "HIGH", R"((sleep|benchmark)\s*\(\s*[0-9]+)", "sleep,benchmark"},
    {"Oracle union query SQL injection", "HIGH", R"(union\s+(all\s+)?select\s+.*\s+from\s+dual)",
     "union,dual"},
    {"SQL Server stacked query injection", "MEDIUM", R"(;\s*(exec|execute)\s+(xp_|sp_))", "xp_cmdshell"},
    {"PostgreSQL comment obfuscation", "MEDIUM", R"(/\*.*\*/\s*(or|and)\s)", ""},
    {"Tautology condition (OR 1=1)", "LOW", R"(\bor\b\s+['"]?1['"]?\s*=\s*['"]?1)", "or 1=1"},
};

struct RiskRule {
    const char* name;
    const char* type;
    const char* level;
    const char* action;
    const char* status;
};

const RiskRule kRiskRules[] = {
    {"Database_drag_detection", "OPERATE", "HIGH", "SELECT", "ON"},
    {"Database_Slow_SQL_Detection", "OPERATE", "LOW", "SELECT,UPDATE,DELETE", "ON"},
    {"Database_Login_Failure_Detection", "LOGIN", "MEDIUM", "LOGIN", "ON"},
    {"Drop_Table_Detection", "OPERATE", "HIGH", "DROP_TABLE,DROP_TABLESPACE", "ON"},
    {"Privilege_Grant_Detection", "OPERATE", "MEDIUM", "GRANT,CREATE_USER,DROP_USER", "OFF"},
    {"Bulk_Delete_Detection", "OPERATE", "HIGH", "DELETE", "ON"},
    {"Off_Hours_Login_Detection", "LOGIN", "LOW", "LOGIN", "OFF"},
    {"Audit_Trail_Only", "OPERATE", "NO_RISK", "ALL", "OFF"},
};

struct Mask {
    const char* name;
    const char* regex;
    const char* value;
};

const Mask kMasks[] = {
    {"ID card number", R"(\d{17}[\dXx])", "******"},
    {"Bank card number", R"(\d{16,19})", "****"},
    {"Mobile phone number", R"(1[3-9]\d{9})", "***"},
    {"Email address", R"([\w.+-]+@[\w-]+\.[\w.]+)", "###"},
    {"GPS Information", "-", "###"},
    {"Passport number", R"([EeGg]\d{8})", "###"},
};

QString featureFor(const RiskRule& r) {
    QString ops = QString::fromLatin1(r.action);
    ops.replace(u'_', u' ');
    return QStringLiteral("CLIENT[Any]OPERATE[[%1]OBJECT[Any]]").arg(ops);
}

} // namespace

void addDefaultRules(ProjectData& project, InstanceRecord& instance, const QString& createdAt) {
    instance.scopes.push_back({{QStringLiteral("id"), Store::newId(project)},
                               {QStringLiteral("name"), QStringLiteral("Full audit rule")},
                               {QStringLiteral("action"), QString()},
                               {QStringLiteral("status"), QStringLiteral("ON")},
                               {QStringLiteral("exception_ips"), QString()},
                               {QStringLiteral("source_ips"), QString()},
                               {QStringLiteral("source_ports"), QString()},
                               {QStringLiteral("db_ids"), QString()},
                               {QStringLiteral("db_names"), QString()},
                               {QStringLiteral("db_users"), QString()},
                               {QStringLiteral("all_audit"), true}});
    int rank = 1;
    for (const SqlRule& r : kSqlRules) {
        instance.sqlInjectionRules.push_back(
            {{QStringLiteral("id"), Store::newId(project)},
             {QStringLiteral("name"), QString::fromLatin1(r.name)},
             {QStringLiteral("status"), QStringLiteral("ON")},
             {QStringLiteral("risk_level"), QString::fromLatin1(r.level)},
             {QStringLiteral("type"), QStringLiteral("SYSTEM")},
             {QStringLiteral("rank"), rank},
             {QStringLiteral("feature"), QStringLiteral("Regular expression")},
             {QStringLiteral("regex"), QString::fromLatin1(r.regex)},
             {QStringLiteral("keywords"), QString::fromLatin1(r.keywords)}});
        rank = rank % 8 + 1;
    }
    rank = 1;
    for (const RiskRule& r : kRiskRules) {
        instance.riskRules.push_back({{QStringLiteral("id"), Store::newId(project)},
                                      {QStringLiteral("name"), QString::fromLatin1(r.name)},
                                      {QStringLiteral("type"), QString::fromLatin1(r.type)},
                                      {QStringLiteral("feature"), featureFor(r)},
                                      {QStringLiteral("status"), QString::fromLatin1(r.status)},
                                      {QStringLiteral("rank"), rank},
                                      {QStringLiteral("risk_level"), QString::fromLatin1(r.level)},
                                      {QStringLiteral("action"), QString::fromLatin1(r.action)},
                                      {QStringLiteral("schemas"),
                                       QJsonArray{QJsonObject{{QStringLiteral("schema"), QStringLiteral("*")},
                                                              {QStringLiteral("table"), QJsonValue()},
                                                              {QStringLiteral("column"), QJsonValue()}}}},
                                      {QStringLiteral("ignore_case"), false},
                                      {QStringLiteral("db_ids"), QString()},
                                      {QStringLiteral("execution_symbol"), QStringLiteral("NO_MATCH")},
                                      {QStringLiteral("execution_time"), 0},
                                      {QStringLiteral("affect_symbol"), QStringLiteral("NO_MATCH")},
                                      {QStringLiteral("affect_rows"), 0},
                                      {QStringLiteral("client_ips"), QString()}});
        rank = rank % 8 + 1;
    }
    for (const Mask& m : kMasks) {
        instance.masks.push_back({{QStringLiteral("id"), Store::newId(project)},
                                  {QStringLiteral("name"), QString::fromLatin1(m.name)},
                                  {QStringLiteral("type"), QStringLiteral("BUILD_IN")},
                                  {QStringLiteral("regex"), QString::fromLatin1(m.regex)},
                                  {QStringLiteral("mask_value"), QString::fromLatin1(m.value)},
                                  {QStringLiteral("status"), QStringLiteral("ON")},
                                  {QStringLiteral("operate_time"), createdAt}});
    }
}

QJsonObject riskRuleListView(const QJsonObject& rule) {
    QJsonObject out;
    for (const char* key : {"id", "name", "type", "feature", "status", "rank", "risk_level"})
        out.insert(QLatin1String(key), rule.value(QLatin1String(key)));
    return out;
}

QJsonObject riskRuleDetailView(const QJsonObject& rule) {
    QJsonObject out{{QStringLiteral("rule_id"), rule.value(QStringLiteral("id"))},
                    {QStringLiteral("rule_name"), rule.value(QStringLiteral("name"))}};
    for (const char* key :
         {"status", "action", "schemas", "rank", "ignore_case", "risk_level", "db_ids", "execution_symbol",
          "execution_time", "affect_symbol", "affect_rows", "client_ips"})
        out.insert(QLatin1String(key), rule.value(QLatin1String(key)));
    // The table and the SDK read client_ips, the example shows client_ip: answer both.
    out.insert(QStringLiteral("client_ip"), rule.value(QStringLiteral("client_ips")));
    return out;
}

} // namespace dbss::sandbox
