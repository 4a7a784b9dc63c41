#pragma once

#include <QtCharts/QChartView>

class QRubberBand;
class QTimer;

namespace dbss::models {
class OperationLogActivity;
}

namespace dbss::views {

// The operation log's activity as stacked bars (one per bucket, stacked by result or user). Hovering
// shows the bucket's span and counts; dragging across buckets (a rubber band) or clicking one selects
// that span. Redrawn at most every 150 ms while pages arrive.
class ActivityChartView : public QChartView {
    Q_OBJECT
public:
    explicit ActivityChartView(models::OperationLogActivity* activity, QWidget* parent = nullptr);

    int bucketAt(const QPoint& viewPos) const;    // -1: not over a bucket
    QPoint bucketCenter(int bucket) const;        // in view coordinates (tests, tool tips)
    QString bucketToolTip(int bucket) const;      // the bucket's span and counts, as hovering shows
    QString seriesName(const QString& key) const; // "Succeeded", a user, "Others"
    int shownSeries() const;                      // series drawn (after the last redraw)
    void redrawNow();

Q_SIGNALS:
    void bucketsSelected(int first, int last);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void redraw();
    void applyPalette();
    QRectF plotRectInView() const;

    models::OperationLogActivity* m_activity;
    QTimer* m_throttle;
    QRubberBand* m_band = nullptr;
    int m_pressBucket = -1;
    QPoint m_pressPos;
};

} // namespace dbss::views
