#include "models/actions/TagsAction.h"

#include "models/api/MutationResult.h"
#include "models/api/ParseReply.h"

#include <QSet>

namespace dbss::models {

TagsAction::TagsAction(api::ApiClient* client, QObject* parent)
    : SubmitAction(client, parent) {}

TagsAction::~TagsAction() {
    if (m_listReply) {
        m_listReply->disconnect(this);
        m_listReply->abort();
        m_listReply->deleteLater();
    }
}

api::FieldErrors TagsAction::validate(const QString& resourceId, const QList<api::ResourceTag>& tags) {
    api::FieldChecker check;
    check.require(QStringLiteral("resource_id"), resourceId);
    if (tags.isEmpty())
        check.add(QStringLiteral("tags"), tr("Enter or select at least one tag."));
    QSet<QString> seen;
    for (const api::ResourceTag& t : tags) {
        const QString key = t.key.trimmed();
        if (check.require(QStringLiteral("key"), key, 1, 128) && seen.contains(key))
            check.add(QStringLiteral("key"), tr("The key %1 appears twice.").arg(key));
        seen.insert(key);
        // Deleting by key alone is allowed; a value, when given, has the same bound.
        check.length(QStringLiteral("value"), t.value.trimmed(), 255);
    }
    return check.errors();
}

void TagsAction::loadTags(const QString& resourceId) {
    if (m_listReply) {
        m_listReply->disconnect(this);
        m_listReply->abort();
        m_listReply->deleteLater();
    }
    m_resourceId = resourceId;
    fetchPage(0);
}

void TagsAction::fetchPage(int offset) {
    m_listReply = sendRead(api::filterResourcesByTag(api::TagFilter{}, offset, kPageSize));
    api::ApiReply* reply = m_listReply;
    connect(reply, &api::ApiReply::finished, this, [this, reply, offset] {
        reply->deleteLater();
        m_listReply = nullptr;
        api::ListTaggedResourcesResponse page;
        api::ApiError error;
        if (!api::parseReply(*reply, &page, &error)) {
            Q_EMIT tagsFailed(error);
            return;
        }
        for (const api::TaggedResource& r : page.resources) {
            if (r.resourceId == m_resourceId) {
                Q_EMIT tagsLoaded(r.tags);
                return;
            }
        }
        const int next = offset + int(page.resources.size());
        if (!page.resources.isEmpty() && next < page.totalCount)
            fetchPage(next);
        else
            Q_EMIT tagsLoaded({}); // an instance without tags may not be listed
    });
}

bool TagsAction::submit(const QString& resourceId, const QList<api::ResourceTag>& tags, Change change) {
    QList<api::ResourceTag> trimmed;
    for (const api::ResourceTag& t : tags)
        trimmed.append({t.key.trimmed(), t.value.trimmed()});
    m_change = change;
    m_sent = trimmed;
    const api::ApiRequest request = change == Change::Add ? api::addResourceTags(resourceId, trimmed)
                                                          : api::deleteResourceTags(resourceId, trimmed);
    return submitChecked(validate(resourceId, tags), request,
                         {QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("tags"),
                          QStringLiteral("resource_id")},
                         [](const api::ApiReply& reply) {
                             api::MutationResult result;
                             api::ApiError error;
                             api::parseMutation(reply, &result, &error);
                             return error;
                         });
}

void TagsAction::emitSucceeded() {
    Q_EMIT succeeded(m_change, m_sent);
}

} // namespace dbss::models
