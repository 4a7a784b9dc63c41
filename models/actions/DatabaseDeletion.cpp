#include "models/actions/DatabaseDeletion.h"

#include "models/api/ApiClient.h"
#include "models/api/Databases.h"
#include "models/api/MutationResult.h"

namespace dbss::models {

DatabaseDeletion::DatabaseDeletion(api::ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {}

bool DatabaseDeletion::remove(const QString& instanceId, const QStringList& dbIds) {
    if (!m_client || isBusy() || instanceId.isEmpty() || dbIds.isEmpty())
        return false;
    m_deleted.clear();
    m_failed.clear();
    m_errors.clear();
    m_outstanding = int(dbIds.size());
    for (const QString& id : dbIds) {
        api::ApiReply* reply = m_client->send(api::deleteAuditDatabase(instanceId, id));
        connect(reply, &api::ApiReply::finished, this, [this, reply, id] {
            reply->deleteLater();
            api::MutationResult result;
            api::ApiError error;
            if (api::parseMutation(*reply, &result, &error)) {
                m_deleted << id;
            } else {
                m_failed << id;
                m_errors << tr("%1: %2").arg(id, error.userMessage());
            }
            if (--m_outstanding > 0)
                return;
            const QString message =
                m_failed.isEmpty() ? tr("%n database(s) deleted.", nullptr, int(m_deleted.size()))
                                   : tr("%n database(s) deleted; failed: %1", nullptr, int(m_deleted.size()))
                                         .arg(m_errors.join(QStringLiteral("; ")));
            Q_EMIT finished(m_deleted, m_failed, message);
        });
    }
    return true;
}

} // namespace dbss::models
