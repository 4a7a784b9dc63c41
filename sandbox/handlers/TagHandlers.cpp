// Tags (001 3.4.1-3.4.5). resource_type must be "auditInstance" (the documented usage);
// resources are audit instances addressed by resource_id.
#include "sandbox/handlers/HandlerContext.h"
#include "sandbox/handlers/Validation.h"

#include <QMap>
#include <QSet>

namespace dbss::sandbox {

namespace {

const QString kResourceType = QStringLiteral("auditInstance");

Rejection checkResourceType(const ApiCall& call) {
    if (call.param(QStringLiteral("resource_type")) != kResourceType)
        return badRequest(ErrorShape::Nested, QStringLiteral("resource_type must be auditInstance, got '%1'")
                                                  .arg(call.param(QStringLiteral("resource_type"))));
    return std::nullopt;
}

HttpReply projectTags(HandlerContext& ctx, ApiCall& call) {
    if (Rejection r = checkResourceType(call))
        return *r;
    QMap<QString, QStringList> byKey;
    for (const Rows& rows : ctx.project(call).tags) {
        for (const QJsonObject& t : rows) {
            QStringList& values = byKey[t.value(QStringLiteral("key")).toString()];
            const QString v = t.value(QStringLiteral("value")).toString();
            if (!values.contains(v))
                values << v;
        }
    }
    QJsonArray tags;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        QStringList values = it.value();
        values.sort();
        tags.append(QJsonObject{{QStringLiteral("key"), it.key()},
                                {QStringLiteral("values"), QJsonArray::fromStringList(values)}});
    }
    return HttpReply::json(200, {{QStringLiteral("tags"), tags}});
}

// One TagKeyValuesBean list (Table 3-141): <= 50 unique keys of 1-128 characters (trimmed), each
// with <= 10 unique values of <= 255 characters.
QString parseTagFilter(const QJsonObject& body, const QString& field, QMap<QString, QStringList>* out) {
    if (QString e = checkArray(body, field, false, false); !e.isEmpty())
        return e;
    const QJsonArray list = body.value(field).toArray();
    if (list.size() > 50)
        return QStringLiteral("%1 may hold at most 50 keys").arg(field);
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !o.value(QStringLiteral("key")).isString() ||
            !o.value(QStringLiteral("values")).isArray())
            return QStringLiteral("%1 items need a key string and a values array").arg(field);
        const QString key = o.value(QStringLiteral("key")).toString().trimmed();
        if (key.isEmpty() || key.size() > 128)
            return QStringLiteral("%1: key must have 1 to 128 characters").arg(field);
        if (out->contains(key))
            return QStringLiteral("%1: key '%2' appears twice").arg(field, key);
        QStringList values;
        const QJsonArray raw = o.value(QStringLiteral("values")).toArray();
        if (raw.size() > 10)
            return QStringLiteral("%1: key '%2' may have at most 10 values").arg(field, key);
        for (const QJsonValue& value : raw) {
            const QString s = value.toString().trimmed();
            if (!value.isString() || s.size() > 255 || values.contains(s))
                return QStringLiteral("%1: values of '%2' must be unique strings of at most 255 characters")
                    .arg(field, key);
            values << s;
        }
        out->insert(key, values);
    }
    return {};
}

// Does the resource have key with one of values (any value when values is empty)?
bool hasTag(const Rows& tags, const QString& key, const QStringList& values) {
    return std::any_of(tags.cbegin(), tags.cend(), [&](const QJsonObject& t) {
        return t.value(QStringLiteral("key")).toString() == key &&
               (values.isEmpty() || values.contains(t.value(QStringLiteral("value")).toString()));
    });
}

struct TagQuery {
    QMap<QString, QStringList> tags, tagsAny, notTags, notTagsAny;
    QString nameMatch;
    bool hasNameMatch = false;
    bool withoutAnyTag = false;
};

