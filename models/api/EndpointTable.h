#pragma once

#include "models/api/Service.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace dbss::api {

// One region where at least one of DBSS, DRS or DAS is offered.
struct RegionInfo {
    QString code;        // e.g. "cn-north-4"
    QString displayName; // e.g. "CN North-Beijing4" (English console name)
    QString domain;      // "myhuaweicloud.com", or the region's own site (eu-west-101: "myhuaweicloud.eu")
    bool dbss = false;
    bool drs = false;
    bool das = false;

    bool offers(Service service) const;
    QString localName() const; // displayName in the user's language ("华北-北京四")
    QString label() const;     // "cn-north-4 — CN North-Beijing4", the name translated
};

// The one place that maps regions to service endpoints. Built from the official
// huaweicloud-sdk-go-v3 region files (services/{dbss/v1,drs/v5,das/v3,iam/v3}/region/region.go).
class EndpointTable {
public:
    // Every known region, sorted by code.
    static const QList<RegionInfo>& regions();
    static std::optional<RegionInfo> region(const QString& code);
    // How a region code reads in the user interface: label() of a known region, the code itself otherwise.
    static QString regionLabel(const QString& code);

    // The built-in endpoint: https://<service>.<region>.<domain>; IAM is the global endpoint of the
    // region's site (https://iam.myhuaweicloud.com). Unknown regions get the default domain, so a
    // region newer than this table still works.
    static QUrl defaultEndpoint(Service service, const QString& region);

    // What a client uses: a per-profile override of the service wins over the built-in table.
    static QUrl endpoint(Service service, const QString& region, const QHash<Service, QUrl>& overrides);
};

} // namespace dbss::api
