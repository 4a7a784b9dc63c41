#include "models/tables/InstanceJobsModel.h"

#include <QDateTime>
#include <QTimer>

namespace dbss::models {

InstanceJobsModel::InstanceJobsModel(api::ApiClient* client, QObject* parent)
    : RemoteRowsModel(client, int(Column::Count), parent)
    , m_poll(new QTimer(this)) {
    m_poll->setSingleShot(true);
    connect(m_poll, &QTimer::timeout, this, &InstanceJobsModel::refresh);
    connect(this, &RemoteTableModel::loadingChanged, this, [this](bool loading) {
        if (!loading)
            onLoaded();
    });
}

void InstanceJobsModel::setResource(const QString& resourceId) {
    if (resourceId == m_resourceId)
        return;
    m_poll->stop();
    m_backoff.reset();
    changeScope([&] { m_resourceId = resourceId; });
    setFollowing(false);
    refresh();
}

bool InstanceJobsModel::isUnfinished(const QString& status) {
    return status == QLatin1String("INIT") || status == QLatin1String("READY") ||
           status == QLatin1String("RUNNING");
}

bool InstanceJobsModel::hasUnfinished() const {
    for (const api::InstanceJob& job : rows())
        if (isUnfinished(job.status))
            return true;
    return false;
}

bool InstanceJobsModel::isFollowing() const {
    return m_following;
}

void InstanceJobsModel::onLoaded() {
    if (m_resourceId.isEmpty())
        return;
    // A failed read is retried too (the job goes on without us), within the same bounded budget.
    if ((hasUnfinished() || lastError().isError()) && !m_backoff.exhausted()) {
        setFollowing(true);
        m_poll->start(m_backoff.next());
        return;
    }
    m_poll->stop();
    const bool was = m_following;
    setFollowing(false);
    if (was && !hasUnfinished())
        Q_EMIT settled();
}

void InstanceJobsModel::setFollowing(bool following) {
    if (following == m_following)
        return;
    m_following = following;
    Q_EMIT followingChanged(following);
}

QString InstanceJobsModel::summary() const {
    if (m_resourceId.isEmpty())
        return tr("Select an instance to see its jobs.");
    int open = 0;
    QString status;
    for (const api::InstanceJob& job : rows())
        if (isUnfinished(job.status)) {
            ++open;
            status = job.status;
        }
    if (open > 0)
        return tr("%n job(s) in progress (%1); checking again automatically…", nullptr, open).arg(status);
    if (m_following || isLoading())
        return tr("Checking the jobs…");
    if (rowCount() == 0)
        return tr("No creation jobs for this instance.");
    return tr("Every job has finished.");
}

QVariant InstanceJobsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Job:
        return tr("Job");
    case Column::Type:
        return tr("Type");
    case Column::Status:
        return tr("Status");
    case Column::Began:
        return tr("Began");
    case Column::Ended:
        return tr("Ended");
    case Column::Reason:
        return tr("Failure reason");
    case Column::Count:
        break;
    }
    return {};
}

api::ApiRequest InstanceJobsModel::pageRequest(qint64, int) const {
    return api::listInstanceJobs(m_resourceId);
}

bool InstanceJobsModel::parsePage(const api::ApiReply& reply, QList<api::InstanceJob>* rows, qint64* total,
                                  api::ApiError* error) const {
    api::ListInstanceJobsResponse response;
    if (!api::parseReply(reply, &response, error))
        return false;
    *rows = response.jobs;
    *total = rows->size();
    return true;
}

namespace {
QString timeText(qint64 ms) {
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                  : QString();
}
} // namespace

QVariant InstanceJobsModel::cellData(const api::InstanceJob& job, int column, int role) const {
    if (role == StatusRole)
        return job.status;
    if (role == SortRole) {
        if (Column(column) == Column::Began)
            return job.beginTime;
        if (Column(column) == Column::Ended)
            return job.endTime;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (Column(column)) {
    case Column::Job:
        return job.jobId;
    case Column::Type:
        return job.jobType;
    case Column::Status:
        return job.status;
    case Column::Began:
        return timeText(job.beginTime);
    case Column::Ended:
        return timeText(job.endTime);
    case Column::Reason:
        return job.failReason.isEmpty() ? job.errorCode : tr("%1 (%2)").arg(job.failReason, job.errorCode);
    case Column::Count:
        break;
    }
    return {};
}

} // namespace dbss::models