QString parseQuery(const QJsonObject& b, TagQuery* q) {
    QString e = firstError({parseTagFilter(b, QStringLiteral("tags"), &q->tags),
                            parseTagFilter(b, QStringLiteral("tags_any"), &q->tagsAny),
                            parseTagFilter(b, QStringLiteral("not_tags"), &q->notTags),
                            parseTagFilter(b, QStringLiteral("not_tags_any"), &q->notTagsAny),
                            checkBool(b, QStringLiteral("without_any_tag"), false),
                            checkArray(b, QStringLiteral("matches"), false, false)});
    if (!e.isEmpty())
        return e;
    // sys_tags is for the op_service permission only; a tenant's request may not use it.
    if (b.contains(QStringLiteral("sys_tags")))
        return QStringLiteral("sys_tags needs the op_service permission");
    q->withoutAnyTag = b.value(QStringLiteral("without_any_tag")).toBool();
    for (const QJsonValue& v : b.value(QStringLiteral("matches")).toArray()) {
        const QJsonObject m = v.toObject();
        // "Only resource_name for key is supported"; keys may not repeat.
        if (m.value(QStringLiteral("key")).toString() != QLatin1String("resource_name"))
            return QStringLiteral("matches: only the key resource_name is supported");
        if (q->hasNameMatch)
            return QStringLiteral("matches: key resource_name appears twice");
        if (QString me = requireString(m, QStringLiteral("value"), false, 0, 255); !me.isEmpty())
            return QStringLiteral("matches: ") + me;
        q->hasNameMatch = true;
        q->nameMatch = m.value(QStringLiteral("value")).toString();
    }
    return {};
}

bool matches(const TagQuery& q, const InstanceRecord& r, const Rows& tags) {
    const QString name = r.bean.value(QStringLiteral("name")).toString();
    if (q.hasNameMatch) {
        // Fuzzy, case-insensitive; an empty value means exact match of an empty name (none).
        if (q.nameMatch.isEmpty() ? !name.isEmpty() : !name.contains(q.nameMatch, Qt::CaseInsensitive))
            return false;
    }
    if (q.withoutAnyTag) // the four tag lists are ignored then
        return tags.empty();
    for (auto it = q.tags.cbegin(); it != q.tags.cend(); ++it) {
        if (!hasTag(tags, it.key(), it.value()))
            return false;
    }
    if (!q.tagsAny.isEmpty()) {
        bool any = false;
        for (auto it = q.tagsAny.cbegin(); it != q.tagsAny.cend() && !any; ++it)
            any = hasTag(tags, it.key(), it.value());
        if (!any)
            return false;
    }
    if (!q.notTags.isEmpty()) {
        bool all = true;
        for (auto it = q.notTags.cbegin(); it != q.notTags.cend() && all; ++it)
            all = hasTag(tags, it.key(), it.value());
        if (all)
            return false;
    }
    for (auto it = q.notTagsAny.cbegin(); it != q.notTagsAny.cend(); ++it) {
        if (hasTag(tags, it.key(), it.value()))
            return false;
    }
    return true;
}

HttpReply queryResources(HandlerContext& ctx, ApiCall& call, bool countOnly) {
    const ErrorShape shape = ErrorShape::Nested;
    if (Rejection r = checkResourceType(call))
        return *r;
    Paging paging{0, 1000};
    // 3.4.2: limit 1-1000 (default 1000), offset >= 0 (default 0); not used by count.
    if (!countOnly) {
        if (Rejection r = parseOffsetLimit(call, shape, 1000, 1000, &paging))
            return *r;
    }
    QJsonObject b;
    if (Rejection r = parseJsonBody(call, shape, &b, true))
        return *r;
    TagQuery q;
    if (const QString e = parseQuery(b, &q); !e.isEmpty())
        return badRequest(shape, e);
    ProjectData& p = ctx.project(call);
    std::vector<const InstanceRecord*> found;
    for (const InstanceRecord& r : p.instances) {
        if (matches(q, r, p.tags.value(r.resourceId())))
            found.push_back(&r);
    }
    if (countOnly)
        return HttpReply::json(200, {{QStringLiteral("total_count"), qint64(found.size())}});
    const QJsonArray resources = pageOf(found, paging, [&p](const InstanceRecord* r) {
        QJsonArray tags;
        for (const QJsonObject& t : p.tags.value(r->resourceId()))
            tags.append(t);
        return QJsonObject{{QStringLiteral("resource_detail"), QJsonValue()},
                           {QStringLiteral("resource_id"), r->resourceId()},
                           {QStringLiteral("resource_name"), r->bean.value(QStringLiteral("name"))},
                           {QStringLiteral("tags"), tags},
                           {QStringLiteral("sys_tags"), QJsonArray()}};
    });
    return HttpReply::json(200, {{QStringLiteral("resources"), resources},
                                 {QStringLiteral("total_count"), qint64(found.size())}});
}

