#include "models/actions/DatabaseSlots.h"

#include "models/api/ApiClient.h"
#include "models/api/Instances.h"
#include "models/api/ParseReply.h"

namespace dbss::models {

DatabaseSlots::DatabaseSlots(api::ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {}

DatabaseSlots::~DatabaseSlots() {
    for (const QPointer<api::ApiReply>& reply : std::as_const(m_replies))
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
}

void DatabaseSlots::load(const QString& instanceId) {
    if (!m_client || instanceId.isEmpty() || m_pending > 0)
        return;
    m_instanceId = instanceId;
    m_limit = -1;
    m_used = 0;
    m_pages = 0;
    m_loaded = m_failed = false;
    m_error = {};
    m_databases.clear();
    m_pending = 2;
    fetchInstances(0);
    fetchDatabases(0);
}

void DatabaseSlots::send(const api::ApiRequest& request,
                         const std::function<void(const api::ApiReply&)>& done) {
    api::ApiReply* reply = m_client->send(request);
    m_replies << reply;
    connect(reply, &api::ApiReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        m_replies.removeAll(reply);
        done(*reply);
    });
}

void DatabaseSlots::fetchInstances(int offset) {
    send(api::listAuditInstances(offset, kPageSize), [this, offset](const api::ApiReply& reply) {
        api::ListAuditInstancesResponse page;
        api::ApiError error;
        if (!api::parseReply(reply, &page, &error))
            return fail(error);
        for (const api::AuditInstance& i : std::as_const(page.servers))
            if (i.id == m_instanceId) {
                m_limit = i.databaseLimit;
                m_used = i.configNum;
                return finishOne();
            }
        const int next = offset + int(page.servers.size());
        if (!page.servers.isEmpty() && next < page.total && ++m_pages < kMaxPages)
            return fetchInstances(next);
        finishOne(); // not listed: the limit stays unknown
    });
}

void DatabaseSlots::fetchDatabases(int offset) {
    send(api::listAuditDatabases(m_instanceId, {}, offset, kPageSize),
         [this, offset](const api::ApiReply& reply) {
             api::ListAuditDatabasesResponse page;
             api::ApiError error;
             if (!api::parseReply(reply, &page, &error))
                 return fail(error);
             m_databases += page.databases;
             const int next = offset + int(page.databases.size());
             if (!page.databases.isEmpty() && next < page.total && ++m_pages < kMaxPages)
                 return fetchDatabases(next);
             finishOne();
         });
}

void DatabaseSlots::fail(const api::ApiError& error) {
    if (!m_failed) {
        m_failed = true;
        m_error = error;
        Q_EMIT failed(error);
    }
    finishOne();
}

void DatabaseSlots::finishOne() {
    if (--m_pending > 0)
        return;
    if (m_used < int(m_databases.size()))
        m_used = int(m_databases.size()); // config_num may lag behind the list
    m_loaded = !m_failed;
    if (m_loaded)
        Q_EMIT loaded();
}

const api::AuditDatabase* DatabaseSlots::sameAs(const QString& ip, const QString& port,
                                                const QString& name) const {
    for (const api::AuditDatabase& db : m_databases)
        if (db.ip == ip && db.port == port && db.name.compare(name, Qt::CaseInsensitive) == 0)
            return &db;
    return nullptr;
}

QString DatabaseSlots::summary() const {
    if (m_failed)
        return tr("Database slots unknown: %1").arg(m_error.userMessage());
    if (!m_loaded)
        return tr("Checking the instance's database slots…");
    if (m_limit < 0)
        return tr("%n database(s) audited; the instance's limit is unknown.", nullptr, m_used);
    return tr("%1 of %2 database slots used; %n left.", nullptr, left()).arg(m_used).arg(m_limit);
}

} // namespace dbss::models
