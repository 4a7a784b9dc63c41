#include "models/InstanceFollower.h"

#include "models/tables/InstancesModel.h"

#include <QTimer>

namespace dbss::models {

InstanceFollower::InstanceFollower(InstancesModel* instances, QObject* parent)
    : QObject(parent)
    , m_instances(instances)
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, m_instances, &InstancesModel::refresh);
    connect(m_instances, &InstancesModel::refreshed, this, &InstanceFollower::onRefreshed);
    // A failed read is retried within the same budget: the instance moves on without us.
    connect(m_instances, &RemoteTableModel::errorChanged, this, [this](const api::ApiError& e) {
        if (e.isError() && isFollowing())
            schedule();
    });
}

bool InstanceFollower::isTransitional(const QString& status, const QString& task) {
    static const QStringList moving{QStringLiteral("BUILD"), QStringLiteral("DELETING"),
                                    QStringLiteral("HAWAIT"), QStringLiteral("UPGRADEING")};
    if (moving.contains(status))
        return true;
    // powering-on, powering-off, rebooting, delete_wait: the status has not changed yet.
    return !task.isEmpty() && task != QLatin1String("NO_TASK") && status != QLatin1String("ERROR");
}

void InstanceFollower::expect(const QString& instanceName) {
    if (!m_expected.contains(instanceName))
        m_expected << instanceName;
    m_backoff.reset();
    Q_EMIT followingChanged();
    schedule();
}

void InstanceFollower::kick() {
    m_backoff.reset();
    m_instances->refresh();
}

void InstanceFollower::onRefreshed() {
    QStringList moving, names;
    for (int r = 0; r < m_instances->rowCount(); ++r) {
        const api::AuditInstance* i = m_instances->instance(r);
        if (!i)
            continue;
        if (isTransitional(i->status, i->task)) {
            moving << tr("%1 (%2)").arg(i->name, InstancesModel::statusText(i->status));
            names << i->name;
        } else {
            m_expected.removeAll(i->name); // listed and settled
        }
    }
    const QStringList before = m_followingNames;
    m_following = moving;
    m_followingNames = names;
    QStringList done;
    for (const QString& name : before)
        if (!names.contains(name))
            done << name;
    if (!isFollowing()) {
        m_timer->stop();
        m_backoff.reset();
    } else {
        schedule();
    }
    Q_EMIT followingChanged();
    if (!done.isEmpty())
        Q_EMIT settled(done);
}

void InstanceFollower::schedule() {
    if (m_timer->isActive())
        return;
    if (m_backoff.exhausted()) {
        m_expected.clear(); // give up; a manual refresh still shows the truth
        Q_EMIT followingChanged();
        return;
    }
    m_timer->start(m_backoff.next());
}

QString InstanceFollower::statusText() const {
    if (!m_following.isEmpty())
        return tr("Following %1…").arg(m_following.join(QStringLiteral(", ")));
    if (!m_expected.isEmpty())
        return tr("Waiting for %1 to appear…").arg(m_expected.join(QStringLiteral(", ")));
    return {};
}

} // namespace dbss::models
