#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace dbss::views {

// Help ▸ Keyboard Shortcuts: every menu command that has a key (read from the menus themselves, so
// the list cannot go out of date), the window's navigation keys and the keys every table knows.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(QMenuBar* menus, const QList<QAction*>& extra, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    void addRow(const QString& where, const QString& command, const QString& keys);
    QTableWidget* m_table;
};

} // namespace dbss::views
