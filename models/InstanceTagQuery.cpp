#include "models/InstanceTagQuery.h"

#include "models/api/ApiClient.h"
#include "models/api/ParseReply.h"

namespace dbss::models {

InstanceTagQuery::InstanceTagQuery(api::ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {}

InstanceTagQuery::~InstanceTagQuery() {
    cancel();
}

api::TagFilter InstanceTagQuery::tagFilter(const QString& key, const QString& value) {
    api::TagFilter f;
    if (key.isEmpty())
        f.withoutAnyTag = true;
    else
        f.tags << api::TagKeyValues{key, value.isEmpty() ? QStringList{} : QStringList{value}, {}};
    return f;
}

void InstanceTagQuery::cancel() {
    for (const QPointer<api::ApiReply>& reply : std::as_const(m_replies))
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    m_replies.clear();
    m_pending = 0;
}

void InstanceTagQuery::apply(const api::TagFilter& filter) {
    cancel();
    if (!m_client)
        return;
    m_filter = filter;
    m_ids.clear();
    m_count = -1;
    m_pages = 0;
    m_failed = false;
    m_pending = 1;
    api::ApiReply* count = m_client->send(api::countResourcesByTag(filter));
    m_replies << count;
    connect(count, &api::ApiReply::finished, this, [this, count] {
        count->deleteLater();
        m_replies.removeAll(count);
        api::CountTaggedResourcesResponse answer;
        api::ApiError error;
        if (api::parseReply(*count, &answer, &error)) {
            m_count = answer.totalCount;
        } else if (!m_failed) {
            m_failed = true;
            Q_EMIT failed(error);
        }
        finishOne();
    });
    fetchPage(0);
}

void InstanceTagQuery::fetchPage(int offset) {
    ++m_pending;
    ++m_pages;
    api::ApiReply* reply = m_client->send(api::filterResourcesByTag(m_filter, offset, kPageSize));
    m_replies << reply;
    connect(reply, &api::ApiReply::finished, this, [this, reply, offset] {
        reply->deleteLater();
        m_replies.removeAll(reply);
        api::ListTaggedResourcesResponse page;
        api::ApiError error;
        if (!api::parseReply(*reply, &page, &error)) {
            if (!m_failed) {
                m_failed = true;
                Q_EMIT failed(error);
            }
            finishOne();
            return;
        }
        for (const api::TaggedResource& r : std::as_const(page.resources))
            m_ids << r.resourceId;
        const int next = offset + int(page.resources.size());
        if (!page.resources.isEmpty() && next < page.totalCount && m_pages < kMaxPages)
            fetchPage(next);
        finishOne();
    });
}

void InstanceTagQuery::finishOne() {
    if (--m_pending > 0 || m_failed)
        return;
    Q_EMIT matched(m_ids, m_count >= 0 ? m_count : int(m_ids.size()));
}

} // namespace dbss::models
