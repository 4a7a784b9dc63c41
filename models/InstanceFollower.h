#pragma once

#include "models/Backoff.h"

#include <QObject>
#include <QStringList>

class QTimer;

namespace dbss::models {

class InstancesModel;

// Follows audit instances that are on their way somewhere (being created, started, stopped,
// rebooted, upgraded, deleted): while any is, the instance list is read again after a growing
// delay; when all have settled it stops. After an order, expect() keeps it going until the new
// instance is listed and settled (the order is accepted before the instance exists).
class InstanceFollower : public QObject {
    Q_OBJECT
public:
    explicit InstanceFollower(InstancesModel* instances, QObject* parent = nullptr);

    void setBackoff(const Backoff& backoff) { m_backoff = backoff; }
    void expect(const QString& instanceName); // an ordered instance, by name
    void kick();                              // something changed (an action ran): look again soon

    static bool isTransitional(const QString& status, const QString& task);
    bool isFollowing() const { return !m_following.isEmpty() || !m_expected.isEmpty(); }
    QStringList following() const { return m_following; } // "name (state)" of each, for display
    QString statusText() const;                           // "" when idle

Q_SIGNALS:
    void followingChanged();
    void settled(const QStringList& names); // instances that were followed and no longer move

private:
    void onRefreshed();
    void schedule();

    InstancesModel* m_instances;
    Backoff m_backoff;
    QTimer* m_timer;
    QStringList m_following;
    QStringList m_followingNames;
    QStringList m_expected;
};

} // namespace dbss::models
