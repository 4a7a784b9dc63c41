#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace dbss::models {
class OperationLogActivity;
class OperationLogModel;
} // namespace dbss::models

namespace dbss::views {

class ActivityChartView;
class TableDock;

// The activity chart above the operation log: operations over time in buckets (a minute to days,
// from the range), stacked by result or by user. Selecting a span (dragging across the bars, or
// clicking one) shows that span in the log: the log's query becomes that custom range (the dock's
// range controls say so), so the table holds exactly the chart's rows of the span, fetched from
// the service rather than filtered from what happened to be loaded. Back returns to the range before.
class ActivityChart : public QWidget {
    Q_OBJECT
public:
    ActivityChart(models::OperationLogModel* model, TableDock* dock, QWidget* parent = nullptr);

    // Puts a chart above the dock's table, in a splitter the user can resize or collapse.
    static ActivityChart* addTo(TableDock* dock, models::OperationLogModel* model);

    models::OperationLogActivity* activity() const { return m_activity; }
    ActivityChartView* chartView() const { return m_view; }
    QString summaryText() const;

    // What a drag over buckets first..last does.
    void selectBuckets(int first, int last);
    void showSpan(qint64 startMs, qint64 endMs);
    bool canGoBack() const { return !m_history.isEmpty(); }
    void back();

private:
    struct Range {
        QString preset; // the API's name, or empty for start..end
        qint64 startMs = 0;
        qint64 endMs = 0;
    };
    Range currentRange() const;
    void applyRange(const Range& range);
    void updateSummary();

    models::OperationLogModel* m_model;
    TableDock* m_dock;
    models::OperationLogActivity* m_activity;
    ActivityChartView* m_view;
    QComboBox* m_stackBy;
    QLabel* m_summary;
    QToolButton* m_back;
    QList<Range> m_history;
    QString m_historyInstance; // the history belongs to one instance
};

} // namespace dbss::views
