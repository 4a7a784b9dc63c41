#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;

namespace dbss::views {

// Moving between the window's panes from the keyboard: F6 / Ctrl+Tab to the next pane on screen,
// Shift+F6 / Ctrl+Shift+Tab back, Ctrl+PgDown / Ctrl+PgUp through the tabs of a tab group, and one
// action per dock (Alt+1…9) that shows, raises and focuses it. Those actions are what View lists:
// choosing a dock that is already open brings it forward instead of closing it.
class PaneNavigator : public QObject {
    Q_OBJECT
public:
    PaneNavigator(QMainWindow* window, const QList<QDockWidget*>& docks);

    QList<QAction*> dockActions() const { return m_dockActions; }
    QAction* addPane(QDockWidget* dock); // a dock made later (the fleet's): its action, as above
    QList<QAction*> navigationActions() const { return m_navigation; }

    void focusDock(QDockWidget* dock);
    void focusNextPane(int step); // +1 / -1 through the docks on screen
    void focusNextTab(int step);  // within the tab group of the focused dock
    QDockWidget* focusedDock() const;
    QList<QDockWidget*> panesOnScreen() const; // left to right, top to bottom

private:
    QMainWindow* m_window;
    QList<QDockWidget*> m_docks;
    QList<QAction*> m_dockActions;
    QList<QAction*> m_navigation;
};

} // namespace dbss::views
