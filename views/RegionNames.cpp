#include "views/RegionNames.h"

#include "models/api/EndpointTable.h"

#include <QCoreApplication>

namespace dbss::views {

namespace {

// The English names of models/api/EndpointTable, listed here so that lupdate offers them for
// translation (the table itself is data, not user-interface text).
[[maybe_unused]] const char* const kNames[] = {
    QT_TRANSLATE_NOOP("RegionNames", "ME-Abu Dhabi"),
    QT_TRANSLATE_NOOP("RegionNames", "AF-Johannesburg"),
    QT_TRANSLATE_NOOP("RegionNames", "CN-Hong Kong"),
    QT_TRANSLATE_NOOP("RegionNames", "AP-Bangkok"),
    QT_TRANSLATE_NOOP("RegionNames", "AP-Singapore"),
    QT_TRANSLATE_NOOP("RegionNames", "AP-Jakarta"),
    QT_TRANSLATE_NOOP("RegionNames", "CN East-Shanghai2"),
    QT_TRANSLATE_NOOP("RegionNames", "CN East-Shanghai1"),
    QT_TRANSLATE_NOOP("RegionNames", "CN East-Qingdao"),
    QT_TRANSLATE_NOOP("RegionNames", "CN North-Beijing1"),
    QT_TRANSLATE_NOOP("RegionNames", "CN North-Ulanqab2"),
    QT_TRANSLATE_NOOP("RegionNames", "CN North-Beijing2"),
    QT_TRANSLATE_NOOP("RegionNames", "CN North-Beijing4"),
    QT_TRANSLATE_NOOP("RegionNames", "CN North-Ulanqab1"),
    QT_TRANSLATE_NOOP("RegionNames", "CN South-Guangzhou"),
    QT_TRANSLATE_NOOP("RegionNames", "CN South-Shenzhen"),
    QT_TRANSLATE_NOOP("RegionNames", "CN South-Guangzhou-InvitationOnly"),
    QT_TRANSLATE_NOOP("RegionNames", "CN Southwest-Guiyang1"),
    QT_TRANSLATE_NOOP("RegionNames", "EU-Paris"),
    QT_TRANSLATE_NOOP("RegionNames", "EU-Dublin"),
    QT_TRANSLATE_NOOP("RegionNames", "LA-Mexico City2"),
    QT_TRANSLATE_NOOP("RegionNames", "LA-Santiago"),
    QT_TRANSLATE_NOOP("RegionNames", "ME-Riyadh"),
    QT_TRANSLATE_NOOP("RegionNames", "AP-Kuala Lumpur-OP6"),
    QT_TRANSLATE_NOOP("RegionNames", "LA-Mexico City1"),
    QT_TRANSLATE_NOOP("RegionNames", "RU-Moscow"),
    QT_TRANSLATE_NOOP("RegionNames", "RU-Moscow2"),
    QT_TRANSLATE_NOOP("RegionNames", "LA-Sao Paulo1"),
    QT_TRANSLATE_NOOP("RegionNames", "TR-Istanbul"),
};

} // namespace

QString regionName(const QString& code) {
    const std::optional<api::RegionInfo> info = api::EndpointTable::region(code);
    if (!info)
        return code;
    return QCoreApplication::translate("RegionNames", info->displayName.toUtf8().constData());
}

QString regionTitle(const QString& code) {
    const QString name = regionName(code);
    return name == code ? code : code + QStringLiteral(" — ") + name;
}

} // namespace dbss::views
