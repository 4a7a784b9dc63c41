#include "views/ActivityChartView.h"

#include "models/tables/OperationLogActivity.h"
#include "views/ReadableColors.h"

#include <QDateTime>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLocale>
#include <QMouseEvent>
#include <QRubberBand>
#include <QTimer>
#include <QToolTip>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace dbss::views {

using models::OperationLogActivity;

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

QColor seriesColor(const QString& key, int index, OperationLogActivity::StackBy by) {
    if (by == OperationLogActivity::StackBy::Result) {
        if (key == QLatin1String("success"))
            return QColor(0x2e, 0x9d, 0x4f);
        if (key == QLatin1String("fail"))
            return QColor(0xd9, 0x3b, 0x3b);
    }
    static const QColor hues[] = {QColor(0x3b, 0x7d, 0xd8), QColor(0xe0, 0x8a, 0x1e),
                                  QColor(0x8e, 0x5b, 0xc7), QColor(0x1f, 0xa3, 0x9b),
                                  QColor(0xc7, 0x4b, 0x8e), QColor(0x7a, 0x8c, 0x2c),
                                  QColor(0x5b, 0x6b, 0xc7)};
    return key.isEmpty() ? QColor(0x88, 0x88, 0x88) : hues[index % int(std::size(hues))];
}

} // namespace

ActivityChartView::ActivityChartView(OperationLogActivity* activity, QWidget* parent)
    : QChartView(new QChart, parent)
    , m_activity(activity)
    , m_throttle(new QTimer(this)) {
    setObjectName(QStringLiteral("activityChartView"));
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    chart()->legend()->setAlignment(Qt::AlignRight);
    chart()->setMargins(QMargins(2, 2, 2, 2));
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setBackgroundRoundness(0);
    chart()->setAnimationOptions(QChart::NoAnimation);
    applyPalette();
    // Throttled, not debounced: pages keep arriving while a log loads, the chart still moves.
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(150);
    connect(m_throttle, &QTimer::timeout, this, &ActivityChartView::redraw);
    connect(m_activity, &OperationLogActivity::changed, this, [this] {
        if (!m_throttle->isActive())
            m_throttle->start();
    });
    redraw();
}

void ActivityChartView::redrawNow() {
    m_throttle->stop();
    redraw();
}

QString ActivityChartView::seriesName(const QString& key) const {
    if (key.isEmpty())
        return tr("Others");
    if (m_activity->stackBy() == OperationLogActivity::StackBy::Result) {
        if (key == QLatin1String("success"))
            return tr("Succeeded");
        if (key == QLatin1String("fail"))
            return tr("Failed");
    }
    return key;
}

int ActivityChartView::shownSeries() const {
    const auto series = chart()->series();
    return series.isEmpty() ? 0 : int(static_cast<QAbstractBarSeries*>(series.first())->count());
}

void ActivityChartView::redraw() {
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes())
        chart()->removeAxis(axis);
    const int buckets = m_activity->bucketCount();
    auto* stacked = new QStackedBarSeries;
    stacked->setBarWidth(0.9);
    const QColor base = palette().color(QPalette::Base);
    const auto series = m_activity->series(8);
    quint32 highest = 0;
    std::vector<quint32> sums(size_t(buckets), 0u);
    for (int i = 0; i < series.size(); ++i) {
        auto* set = new QBarSet(seriesName(series.at(i).key));
        const QColor c = readableOn(seriesColor(series.at(i).key, i, m_activity->stackBy()), base, 3.0);
        set->setColor(c);
        set->setBorderColor(c);
        for (int b = 0; b < buckets; ++b) {
            *set << qreal(series.at(i).counts[size_t(b)]);
            sums[size_t(b)] += series.at(i).counts[size_t(b)];
        }
        stacked->append(set);
    }
    for (quint32 s : sums)
        highest = std::max(highest, s);
    chart()->addSeries(stacked);

    // Bars sit on 0 … n-1; a category axis labels the bucket edges (-0.5 + k) every few buckets.
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, std::max(buckets, 1) - 0.5);
    // Edges labelled as far apart as the labels need: times of day within a day; over several days
    // dates, at midnights only (a category axis drops repeated labels, and "MM-dd HH:mm" is cut).
    const bool days = m_activity->bucketStart(buckets) - m_activity->bucketStart(0) >= kDayMs;
    const int labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("00:00")) * 2;
    const int room = std::max(1, int(plotRectInView().width()) / labelWidth);
    const int every = std::max(1, (buckets + room - 1) / room);
    for (int b = 0, last = -every; b <= buckets; ++b) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(m_activity->bucketStart(b));
        if (b - last < every || (days && t.time() != QTime(0, 0)))
            continue;
        x->append(t.toString(days ? QStringLiteral("MM-dd") : QStringLiteral("HH:mm")), b - 0.5);
        last = b;
    }
    x->setGridLineVisible(false);
    auto* y = new QValueAxis;
    y->setRange(0, std::max<quint32>(highest, 4));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(3);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    const QColor text = palette().color(QPalette::WindowText);
    const QColor grid = palette().color(QPalette::Mid);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(x), static_cast<QAbstractAxis*>(y)}) {
        axis->setLabelsColor(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        chart()->addAxis(axis, axis == x ? Qt::AlignBottom : Qt::AlignLeft);
        stacked->attachAxis(axis);
    }
    chart()->legend()->setVisible(!series.isEmpty());
}

