#pragma once

#include "models/api/ApiError.h"
#include "models/api/Databases.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace dbss::api {
class ApiClient;
class ApiReply;
} // namespace dbss::api

namespace dbss::models {

// What an add-database form needs to know before submitting: how many databases the audit
// instance may hold (database_limit of ListAuditInstances), how many it has (config_num), and the
// databases already audited (ListAuditDatabases, every page) to warn about adding one twice.
class DatabaseSlots : public QObject {
    Q_OBJECT
public:
    explicit DatabaseSlots(api::ApiClient* client, QObject* parent = nullptr);
    ~DatabaseSlots() override;

    void load(const QString& instanceId);
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_pending > 0; }
    int limit() const { return m_limit; } // -1 while unknown
    int used() const { return m_used; }
    int left() const { return m_limit < 0 ? -1 : std::max(0, m_limit - m_used); }
    const QList<api::AuditDatabase>& databases() const { return m_databases; }
    // A database already audited at the same address, port and name (nullptr: none).
    const api::AuditDatabase* sameAs(const QString& ip, const QString& port, const QString& name) const;
    // "3 of 6 database slots used; 3 left." (translated), or why it is not known.
    QString summary() const;

    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 50;

Q_SIGNALS:
    void loaded();
    void failed(const dbss::api::ApiError& error);

private:
    void fetchInstances(int offset);
    void fetchDatabases(int offset);
    void send(const api::ApiRequest& request, const std::function<void(const api::ApiReply&)>& done);
    void fail(const api::ApiError& error);
    void finishOne();

    QPointer<api::ApiClient> m_client;
    QList<QPointer<api::ApiReply>> m_replies;
    QString m_instanceId;
    int m_limit = -1;
    int m_used = 0;
    int m_pending = 0;
    int m_pages = 0;
    bool m_loaded = false;
    bool m_failed = false;
    api::ApiError m_error;
    QList<api::AuditDatabase> m_databases;
};

} // namespace dbss::models
