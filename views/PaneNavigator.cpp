#include "views/PaneNavigator.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>

#include <algorithm>

namespace dbss::views {

PaneNavigator::PaneNavigator(QMainWindow* window, const QList<QDockWidget*>& docks)
    : QObject(window)
    , m_window(window) {
    for (QDockWidget* dock : docks)
        addPane(dock);
    auto navigation = [this, window](const QString& name, const QList<QKeySequence>& keys, auto slot) {
        auto* action = new QAction(name, window);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this, slot);
        window->addAction(action);
        m_navigation << action;
    };
    navigation(tr("Next Pane"), {QKeySequence(Qt::Key_F6), QKeySequence(Qt::CTRL | Qt::Key_Tab)},
               [this] { focusNextPane(1); });
    navigation(tr("Previous Pane"),
               {QKeySequence(Qt::SHIFT | Qt::Key_F6), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)},
               [this] { focusNextPane(-1); });
    navigation(tr("Next Tab"), {QKeySequence(Qt::CTRL | Qt::Key_PageDown)}, [this] { focusNextTab(1); });
    navigation(tr("Previous Tab"), {QKeySequence(Qt::CTRL | Qt::Key_PageUp)}, [this] { focusNextTab(-1); });
}

QAction* PaneNavigator::addPane(QDockWidget* dock) {
    const qsizetype i = m_docks.size();
    m_docks << dock;
    auto* action = new QAction(dock->windowTitle(), m_window);
    action->setObjectName(QStringLiteral("show") + dock->objectName());
    if (i < 9)
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    connect(dock, &QDockWidget::windowTitleChanged, action, &QAction::setText);
    connect(action, &QAction::triggered, this, [this, dock] { focusDock(dock); });
    m_window->addAction(action);
    m_dockActions << action;
    return action;
}

void PaneNavigator::focusDock(QDockWidget* dock) {
    dock->show();
    dock->raise();
    if (QWidget* content = dock->widget())
        content->setFocus(Qt::ShortcutFocusReason); // the content's focus proxy: the table or tree
}

QDockWidget* PaneNavigator::focusedDock() const {
    const QWidget* focus = QApplication::focusWidget();
    for (QDockWidget* dock : m_docks)
        if (dock->isAncestorOf(focus))
            return dock;
    return nullptr;
}

QList<QDockWidget*> PaneNavigator::panesOnScreen() const {
    QList<QDockWidget*> panes;
    for (QDockWidget* dock : m_docks)
        if (dock->isVisible() && !dock->visibleRegion().isEmpty())
            panes << dock;
    std::stable_sort(panes.begin(), panes.end(), [this](QDockWidget* a, QDockWidget* b) {
        const QPoint pa = a->mapTo(m_window, QPoint());
        const QPoint pb = b->mapTo(m_window, QPoint());
        return pa.x() != pb.x() ? pa.x() < pb.x() : pa.y() < pb.y();
    });
    return panes;
}

void PaneNavigator::focusNextPane(int step) {
    const QList<QDockWidget*> panes = panesOnScreen();
    if (panes.isEmpty())
        return;
    const int at = int(panes.indexOf(focusedDock()));
    const int n = int(panes.size());
    const int next = at < 0 ? (step > 0 ? 0 : n - 1) : ((at + step) % n + n) % n;
    focusDock(panes[next]);
}

void PaneNavigator::focusNextTab(int step) {
    QDockWidget* current = focusedDock();
    if (!current)
        return;
    QList<QDockWidget*> group{current};
    group += m_window->tabifiedDockWidgets(current);
    // The tab bar's order is the order of m_docks for the docks this window tabifies.
    std::sort(group.begin(), group.end(),
              [this](QDockWidget* a, QDockWidget* b) { return m_docks.indexOf(a) < m_docks.indexOf(b); });
    group.erase(std::remove_if(group.begin(), group.end(), [](QDockWidget* d) { return d->isHidden(); }),
                group.end());
    if (group.size() < 2)
        return;
    const int n = int(group.size());
    focusDock(group[((int(group.indexOf(current)) + step) % n + n) % n]);
}

} // namespace dbss::views
