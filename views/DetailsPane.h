#pragma once

#include <QJsonObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace dbss::api {
struct ApiError;
struct RiskRuleDetail;
} // namespace dbss::api
namespace dbss::models {
class RiskRulesModel;
}

namespace dbss::views {

class TableDock;

// The current row of the table being worked in, readable: "Overview" shows the table's own columns
// (labelled and translated, values as the table shows them: "On", "High"), "All fields" every field
// the service sent with a label and a human value, and for a risk rule its full definition
// (ShowAuditRuleRisk). It follows one dock's current row and redraws whenever that row changes.
class DetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit DetailsPane(QWidget* parent = nullptr);

    void follow(TableDock* dock); // show its current row from now on
    TableDock* followed() const { return m_dock; }
    // Risk rules get their definition fetched when shown.
    void setRiskRules(TableDock* dock, models::RiskRulesModel* model);

    void showObject(const QString& title, const QJsonObject& object); // a bare API object
    void clear(const QString& hint);

    QTreeWidget* tree() const { return m_tree; }
    QString title() const;
    QStringList groups() const;                                      // top-level group names
    QString value(const QString& group, const QString& label) const; // for tests and copy

private:
    void showCurrent();
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void onDetail(const QString& ruleId, const api::RiskRuleDetail& detail);
    void onDetailFailed(const QString& ruleId, const api::ApiError& error);
    QTreeWidgetItem* addGroup(const QString& name);
    void addField(QTreeWidgetItem* group, const QString& label, const QString& value);
    void addRawFields(const QJsonObject& object);

    QLabel* m_title;
    QTreeWidget* m_tree;
    QPointer<TableDock> m_dock;
    QPersistentModelIndex m_row; // in the dock's proxy
    QPointer<TableDock> m_riskDock;
    QPointer<models::RiskRulesModel> m_risk;
    QString m_detailFor; // the rule whose definition was asked for
};

} // namespace dbss::views
