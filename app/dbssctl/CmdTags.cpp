// tags list | add --resource ID KEY=VALUE... | delete --resource ID KEY... | filter [KEY=VALUE...] | count
// [...]

#include "app/dbssctl/CmdSupport.h"
#include "app/dbssctl/Commands.h"
#include "models/api/Tags.h"

namespace dbss::ctl {

namespace {

// KEY=VALUE (or KEY alone when allowed) -> tag; nullopt on a malformed word.
std::optional<QList<api::ResourceTag>> parseTags(const QStringList& words, bool valueRequired) {
    QList<api::ResourceTag> tags;
    for (const QString& w : words) {
        const qsizetype eq = w.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? w : w.left(eq)).trimmed();
        const QString value = eq < 0 ? QString() : w.mid(eq + 1).trimmed();
        if (key.isEmpty() || key.size() > 128 || value.size() > 255 || (valueRequired && eq < 0))
            return std::nullopt;
        tags.append({key, value});
    }
    return tags;
}

int list(Session& s, const QStringList&) {
    int code = 0;
    const auto r = s.fetch<api::ListProjectTagsResponse>(api::listProjectTags(), &code);
    if (!r)
        return code;
    Listing out;
    out.headers = {ctlTr("Key"), ctlTr("Values")};
    for (const api::TagKeyValues& t : r->tags) {
        out.rows.append({t.key, t.values.join(QLatin1Char(','))});
        out.objects.append(t.raw);
    }
    return printListing(s, out);
}

std::optional<api::TagFilter> filterFrom(Session& s, const QStringList& words, int* code) {
    const auto tags = parseTags(words, false);
    if (!tags) {
        *code = s.usage(ctlTr("tags are KEY=VALUE or KEY"));
        return std::nullopt;
    }
    api::TagFilter filter;
    for (const api::ResourceTag& t : *tags) {
        auto it = std::find_if(filter.tags.begin(), filter.tags.end(),
                               [&](const api::TagKeyValues& kv) { return kv.key == t.key; });
        if (it == filter.tags.end())
            it = filter.tags.insert(filter.tags.end(), api::TagKeyValues{t.key, {}, {}});
        if (!t.value.isEmpty())
            it->values.append(t.value);
    }
    filter.matchResourceName = s.args().value(QStringLiteral("--name"));
    filter.withoutAnyTag = s.args().flags.contains(QStringLiteral("--without-any-tag"));
    return filter;
}

int filter(Session& s, const QStringList& words) {
    int code = 0;
    const auto f = filterFrom(s, words, &code);
    if (!f)
        return code;
    const auto resources = fetchAllOffset<api::ListTaggedResourcesResponse, api::TaggedResource>(
        s, [&](int offset, int limit) { return api::filterResourcesByTag(*f, offset, limit); },
        &api::ListTaggedResourcesResponse::resources, &api::ListTaggedResourcesResponse::totalCount, &code);
    if (!resources)
        return code;
    Listing out;
    out.headers = {ctlTr("Resource ID"), ctlTr("Name"), ctlTr("Tags")};
    for (const api::TaggedResource& r : *resources) {
        QStringList tags;
        for (const api::ResourceTag& t : r.tags)
            tags << t.key + QLatin1Char('=') + t.value;
        out.rows.append({r.resourceId, r.resourceName, tags.join(QLatin1Char(' '))});
        out.objects.append(r.raw);
    }
    return printListing(s, out);
}

int count(Session& s, const QStringList& words) {
    int code = 0;
    const auto f = filterFrom(s, words, &code);
    const auto r =
        f ? s.fetch<api::CountTaggedResourcesResponse>(api::countResourcesByTag(*f), &code) : std::nullopt;
    if (!r)
        return code;
    Listing out;
    out.headers = {ctlTr("Count")};
    out.rows.append({QString::number(r->totalCount)});
    out.objects.append(QJsonObject{{QStringLiteral("total_count"), r->totalCount}});
    return printListing(s, out);
}

// Whether every tag is (present) or none is (absent) on the resource; for lost-answer checks.
std::optional<bool> tagsState(Session& s, const QString& resource, const QList<api::ResourceTag>& tags,
                              bool present) {
    int code = 0;
    const auto r = s.fetch<api::ListTaggedResourcesResponse>(api::filterResourcesByTag({}, 0, 1000), &code);
    if (!r)
        return std::nullopt;
    for (const api::TaggedResource& res : r->resources) {
        if (res.resourceId != resource)
            continue;
        for (const api::ResourceTag& t : tags) {
            const bool there =
                std::any_of(res.tags.cbegin(), res.tags.cend(), [&](const api::ResourceTag& x) {
                    return x.key == t.key && (t.value.isEmpty() || x.value == t.value);
                });
            if (there != present)
                return false;
        }
        return true;
    }
    return !present;
}

int addOrDelete(Session& s, const QStringList& words, bool add) {
    int code = 0;
    const auto resource = requiredOption(s, QStringLiteral("--resource"), &code);
    if (!resource)
        return code;
    const auto tags = parseTags(words, add);
    if (!tags || tags->isEmpty())
        return s.usage(add ? ctlTr("'tags add' needs KEY=VALUE...") : ctlTr("'tags delete' needs KEY..."));
    const api::ApiRequest req =
        add ? api::addResourceTags(*resource, *tags) : api::deleteResourceTags(*resource, *tags);
    return runWrite(s, req,
                    (add ? ctlTr("%n tag(s) added to %1", nullptr, int(tags->size()))
                         : ctlTr("%n tag(s) deleted from %1", nullptr, int(tags->size())))
                        .arg(*resource),
                    [&] { return tagsState(s, *resource, *tags, add); });
}

} // namespace

QList<Command> tagCommands() {
    return {
        {{"tags", "list"}, {}, {}, 0, true, list},
        {{"tags", "add"},
         QStringLiteral("--resource ID KEY=VALUE..."),
         {"--resource"},
         -1,
         true,
         [](Session& s, const QStringList& w) {
             return addOrDelete(s, w, true);
         }},
        {{"tags", "delete"},
         QStringLiteral("--resource ID KEY..."),
         {"--resource"},
         -1,
         true,
         [](Session& s, const QStringList& w) {
             return addOrDelete(s, w, false);
         }},
        {{"tags", "filter"},
         QStringLiteral("[KEY=VALUE...] [--name N] [--without-any-tag]"),
         {"--name", "--without-any-tag"},
         -1,
         true,
         filter},
        {{"tags", "count"},
         QStringLiteral("[KEY=VALUE...] [--name N] [--without-any-tag]"),
         {"--name", "--without-any-tag"},
         -1,
         true,
         count},
    };
}

} // namespace dbss::ctl
