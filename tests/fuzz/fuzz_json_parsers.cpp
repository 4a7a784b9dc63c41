// Bytes -> QJsonDocument -> every typed fromJson of the API library. The parsers read whatever a
// service (or a proxy) sends, so no input may crash them, and every missing field they report
// must have a path.

#include "FuzzSupport.h"

#include "models/api/AccountResources.h"
#include "models/api/Agents.h"
#include "models/api/AuditScopes.h"
#include "models/api/Connections.h"
#include "models/api/Databases.h"
#include "models/api/Iam.h"
#include "models/api/InstanceJobs.h"
#include "models/api/Instances.h"
#include "models/api/OperationLogs.h"
#include "models/api/Rules.h"
#include "models/api/Tags.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace dbss::api;

namespace {

template <class T> void parse(const QJsonObject& object) {
    QStringList missing;
    const T value = T::fromJson(object, &missing);
    (void)value;
    for (const QString& path : std::as_const(missing))
        FUZZ_CHECK(!path.isEmpty());
}

template <class T> void parseElement(const QJsonObject& object) {
    QStringList missing;
    const T value = T::fromJson(object, &missing, QStringLiteral("items[0]"));
    (void)value;
    for (const QString& path : std::as_const(missing))
        FUZZ_CHECK(path.startsWith(QLatin1String("items[0]")));
}

void parseAll(const QJsonObject& o) {
    parse<AuditQuota>(o);
    parse<ListEcsSpecificationResponse>(o);
    parse<ListAvailabilityZonesResponse>(o);
    parse<ListAuditAgentsResponse>(o);
    parse<ListAuditScopesResponse>(o);
    parse<DrsConnection>(o);
    parse<DasConnection>(o);
    parse<AddDatabaseResponse>(o);
    parse<ListRdsDatabasesResponse>(o);
    parse<AddRdsDatabasesResponse>(o);
    parse<ListAuditDatabasesResponse>(o);
    parse<TokenInfo>(o);
    parse<ListProjectsResponse>(o);
    parse<ListInstanceJobsResponse>(o);
    parse<PeriodOrderResponse>(o);
    parse<ListAuditInstancesResponse>(o);
    parse<ListOperationLogsResponse>(o);
    parse<ListSqlInjectionRulesResponse>(o);
    parse<ListRiskRulesResponse>(o);
    parse<RiskRuleDetail>(o);
    parse<ListMaskingRulesResponse>(o);
    parse<ListProjectTagsResponse>(o);
    parse<ListTaggedResourcesResponse>(o);
    parse<CountTaggedResourcesResponse>(o);

    parseElement<EcsSpecification>(o);
    parseElement<AvailabilityZone>(o);
    parseElement<AuditAgent>(o);
    parseElement<AuditScope>(o);
    parseElement<RdsDatabase>(o);
    parseElement<AuditDatabase>(o);
    parseElement<IamProject>(o);
    parseElement<InstanceJob>(o);
    parseElement<AuditInstance>(o);
    parseElement<OperationLog>(o);
    parseElement<SqlInjectionRule>(o);
    parseElement<RiskRule>(o);
    parseElement<MaskingRule>(o);
    parseElement<TagKeyValues>(o);
    parseElement<TaggedResource>(o);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QJsonDocument doc = QJsonDocument::fromJson(dbss::fuzz::bytes(data, size));
    if (doc.isObject()) {
        parseAll(doc.object());
    } else if (doc.isArray()) {
        // An array of objects: each as a response on its own (element parsers see odd shapes too).
        const QJsonArray array = doc.array();
        for (const QJsonValue& v : array)
            parseAll(v.toObject());
    }
    return 0;
}