void ActivityChartView::applyPalette() {
    chart()->setBackgroundBrush(palette().color(QPalette::Base));
    chart()->setBackgroundPen(Qt::NoPen);
    chart()->legend()->setLabelColor(palette().color(QPalette::WindowText));
    setBackgroundBrush(palette().color(QPalette::Base));
}

void ActivityChartView::resizeEvent(QResizeEvent* event) {
    QChartView::resizeEvent(event);
    if (!m_throttle->isActive())
        m_throttle->start(); // labels spaced for the new width
}

void ActivityChartView::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        redrawNow();
    }
}

QRectF ActivityChartView::plotRectInView() const {
    const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
    return mapFromScene(plot).boundingRect();
}

int ActivityChartView::bucketAt(const QPoint& viewPos) const {
    const int buckets = m_activity->bucketCount();
    const QRectF plot = plotRectInView();
    if (buckets <= 0 || plot.width() <= 0 || viewPos.x() < plot.left() || viewPos.x() > plot.right())
        return -1;
    const int b = int((viewPos.x() - plot.left()) * buckets / plot.width());
    return std::clamp(b, 0, buckets - 1);
}

QPoint ActivityChartView::bucketCenter(int bucket) const {
    const QRectF plot = plotRectInView();
    const int buckets = std::max(1, m_activity->bucketCount());
    return QPointF(plot.left() + (bucket + 0.5) * plot.width() / buckets, plot.center().y()).toPoint();
}

QString ActivityChartView::bucketToolTip(int bucket) const {
    if (bucket < 0 || bucket >= m_activity->bucketCount())
        return {};
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    const QString from = QDateTime::fromMSecsSinceEpoch(m_activity->bucketStart(bucket)).toString(format);
    const QString to = QDateTime::fromMSecsSinceEpoch(m_activity->bucketEnd(bucket)).toString(format);
    QStringList lines{tr("%1 – %2").arg(from, to)};
    const QLocale locale;
    for (const auto& s : m_activity->series(8))
        if (s.counts[size_t(bucket)] > 0)
            lines << tr("%1: %2").arg(seriesName(s.key), locale.toString(s.counts[size_t(bucket)]));
    lines << tr("Total: %1").arg(locale.toString(m_activity->bucketTotal(bucket)));
    return lines.join(QLatin1Char('\n'));
}

void ActivityChartView::mousePressEvent(QMouseEvent* event) {
    m_pressBucket = event->button() == Qt::LeftButton ? bucketAt(event->position().toPoint()) : -1;
    if (m_pressBucket < 0)
        return QChartView::mousePressEvent(event);
    m_pressPos = event->position().toPoint();
    if (!m_band)
        m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
    const QRectF plot = plotRectInView();
    m_band->setGeometry(QRect(m_pressPos.x(), int(plot.top()), 1, int(plot.height())));
    m_band->show();
    event->accept();
}

void ActivityChartView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (m_pressBucket >= 0 && m_band) {
        const QRectF plot = plotRectInView();
        const int left = std::clamp(std::min(pos.x(), m_pressPos.x()), int(plot.left()), int(plot.right()));
        const int right = std::clamp(std::max(pos.x(), m_pressPos.x()), int(plot.left()), int(plot.right()));
        m_band->setGeometry(QRect(left, int(plot.top()), std::max(1, right - left), int(plot.height())));
    }
    const int bucket = bucketAt(pos);
    if (bucket >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), bucketToolTip(bucket), this);
    else
        QToolTip::hideText();
    QChartView::mouseMoveEvent(event);
}

void ActivityChartView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_pressBucket < 0 || event->button() != Qt::LeftButton)
        return QChartView::mouseReleaseEvent(event);
    if (m_band)
        m_band->hide();
    int last = bucketAt(event->position().toPoint());
    if (last < 0) // released beyond the plot: up to its nearest edge
        last = event->position().x() < plotRectInView().left() ? 0 : m_activity->bucketCount() - 1;
    const int first = std::exchange(m_pressBucket, -1);
    Q_EMIT bucketsSelected(std::min(first, last), std::max(first, last));
    event->accept();
}

} // namespace dbss::views
