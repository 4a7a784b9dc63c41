#include "views/FieldLabels.h"

#include "models/api/EndpointTable.h"
#include "models/tables/CellFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dbss::views {

namespace {
constexpr const char* kContext = "dbss::views::FieldLabels";

// QT_TRANSLATE_NOOP lets lupdate collect the labels; fieldLabel() translates at run time.
const QHash<QString, const char*>& labels() {
    static const QHash<QString, const char*> table{
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "ID")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Name")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Status")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Type")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Version")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Region")},
        {QStringLiteral("zone"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Availability zone")},
        {QStringLiteral("created"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Created")},
        {QStringLiteral("expired"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Expires")},
        {QStringLiteral("comment"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Description")},
        {QStringLiteral("resource_id"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Resource ID")},
        {QStringLiteral("resource_spec_code"),
         QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Specification")},
        {QStringLiteral("charge_model"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Billing mode")},
        {QStringLiteral("remain_days"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Days left")},
        {QStringLiteral("keep_days"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Retention (days)")},
        {QStringLiteral("database_limit"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Database limit")},
        {QStringLiteral("instance_name"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Instance name")},
        {QStringLiteral("vpc_id"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "VPC ID")},
        {QStringLiteral("subnet_id"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Subnet ID")},
        {QStringLiteral("port_id"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Port ID")},
        {QStringLiteral("security_group_id"),
         QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Security group")},
        {QStringLiteral("connect_ip"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Private IP address")},
        {QStringLiteral("audit_status"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Audit status")},
        {QStringLiteral("db_name"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Database name")},
        {QStringLiteral("db_names"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Database names")},
        {QStringLiteral("db_id"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Database ID")},
        {QStringLiteral("db_ids"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Database IDs")},
        {QStringLiteral("db_users"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Database users")},
        {QStringLiteral("db_classification"),
         QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Database class")},
        {QStringLiteral("rds_id"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "RDS instance ID")},
        {QStringLiteral("ip"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "IP address")},
        {QStringLiteral("port"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Port")},
        {QStringLiteral("os"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Operating system")},
        {QStringLiteral("charset"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Character set")},
        {QStringLiteral("agent_id"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Agent ID")},
        {QStringLiteral("agent_ip"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Agent IP address")},
        {QStringLiteral("agent_nic"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Network interface")},
        {QStringLiteral("agent_os"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Agent OS")},
        {QStringLiteral("agent_type"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Agent type")},
        {QStringLiteral("cpu_threshold"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "CPU threshold (%)")},
        {QStringLiteral("mem_threshold"),
         QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Memory threshold (%)")},
        {QStringLiteral("rule_id"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Rule ID")},
        {QStringLiteral("rule_name"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Rule name")},
        {QStringLiteral("risk_level"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Risk level")},
        {QStringLiteral("risk_levels"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Risk levels")},
        {QStringLiteral("rank"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Priority")},
        {QStringLiteral("feature"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Feature")},
        {QStringLiteral("action"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Action")},
        {QStringLiteral("regex"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Regular expression")},
        {QStringLiteral("mask_value"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Mask")},
        {QStringLiteral("all_audit"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Audit everything")},
        {QStringLiteral("exception_ips"),
         QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Excluded IP addresses")},
        {QStringLiteral("source_ips"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Source IP addresses")},
        {QStringLiteral("source_ports"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Source ports")},
        {QStringLiteral("client_ip"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Client IP addresses")},
        {QStringLiteral("client_ips"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Client IP addresses")},
        {QStringLiteral("user_name"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "User")},
        {QStringLiteral("operate_name"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Operation")},
        {QStringLiteral("operate_time"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Time")},
        {QStringLiteral("time"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Time")},
        {QStringLiteral("result"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Result")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Description")},
        {QStringLiteral("start_time"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Start time")},
        {QStringLiteral("end_time"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "End time")},
        {QStringLiteral("ignore_case"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Ignore case")},
        {QStringLiteral("execution_time"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Execution time")},
        {QStringLiteral("affect_rows"), QT_TRANSLATE_NOOP("dbss::views::FieldLabels", "Affected rows")},
    };
    return table;
}

QString sentenceCase(const QString& key) { // "audit_status" -> "Audit status" (untranslated fields)
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString tr(const char* text) {
    return QCoreApplication::translate(kContext, text);
}
} // namespace

QString fieldLabel(const QString& key) {
    const char* label = labels().value(key);
    return label ? tr(label) : sentenceCase(key);
}

QString fieldValue(const QString& key, const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String: {
        QString text = value.toString(); // not const: returned (moved) when shown as sent
        if (key.endsWith(QLatin1String("status")) &&
            (text == QLatin1String("ON") || text == QLatin1String("OFF")))
            return models::cell::onOffText(text);
        if (key.startsWith(QLatin1String("risk_level")))
            return models::cell::riskLevelText(text);
        if (key == QLatin1String("specification"))
            return models::cell::specificationText(text);
        if (key == QLatin1String("region"))
            if (const auto region = api::EndpointTable::region(text))
                return region->label(); // "cn-north-4 — 华北-北京四"
        return text;
    }
    case QJsonValue::Array: {
        QStringList items;
        for (const auto& item : value.toArray())
            items << (item.isObject() || item.isArray()
                          ? QString::fromUtf8(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact))
                          : fieldValue(key, item));
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace dbss::views
