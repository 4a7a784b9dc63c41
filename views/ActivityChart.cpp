#include "views/ActivityChart.h"

#include "models/tables/OperationLogActivity.h"
#include "models/tables/OperationLogModel.h"
#include "views/ActivityChartView.h"
#include "views/TableDock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace dbss::views {

using models::OperationLogActivity;

namespace {

QString widthText(qint64 ms) {
    const qint64 minutes = ms / 60'000;
    if (minutes < 60)
        return ActivityChart::tr("%n-minute buckets", "", int(minutes));
    if (minutes < 24 * 60)
        return ActivityChart::tr("%n-hour buckets", "", int(minutes / 60));
    return ActivityChart::tr("%n-day buckets", "", int(minutes / (24 * 60)));
}

} // namespace

ActivityChart::ActivityChart(models::OperationLogModel* model, TableDock* dock, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_dock(dock)
    , m_activity(new OperationLogActivity(this))
    , m_view(new ActivityChartView(m_activity))
    , m_stackBy(new QComboBox)
    , m_summary(new QLabel)
    , m_back(new QToolButton) {
    setObjectName(QStringLiteral("activityChart"));
    m_activity->setModel(model);

    m_stackBy->setObjectName(QStringLiteral("activityStackBy"));
    m_stackBy->addItem(tr("By result"), int(OperationLogActivity::StackBy::Result));
    m_stackBy->addItem(tr("By user"), int(OperationLogActivity::StackBy::User));
    m_stackBy->setToolTip(tr("Stack the bars by result or by user"));
    connect(m_stackBy, &QComboBox::currentIndexChanged, this, [this] {
        m_activity->setStackBy(OperationLogActivity::StackBy(m_stackBy->currentData().toInt()));
    });
    m_summary->setObjectName(QStringLiteral("activitySummary"));
    m_back->setObjectName(QStringLiteral("activityBack"));
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Show the range shown before the selected span"));
    m_back->setEnabled(false);
    connect(m_back, &QToolButton::clicked, this, &ActivityChart::back);
    m_view->setToolTip(tr("Drag across the bars (or click one) to show that span in the log"));
    m_view->setMinimumHeight(120);
    connect(m_view, &ActivityChartView::bucketsSelected, this, &ActivityChart::selectBuckets);
    connect(m_activity, &OperationLogActivity::changed, this, &ActivityChart::updateSummary);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->instanceId() != m_historyInstance) { // another instance: its own history
            m_history.clear();
            m_back->setEnabled(false);
        }
    });

    auto* title = new QLabel(tr("Activity"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(title);
    row->addWidget(m_summary, 1);
    row->addWidget(m_stackBy);
    row->addWidget(m_back);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    updateSummary();
}

ActivityChart* ActivityChart::addTo(TableDock* dock, models::OperationLogModel* model) {
    // The dock's layout holds its table; a splitter takes the table's place, chart above it.
    auto* layout = dock->widget()->layout();
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("activitySplitter"));
    splitter->setChildrenCollapsible(true);
    auto* chart = new ActivityChart(model, dock);
    delete layout->replaceWidget(dock->view(), splitter);
    splitter->addWidget(chart);
    splitter->addWidget(dock->view());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    return chart;
}

QString ActivityChart::summaryText() const {
    return m_summary->text();
}

void ActivityChart::updateSummary() {
    const QLocale locale;
    if (m_model->instanceId().isEmpty()) {
        m_summary->setText(QString());
        return;
    }
    QString text =
        tr("%1 operations, %2").arg(locale.toString(m_activity->total()), widthText(m_activity->bucketMs()));
    if (m_activity->outside() > 0)
        text += tr(" (%1 outside the range)").arg(locale.toString(m_activity->outside()));
    m_summary->setText(text);
}

void ActivityChart::selectBuckets(int first, int last) {
    if (first < 0 || last < first || last >= m_activity->bucketCount())
        return;
    showSpan(std::max(m_activity->bucketStart(first), m_activity->startMs()),
             std::min(m_activity->bucketEnd(last), m_activity->endMs()));
}

ActivityChart::Range ActivityChart::currentRange() const {
    const api::OperationLogQuery& q = m_model->query();
    if (!q.timeRange.isEmpty())
        return {q.timeRange, 0, 0};
    const auto [start, end] = OperationLogActivity::rangeOf(q, 0);
    return {QString(), start, end};
}

void ActivityChart::showSpan(qint64 startMs, qint64 endMs) {
    // Rows have whole seconds: a span from .5 s holds what the next whole second on holds.
    startMs = (startMs + 999) / 1000 * 1000;
    endMs = (endMs + 999) / 1000 * 1000;
    if (endMs <= startMs)
        return;
    if (m_history.isEmpty())
        m_historyInstance = m_model->instanceId();
    m_history.append(currentRange());
    m_back->setEnabled(true);
    applyRange({QString(), startMs, endMs});
}

void ActivityChart::back() {
    if (m_history.isEmpty())
        return;
    applyRange(m_history.takeLast());
    m_back->setEnabled(!m_history.isEmpty());
}

void ActivityChart::applyRange(const Range& range) {
    // The dock's range controls show what the log holds (found by name: they are the dock's own).
    auto* presets = m_dock->findChild<QComboBox*>(QStringLiteral("operationLogRange"));
    if (presets)
        presets->setCurrentIndex(presets->findData(range.preset));
    if (!range.preset.isEmpty()) {
        m_model->setTimeRange(range.preset); // already done by the combo box, unless it is gone
        return;
    }
    // The service takes whole seconds and includes the end second: the span's last second.
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(range.startMs);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(range.endMs - 1000);
    if (auto* from = m_dock->findChild<QDateTimeEdit*>(QStringLiteral("operationLogFrom")))
        from->setDateTime(start);
    if (auto* to = m_dock->findChild<QDateTimeEdit*>(QStringLiteral("operationLogTo")))
        to->setDateTime(end);
    m_model->setCustomRange(start, end);
}

} // namespace dbss::views
