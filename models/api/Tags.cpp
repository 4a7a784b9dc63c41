#include "models/api/Tags.h"

#include "models/api/ApiHelpers.h"

namespace dbss::api {

namespace {

QJsonArray keyValuesArray(const QList<TagKeyValues>& list) {
    QJsonArray a;
    for (const TagKeyValues& t : list)
        a.append(
            QJsonObject{{QStringLiteral("key"), t.key}, {QStringLiteral("values"), toJsonArray(t.values)}});
    return a;
}

QJsonArray tagArray(const QList<ResourceTag>& tags, bool valueOptional) {
    QJsonArray a;
    for (const ResourceTag& t : tags) {
        QJsonObject o{{QStringLiteral("key"), t.key}};
        if (!valueOptional || !t.value.isEmpty())
            o.insert(QStringLiteral("value"), t.value);
        a.append(o);
    }
    return a;
}

QString typePath(const QString& resourceType, const char* rest) {
    return QStringLiteral("/v1/{project_id}/") + pathSegment(resourceType) + QLatin1String(rest);
}

} // namespace

TagKeyValues TagKeyValues::fromJson(const QJsonObject& object, QStringList* missing, const QString& path) {
    const JsonReader r(object, path, missing);
    return {r.requiredString("key"), r.strings("values"), object};
}

ListProjectTagsResponse ListProjectTagsResponse::fromJson(const QJsonObject& object, QStringList* missing) {
    const JsonReader r(object, {}, missing);
    return {readItems<TagKeyValues>(r, "tags", true, missing)};
}

ApiRequest listProjectTags(const QString& resourceType) {
    return makeRequest("ListProjectResourceTags", "GET", typePath(resourceType, "/tags"), true);
}

QJsonObject TagFilter::toJson() const {
    QJsonObject o;
    if (!tags.isEmpty())
        o.insert(QStringLiteral("tags"), keyValuesArray(tags));
    if (!tagsAny.isEmpty())
        o.insert(QStringLiteral("tags_any"), keyValuesArray(tagsAny));
    if (!notTags.isEmpty())
        o.insert(QStringLiteral("not_tags"), keyValuesArray(notTags));
    if (!notTagsAny.isEmpty())
        o.insert(QStringLiteral("not_tags_any"), keyValuesArray(notTagsAny));
    if (!matchResourceName.isEmpty())
        o.insert(QStringLiteral("matches"),
                 QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("resource_name")},
                                        {QStringLiteral("value"), matchResourceName}}});
    if (withoutAnyTag)
        o.insert(QStringLiteral("without_any_tag"), true);
    return o;
}

TaggedResource TaggedResource::fromJson(const QJsonObject& object, QStringList* missing,
                                        const QString& path) {
    const JsonReader r(object, path, missing);
    TaggedResource t;
    t.resourceId = r.requiredString("resource_id");
    t.resourceName = r.string("resource_name", t.resourceId);
    for (const QJsonValue& v : r.array("tags")) {
        const JsonReader tag(v.toObject());
        t.tags.append({tag.string("key"), tag.string("value")});
    }
    t.raw = object;
    return t;
}

ListTaggedResourcesResponse ListTaggedResourcesResponse::fromJson(const QJsonObject& object,
                                                                  QStringList* missing) {
    const JsonReader r(object, {}, missing);
    ListTaggedResourcesResponse resp;
    resp.resources = readItems<TaggedResource>(r, "resources", true, missing);
    // The reference example puts total_count inside a resource; the table puts it at the top.
    qint64 total = r.integer("total_count", -1);
    if (total < 0 && !resp.resources.isEmpty())
        total = JsonReader(resp.resources.constFirst().raw).integer("total_count", -1);
    resp.totalCount = total < 0 ? qint64(resp.resources.size()) : total;
    return resp;
}

ApiRequest filterResourcesByTag(const TagFilter& filter, int offset, int limit, const QString& resourceType) {
    ApiRequest req = makeRequest("ListResourceInstanceByTag", "POST",
                                 typePath(resourceType, "/resource-instances/filter"), true);
    addPaging(req, offset, limit);
    req.body = compactJson(filter.toJson());
    return req;
}

CountTaggedResourcesResponse CountTaggedResourcesResponse::fromJson(const QJsonObject& object,
                                                                    QStringList* missing) {
    const JsonReader r(object, {}, missing);
    return {int(r.requiredInteger("total_count"))};
}

ApiRequest countResourcesByTag(const TagFilter& filter, const QString& resourceType) {
    ApiRequest req = makeRequest("CountResourceInstanceByTag", "POST",
                                 typePath(resourceType, "/resource-instances/count"), true);
    req.body = compactJson(filter.toJson());
    return req;
}

ApiRequest addResourceTags(const QString& resourceId, const QList<ResourceTag>& tags,
                           const QString& resourceType) {
    ApiRequest req =
        makeRequest("BatchAddResourceTag", "POST",
                    QStringLiteral("/v1/{project_id}/") + pathSegment(resourceType) + QLatin1Char('/') +
                        pathSegment(resourceId) + QStringLiteral("/tags/create"),
                    false);
    req.body = compactJson({{QStringLiteral("tags"), tagArray(tags, false)}});
    req.successStatus = 204; // documented: 204 No Content
    return req;
}

ApiRequest deleteResourceTags(const QString& resourceId, const QList<ResourceTag>& tags,
                              const QString& resourceType) {
    ApiRequest req =
        makeRequest("BatchDeleteResourceTag", "DELETE",
                    QStringLiteral("/v1/{project_id}/") + pathSegment(resourceType) + QLatin1Char('/') +
                        pathSegment(resourceId) + QStringLiteral("/tags/delete"),
                    false);
    req.body = compactJson({{QStringLiteral("tags"), tagArray(tags, true)}});
    req.successStatus = 204; // documented: 204 No Content
    return req;
}

} // namespace dbss::api
