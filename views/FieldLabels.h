#pragma once

#include <QJsonValue>
#include <QString>

namespace dbss::views {

// How the details pane names and shows a field the service sent: "audit_status" -> "Audit status"
// (translated where the console knows the field), "ON" -> "On", true -> "Yes", lists joined.
QString fieldLabel(const QString& key);
QString fieldValue(const QString& key, const QJsonValue& value);

} // namespace dbss::views