// KeyValueBean list (Table 3-170). The table marks value mandatory but the documented example
// sends {"key":"key1"} alone, so a missing value means "" (create) or "any value" (delete).
QString parseKeyValues(const QJsonObject& b, std::vector<QPair<QString, QJsonValue>>* out) {
    if (QString e = checkArray(b, QStringLiteral("tags"), true, true); !e.isEmpty())
        return e;
    if (b.contains(QStringLiteral("sys_tags")))
        return QStringLiteral("sys_tags needs the op_service permission");
    for (const QJsonValue& v : b.value(QStringLiteral("tags")).toArray()) {
        const QJsonObject kv = v.toObject();
        QString e = firstError({v.isObject() ? QString() : QStringLiteral("tags items must be objects"),
                                requireString(kv, QStringLiteral("key"), true, 1, 128),
                                requireString(kv, QStringLiteral("value"), false, 0, 255)});
        if (e.isEmpty() && kv.value(QStringLiteral("key")).toString().trimmed().isEmpty())
            e = QStringLiteral("tags: key must not be blank");
        if (!e.isEmpty())
            return QStringLiteral("tags: ") + e;
        out->push_back(
            {kv.value(QStringLiteral("key")).toString().trimmed(), kv.value(QStringLiteral("value"))});
    }
    return {};
}

HttpReply changeTags(HandlerContext& ctx, ApiCall& call, bool create) {
    const ErrorShape shape = ErrorShape::Nested;
    if (Rejection r = checkResourceType(call))
        return *r;
    QJsonObject b;
    if (Rejection r = parseJsonBody(call, shape, &b))
        return *r;
    std::vector<QPair<QString, QJsonValue>> items;
    if (const QString e = parseKeyValues(b, &items); !e.isEmpty())
        return badRequest(shape, e);
    ProjectData& p = ctx.project(call);
    const QString resourceId = call.param(QStringLiteral("resource_id"));
    InstanceRecord* instance = p.findByResourceId(resourceId);
    if (!instance)
        return notFound(shape, QStringLiteral("no audit instance has resource_id %1").arg(resourceId));
    Rows& tags = p.tags[resourceId];
    QStringList keys;
    for (const auto& [key, value] : items) {
        keys << key;
        auto same = [&key = key](const QJsonObject& t) {
            return t.value(QStringLiteral("key")).toString() == key;
        };
        if (create) {
            std::erase_if(tags, same); // adding an existing key replaces its value
            tags.push_back({{QStringLiteral("key"), key}, {QStringLiteral("value"), value.toString()}});
        } else {
            std::erase_if(tags, [&](const QJsonObject& t) {
                return same(t) && (value.isUndefined() ||
                                   t.value(QStringLiteral("value")).toString() == value.toString());
            });
        }
    }
    if (tags.empty())
        p.tags.remove(resourceId);
    Store::log(p, *instance, call.user, QStringLiteral("Tags"),
               create ? QStringLiteral("Create") : QStringLiteral("Delete"), keys.join(u','),
               create ? QStringLiteral("Add resource tags.") : QStringLiteral("Delete resource tags."));
    return HttpReply::noContent();
}

} // namespace

void registerTagHandlers(Router& router, HandlerContext& ctx) {
    router.add("GET", QStringLiteral("/v1/{project_id}/{resource_type}/tags"),
               [&ctx](ApiCall& c) { return projectTags(ctx, c); });
    router.add("POST", QStringLiteral("/v1/{project_id}/{resource_type}/resource-instances/filter"),
               [&ctx](ApiCall& c) { return queryResources(ctx, c, false); });
    router.add("POST", QStringLiteral("/v1/{project_id}/{resource_type}/resource-instances/count"),
               [&ctx](ApiCall& c) { return queryResources(ctx, c, true); });
    router
        .add("POST", QStringLiteral("/v1/{project_id}/{resource_type}/{resource_id}/tags/create"),
             [&ctx](ApiCall& c) { return changeTags(ctx, c, true); })
        .mutation = true;
    router
        .add("DELETE", QStringLiteral("/v1/{project_id}/{resource_type}/{resource_id}/tags/delete"),
             [&ctx](ApiCall& c) { return changeTags(ctx, c, false); })
        .mutation = true;
}

} // namespace dbss::sandbox
