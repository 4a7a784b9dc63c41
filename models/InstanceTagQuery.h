#pragma once

#include "models/api/ApiError.h"
#include "models/api/Tags.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace dbss::api {
class ApiClient;
class ApiReply;
} // namespace dbss::api

namespace dbss::models {

// The audit instances matching a tag filter: their resource ids (ListResourceInstanceByTag, every
// page) and the service's count (CountResourceInstanceByTag). A newer apply() drops the answers
// of an older one.
class InstanceTagQuery : public QObject {
    Q_OBJECT
public:
    explicit InstanceTagQuery(api::ApiClient* client, QObject* parent = nullptr);
    ~InstanceTagQuery() override;

    void apply(const api::TagFilter& filter);
    void cancel();
    bool isBusy() const { return m_pending > 0; }
    // "key=value" -> filter of that tag; "" with withoutAnyTag: untagged instances.
    static api::TagFilter tagFilter(const QString& key, const QString& value);
    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 100; // bounded: 10,000 instances

Q_SIGNALS:
    void matched(const QStringList& resourceIds, int count);
    void failed(const dbss::api::ApiError& error);

private:
    void fetchPage(int offset);
    void finishOne();

    QPointer<api::ApiClient> m_client;
    api::TagFilter m_filter;
    QList<QPointer<api::ApiReply>> m_replies;
    QStringList m_ids;
    int m_count = -1;
    int m_pending = 0;
    int m_pages = 0;
    bool m_failed = false;
};

} // namespace dbss::models
