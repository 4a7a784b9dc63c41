#pragma once

#include "models/Backoff.h"
#include "models/api/InstanceJobs.h"
#include "models/tables/RemoteRowsModel.h"

class QTimer;

namespace dbss::models {

// The creation jobs of one audit instance (ListAuditInstanceJobs, by resource id). While a job is
// unfinished (INIT, READY, RUNNING) the model polls on its own with a growing delay and stops
// when every job has settled (SUCCESS, FAIL) or the attempts run out.
class InstanceJobsModel : public RemoteRowsModel<api::InstanceJob> {
    Q_OBJECT
public:
    enum class Column { Job, Type, Status, Began, Ended, Reason, Count };
    Q_ENUM(Column)
    enum Role { StatusRole = LastCommonRole + 1 };

    explicit InstanceJobsModel(api::ApiClient* client, QObject* parent = nullptr);

    QString resourceId() const { return m_resourceId; }
    void setResource(const QString& resourceId); // resets; refreshes
    void setBackoff(const Backoff& backoff) { m_backoff = backoff; }

    static bool isUnfinished(const QString& status);
    bool hasUnfinished() const;
    bool isFollowing() const;
    // One line for the view: "creating: job RUNNING, 1 of 1 jobs unfinished…" / "all jobs settled".
    QString summary() const;

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void followingChanged(bool following);
    void settled(); // every job finished while following

protected:
    bool hasScope() const override { return !m_resourceId.isEmpty(); }
    bool isPaged() const override { return false; }
    api::ApiRequest pageRequest(qint64 position, int pageSize) const override;
    bool parsePage(const api::ApiReply& reply, QList<api::InstanceJob>* rows, qint64* total,
                   api::ApiError* error) const override;
    QString idOf(const api::InstanceJob& row) const override { return row.jobId; }
    QVariant cellData(const api::InstanceJob& row, int column, int role) const override;

private:
    void onLoaded();
    void setFollowing(bool following);

    QString m_resourceId;
    Backoff m_backoff;
    QTimer* m_poll;
    bool m_following = false;
};

} // namespace dbss::models
