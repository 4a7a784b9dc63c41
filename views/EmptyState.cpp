#include "views/EmptyState.h"

#include <QAbstractScrollArea>
#include <QEvent>

namespace dbss::views {

EmptyState::EmptyState(QAbstractScrollArea* view)
    : QLabel(view->viewport()) {
    setObjectName(QStringLiteral("emptyState"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setForegroundRole(QPalette::PlaceholderText);
    view->viewport()->installEventFilter(this);
    hide();
}

void EmptyState::setMessage(const QString& text) {
    if (text == this->text() && isVisible() == !text.isEmpty())
        return;
    setText(text);
    setVisible(!text.isEmpty());
    place();
}

bool EmptyState::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parent() && event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}

void EmptyState::place() {
    const QWidget* viewport = parentWidget();
    const int margin = 16;
    const int width = qMax(0, viewport->width() - 2 * margin);
    const int height = qMin(viewport->height(), heightForWidth(width) + 2 * margin);
    setGeometry(margin, qMax(0, (viewport->height() - height) / 3), width, height);
}

} // namespace dbss::views
