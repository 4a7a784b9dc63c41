#pragma once

#include <QFrame>

class QAbstractScrollArea;
class QLabel;
class QPushButton;

namespace dbss::views {

// A table's error: code, message and request id, with Retry (re-read) and, after a failed switch,
// Repeat (send the switch again). It floats over the bottom of the table instead of taking space
// in the layout, so showing it never moves the rows under the mouse (a click meant for a row would
// hit the header and re-sort). × hides it; a later success hides it too.
class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QAbstractScrollArea* over);

    void showError(const QString& text, const QString& repeatText = {}); // repeatText: the Repeat button
    QString text() const;
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* repeatButton() const { return m_repeat; }

Q_SIGNALS:
    void retryClicked();
    void repeatClicked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();
    QAbstractScrollArea* m_over;
    QLabel* m_text;
    QPushButton* m_retry;
    QPushButton* m_repeat;
};

} // namespace dbss::views
