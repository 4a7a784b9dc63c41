#pragma once

#include "models/policy/Policy.h"
#include "views/TableDock.h"

#include <QHash>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace dbss::api {
class ApiClient;
}
namespace dbss::models {
class InstancesModel;
class PolicyCompareFilter;
class PolicyCompareModel;
class PolicyReader;
} // namespace dbss::models

namespace dbss::views {

class PolicyPreviewDialog;

// Policies of two or more instances side by side (PolicyCompareModel): the first is the reference,
// differences are marked, "Only differences" hides equal rows, and the table exports to CSV like
// every table (its filter and sort apply). "Make Like" opens the align preview for one of the
// compared instances; after an apply the comparison is read again.
class PolicyCompareDock : public TableDock {
    Q_OBJECT
public:
    PolicyCompareDock(api::ApiClient* client, const models::InstancesModel* instances, QWidget* parent);

    // Reads the instances' policies (the reference first) and shows them; readFinished() after.
    void compare(const QStringList& instanceIds);
    // Asks which instances (PolicyInstancePicker), then compares them.
    void chooseAndCompare(const QString& reference);
    QStringList comparedIds() const { return m_ids; }
    bool isReading() const;

    models::PolicyCompareModel* compareModel() const { return m_model; }
    models::PolicyCompareFilter* filter() const { return m_filter; }
    QCheckBox* onlyDifferencesBox() const { return m_onlyDiffs; }
    QLabel* summaryLabel() const { return m_summary; }
    const models::Policy* policyOf(const QString& instanceId) const;

    // The align preview that makes `targetId` like the reference (null if either was not read).
    PolicyPreviewDialog* alignTo(const QString& targetId);

Q_SIGNALS:
    void readFinished(bool ok);
    void applied(); // an align applied something; the instance's own tables are stale

private:
    void onRead(const QString& instanceId, const models::Policy& policy, const api::ApiError& error);
    void showResult();
    void updateAlignMenu();
    QString nameOf(const QString& instanceId) const;

    api::ApiClient* m_client;
    const models::InstancesModel* m_instances;
    models::PolicyCompareModel* m_model;
    models::PolicyCompareFilter* m_filter;
    QStringList m_ids;
    QHash<QString, models::Policy> m_policies;
    QHash<QString, QString> m_errors; // instance id -> error line
    QList<models::PolicyReader*> m_readers;
    int m_pending = 0;
    QPushButton* m_pick;
    QCheckBox* m_onlyDiffs;
    QToolButton* m_align;
    QLabel* m_summary;
};

} // namespace dbss::views
