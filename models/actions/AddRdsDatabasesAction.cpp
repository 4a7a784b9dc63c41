#include "models/actions/AddRdsDatabasesAction.h"

#include "models/api/ParseReply.h"

#include <QCoreApplication>

namespace dbss::models {

AddRdsDatabasesAction::AddRdsDatabasesAction(api::ApiClient* client, QObject* parent)
    : SubmitAction(client, parent) {}

AddRdsDatabasesAction::~AddRdsDatabasesAction() {
    if (m_listReply) {
        m_listReply->disconnect(this);
        m_listReply->abort();
        m_listReply->deleteLater();
    }
}

api::FieldErrors AddRdsDatabasesAction::validate(const QString& instanceId,
                                                 const QList<api::RdsDatabase>& databases) {
    api::FieldChecker check;
    check.require(QStringLiteral("instance_id"), instanceId);
    if (databases.isEmpty())
        check.add(QStringLiteral("databases"),
                  QCoreApplication::translate("dbss::models::AddRdsDatabasesAction",
                                              "Select at least one database."));
    for (const api::RdsDatabase& db : databases) {
        if (db.id.isEmpty())
            check.add(QStringLiteral("databases"),
                      QCoreApplication::translate("dbss::models::AddRdsDatabasesAction",
                                                  "A selected database has no id."));
        else if (!db.isSupported)
            check.add(QStringLiteral("databases"),
                      QCoreApplication::translate("dbss::models::AddRdsDatabasesAction",
                                                  "%1 cannot be audited without an agent.")
                          .arg(db.dbName.isEmpty() ? db.id : db.dbName));
    }
    return check.errors();
}

void AddRdsDatabasesAction::loadCandidates(const QString& dbType) {
    if (m_listReply) {
        m_listReply->disconnect(this);
        m_listReply->abort();
        m_listReply->deleteLater();
    }
    m_dbType = dbType;
    m_candidates.clear();
    fetchPage(0);
}

void AddRdsDatabasesAction::fetchPage(int offset) {
    m_listReply = sendRead(api::listRdsDatabases(m_dbType, offset, kPageSize));
    api::ApiReply* reply = m_listReply;
    connect(reply, &api::ApiReply::finished, this, [this, reply, offset] {
        reply->deleteLater();
        m_listReply = nullptr;
        api::ListRdsDatabasesResponse page;
        api::ApiError error;
        if (!api::parseReply(*reply, &page, &error)) {
            Q_EMIT candidatesFailed(error);
            return;
        }
        m_candidates += page.databases;
        const int next = offset + int(page.databases.size());
        if (!page.databases.isEmpty() && next < page.totalCount)
            fetchPage(next);
        else
            Q_EMIT candidatesLoaded(m_candidates);
    });
}

bool AddRdsDatabasesAction::submit(const QString& instanceId, const QList<api::RdsDatabase>& databases) {
    return submitChecked(validate(instanceId, databases), api::addRdsDatabases(instanceId, databases),
                         {QStringLiteral("databases"), QStringLiteral("instance_id")},
                         [this](const api::ApiReply& reply) {
                             api::ApiError error;
                             api::parseReply(reply, &m_result, &error);
                             return error;
                         });
}

void AddRdsDatabasesAction::emitSucceeded() {
    Q_EMIT succeeded(m_result);
}

} // namespace dbss::models
