#pragma once

// Tags of audit instances (reference 3.4): project tags, resource instances by tag (filter and
// count), batch add (204) and batch delete (DELETE with a body, 204). resource_type defaults to
// "auditInstance" as the reference says.

#include "models/api/ApiRequest.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace dbss::api {

inline const QString kAuditInstanceResourceType = QStringLiteral("auditInstance");

struct TagKeyValues {
    QString key;
    QStringList values;
    QJsonObject raw;
    static TagKeyValues fromJson(const QJsonObject& object, QStringList* missing, const QString& path);
};

struct ResourceTag {
    QString key;
    QString value;
};

// ListProjectTags: GET /v1/{project_id}/{resource_type}/tags
struct ListProjectTagsResponse {
    QList<TagKeyValues> tags;
    static ListProjectTagsResponse fromJson(const QJsonObject& object, QStringList* missing);
};
ApiRequest listProjectTags(const QString& resourceType = kAuditInstanceResourceType);

// Filter for ListResourceInstanceByTag / CountResourceInstanceByTag.
struct TagFilter {
    QList<TagKeyValues> tags;    // all of these (keys AND, values OR)
    QList<TagKeyValues> tagsAny; // any of these
    QList<TagKeyValues> notTags;
    QList<TagKeyValues> notTagsAny;
    QString matchResourceName; // matches [{"key":"resource_name","value":...}]
    bool withoutAnyTag = false;
    QJsonObject toJson() const;
};

struct TaggedResource {
    QString resourceId;
    QString resourceName;
    QList<ResourceTag> tags;
    QJsonObject raw;
    static TaggedResource fromJson(const QJsonObject& object, QStringList* missing, const QString& path);
};
struct ListTaggedResourcesResponse {
    QList<TaggedResource> resources;
    qint64 totalCount = 0;
    static ListTaggedResourcesResponse fromJson(const QJsonObject& object, QStringList* missing);
};
// POST /v1/{project_id}/{resource_type}/resource-instances/filter?limit&offset (read-only POST)
ApiRequest filterResourcesByTag(const TagFilter& filter, int offset, int limit,
                                const QString& resourceType = kAuditInstanceResourceType);

struct CountTaggedResourcesResponse {
    int totalCount = 0;
    static CountTaggedResourcesResponse fromJson(const QJsonObject& object, QStringList* missing);
};
// POST /v1/{project_id}/{resource_type}/resource-instances/count (read-only POST)
ApiRequest countResourcesByTag(const TagFilter& filter,
                               const QString& resourceType = kAuditInstanceResourceType);

// POST /v1/{project_id}/{resource_type}/{resource_id}/tags/create -> 204
ApiRequest addResourceTags(const QString& resourceId, const QList<ResourceTag>& tags,
                           const QString& resourceType = kAuditInstanceResourceType);
// DELETE /v1/{project_id}/{resource_type}/{resource_id}/tags/delete -> 204 (value may be empty)
ApiRequest deleteResourceTags(const QString& resourceId, const QList<ResourceTag>& tags,
                              const QString& resourceType = kAuditInstanceResourceType);

} // namespace dbss::api
