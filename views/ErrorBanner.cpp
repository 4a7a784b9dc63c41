#include "views/ErrorBanner.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace dbss::views {

ErrorBanner::ErrorBanner(QAbstractScrollArea* over)
    : QFrame(over)
    , m_over(over)
    , m_text(new QLabel)
    , m_retry(new QPushButton(tr("Retry")))
    , m_repeat(new QPushButton) {
    setObjectName(QStringLiteral("errorBanner"));
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#errorBanner { background: #fdecea; border: 1px solid #e0a8a5; }"
                                 "#errorBanner QLabel { color: #5f1d1a; }"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setToolTip(tr("Read the list again"));
    m_repeat->setObjectName(QStringLiteral("repeatSwitch"));
    m_repeat->hide();
    auto* close = new QToolButton;
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide this message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_repeat);
    layout->addWidget(m_retry);
    layout->addWidget(close);
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryClicked);
    connect(m_repeat, &QPushButton::clicked, this, &ErrorBanner::repeatClicked);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    over->installEventFilter(this);
    hide();
}

void ErrorBanner::showError(const QString& text, const QString& repeatText) {
    m_text->setText(text);
    m_repeat->setText(repeatText);
    m_repeat->setVisible(!repeatText.isEmpty());
    place();
    show();
    raise();
}

QString ErrorBanner::text() const {
    return m_text->text();
}

bool ErrorBanner::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_over && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        place();
    return QFrame::eventFilter(watched, event);
}

void ErrorBanner::place() {
    // Over the bottom of the rows (the viewport), above any horizontal scroll bar.
    const QRect area = m_over->viewport()->geometry();
    const int height =
        std::min(area.height(), layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(area.width())
                                                              : sizeHint().height());
    setGeometry(area.left(), area.bottom() + 1 - height, area.width(), height);
}

} // namespace dbss::views
