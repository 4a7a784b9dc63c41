#pragma once

#include "models/policy/Policy.h"
#include "models/policy/PolicyApplier.h"
#include "models/policy/PolicyPlan.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dbss::api {
class ApiClient;
}

namespace dbss::views {

// The one preview before a policy is applied (Make Like, File ▸ Apply Policy…): every change of
// the plan with its current and wanted state, the number of requests it takes, and what the API
// cannot change listed as such. Apply sends the plan (PolicyApplier) and the same table then shows
// each change's outcome (applied / failed with error code and request id / not possible) and what
// the re-read found. A plan with errors (a policy file that does not fit the instance) cannot be
// applied. When the apply finishes while the window is not active, the desktop is notified.
class PolicyPreviewDialog : public QDialog {
    Q_OBJECT
public:
    enum Column {
        ChangeColumn,
        ListColumn,
        NameColumn,
        CurrentColumn,
        WantedColumn,
        ResultColumn,
        ColumnCount
    };

    PolicyPreviewDialog(api::ApiClient* client, const QString& title, const models::PolicyPlan& plan,
                        const models::Policy& desired, QWidget* parent = nullptr);

    const models::PolicyPlan& plan() const { return m_plan; }
    QTableWidget* changesTable() const { return m_table; }
    QPushButton* applyButton() const { return m_apply; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* reportLabel() const { return m_report; }
    bool isApplying() const;
    const models::PolicyReport& report() const { return m_lastReport; }

    static QString changeText(models::PolicyChange::Kind kind);
    static QString outcomeText(const models::PolicyOutcome& outcome, const models::PolicyChange& change);

public Q_SLOTS:
    void apply();
    void reject() override; // closing while applying cancels what is not yet sent

Q_SIGNALS:
    void applyFinished(const dbss::models::PolicyReport& report);

private:
    void fillTable();
    void onFinished(const models::PolicyReport& report);

    models::PolicyPlan m_plan;
    models::Policy m_desired;
    models::PolicyApplier* m_applier;
    models::PolicyReport m_lastReport;
    QLabel* m_summary;
    QTableWidget* m_table;
    QLabel* m_report;
    QPushButton* m_apply;
    QPushButton* m_close;
};

} // namespace dbss::views
