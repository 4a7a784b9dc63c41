#pragma once

#include <QColor>
#include <QDateTime>
#include <QString>

namespace dbss::models {

// Cell texts and colours shared by the models, so every table says "On"/"High" the same way.
namespace cell {

// The service sends "2021-04-21 04:37:54" in UTC (some fields ISO-8601 or epoch milliseconds).
QDateTime parseServiceTime(const QString& text);
QString localTimeText(const QString& text); // "yyyy-MM-dd HH:mm" local, or the text unchanged

QString onOffText(const QString& status); // ON/OFF (also Enabled/Disabled) -> translated
bool isOnStatus(const QString& status);
QColor onOffColor(bool on);

QString riskLevelText(const QString& level); // HIGH/MEDIUM/LOW/NO_RISK -> translated
int riskLevelRank(const QString& level);     // for sorting: HIGH > MEDIUM > LOW
QColor riskLevelColor(const QString& level);

// Editions of an audit instance: "low"/"medium"/"high" (also as in "Low | 3 Proxy") -> the
// console's names, translated; anything else unchanged.
QString editionText(const QString& level);
// An instance's specification as the service writes it, "Low | 3 Proxy" (edition | audited
// databases) -> "Basic, 3 databases", translated; any other text unchanged.
QString specificationText(const QString& specification);

} // namespace cell
} // namespace dbss::models
