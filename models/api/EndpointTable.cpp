#include "models/api/EndpointTable.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace dbss::api {

namespace {

const QString kDefaultDomain = QStringLiteral("myhuaweicloud.com");

struct Row {
    const char* code;
    const char* name;
    const char* domain; // nullptr: kDefaultDomain
    bool dbss, drs, das;
};

// Service availability per region as listed by huaweicloud-sdk-go-v3:
// services/dbss/v1/region/region.go, services/drs/v5/region/region.go, services/das/v3/region/region.go.
// Display names are the English names of the Huawei Cloud console; translations give the Chinese
// console's names (RegionInfo::localName()).
constexpr Row kRows[] = {
    {"ae-ad-1", QT_TRANSLATE_NOOP("Regions", "ME-Abu Dhabi"), nullptr, false, true, false},
    {"af-south-1", QT_TRANSLATE_NOOP("Regions", "AF-Johannesburg"), nullptr, true, true, false},
    {"ap-southeast-1", QT_TRANSLATE_NOOP("Regions", "CN-Hong Kong"), nullptr, true, true, false},
    {"ap-southeast-2", QT_TRANSLATE_NOOP("Regions", "AP-Bangkok"), nullptr, true, true, false},
    {"ap-southeast-3", QT_TRANSLATE_NOOP("Regions", "AP-Singapore"), nullptr, true, true, false},
    {"ap-southeast-4", QT_TRANSLATE_NOOP("Regions", "AP-Jakarta"), nullptr, true, true, false},
    {"cn-east-2", QT_TRANSLATE_NOOP("Regions", "CN East-Shanghai2"), nullptr, true, true, true},
    {"cn-east-3", QT_TRANSLATE_NOOP("Regions", "CN East-Shanghai1"), nullptr, true, true, true},
    {"cn-east-5", QT_TRANSLATE_NOOP("Regions", "CN East-Qingdao"), nullptr, true, false, false},
    {"cn-north-1", QT_TRANSLATE_NOOP("Regions", "CN North-Beijing1"), nullptr, true, true, true},
    {"cn-north-11", QT_TRANSLATE_NOOP("Regions", "CN North-Ulanqab2"), nullptr, true, false, false},
    {"cn-north-2", QT_TRANSLATE_NOOP("Regions", "CN North-Beijing2"), nullptr, true, true, false},
    {"cn-north-4", QT_TRANSLATE_NOOP("Regions", "CN North-Beijing4"), nullptr, true, true, true},
    {"cn-north-9", QT_TRANSLATE_NOOP("Regions", "CN North-Ulanqab1"), nullptr, true, true, false},
    {"cn-south-1", QT_TRANSLATE_NOOP("Regions", "CN South-Guangzhou"), nullptr, true, true, true},
    {"cn-south-2", QT_TRANSLATE_NOOP("Regions", "CN South-Shenzhen"), nullptr, true, true, true},
    {"cn-south-4", QT_TRANSLATE_NOOP("Regions", "CN South-Guangzhou-InvitationOnly"), nullptr, true, true,
     false},
    {"cn-southwest-2", QT_TRANSLATE_NOOP("Regions", "CN Southwest-Guiyang1"), nullptr, true, true, true},
    {"eu-west-0", QT_TRANSLATE_NOOP("Regions", "EU-Paris"), nullptr, false, true, false},
    {"eu-west-101", QT_TRANSLATE_NOOP("Regions", "EU-Dublin"), "myhuaweicloud.eu", false, true, false},
    {"la-north-2", QT_TRANSLATE_NOOP("Regions", "LA-Mexico City2"), nullptr, true, true, false},
    {"la-south-2", QT_TRANSLATE_NOOP("Regions", "LA-Santiago"), nullptr, true, true, false},
    {"me-east-1", QT_TRANSLATE_NOOP("Regions", "ME-Riyadh"), nullptr, true, false, false},
    {"my-kualalumpur-1", QT_TRANSLATE_NOOP("Regions", "AP-Kuala Lumpur-OP6"), nullptr, false, true, false},
    {"na-mexico-1", QT_TRANSLATE_NOOP("Regions", "LA-Mexico City1"), nullptr, false, true, false},
    {"ru-moscow-1", QT_TRANSLATE_NOOP("Regions", "RU-Moscow"), nullptr, false, true, false},
    {"ru-northwest-2", QT_TRANSLATE_NOOP("Regions", "RU-Moscow2"), nullptr, true, false, false},
    {"sa-brazil-1", QT_TRANSLATE_NOOP("Regions", "LA-Sao Paulo1"), nullptr, true, true, false},
    {"tr-west-1", QT_TRANSLATE_NOOP("Regions", "TR-Istanbul"), nullptr, true, true, true},
};

QList<RegionInfo> buildTable() {
    QList<RegionInfo> list;
    for (const Row& r : kRows) {
        RegionInfo info;
        info.code = QString::fromLatin1(r.code);
        info.displayName = QString::fromUtf8(r.name);
        info.domain = r.domain ? QString::fromLatin1(r.domain) : kDefaultDomain;
        info.dbss = r.dbss;
        info.drs = r.drs;
        info.das = r.das;
        list.append(info);
    }
    std::sort(list.begin(), list.end(),
              [](const RegionInfo& a, const RegionInfo& b) { return a.code < b.code; });
    return list;
}

} // namespace

QString RegionInfo::localName() const {
    return QCoreApplication::translate("Regions", displayName.toUtf8().constData());
}

QString EndpointTable::regionLabel(const QString& code) {
    const std::optional<RegionInfo> info = region(code);
    return info ? info->label() : code;
}

QString RegionInfo::label() const {
    return code + QStringLiteral(" — ") + localName();
}

bool RegionInfo::offers(Service service) const {
    switch (service) {
    case Service::Dbss:
        return dbss;
    case Service::Drs:
        return drs;
    case Service::Das:
        return das;
    case Service::Iam:
        return true; // IAM is global
    }
    return false;
}

const QList<RegionInfo>& EndpointTable::regions() {
    static const QList<RegionInfo> table = buildTable();
    return table;
}

std::optional<RegionInfo> EndpointTable::region(const QString& code) {
    for (const RegionInfo& r : regions()) {
        if (r.code == code)
            return r;
    }
    return std::nullopt;
}

QUrl EndpointTable::defaultEndpoint(Service service, const QString& region) {
    const std::optional<RegionInfo> info = EndpointTable::region(region);
    const QString domain = info ? info->domain : kDefaultDomain;
    if (service == Service::Iam)
        return QUrl(QStringLiteral("https://iam.") + domain);
    // A region code becomes part of a host name: refuse anything but [a-z0-9-].
    static const QRegularExpression validCode(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!validCode.match(region).hasMatch())
        return {};
    return QUrl(QStringLiteral("https://") + serviceKey(service) + QLatin1Char('.') + region +
                QLatin1Char('.') + domain);
}

QUrl EndpointTable::endpoint(Service service, const QString& region, const QHash<Service, QUrl>& overrides) {
    const auto it = overrides.constFind(service);
    if (it != overrides.constEnd() && it->isValid() && !it->isEmpty())
        return *it;
    return defaultEndpoint(service, region);
}

} // namespace dbss::api
