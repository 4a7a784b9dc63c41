#include "views/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dbss::views {

namespace {
QString plain(QString text) { // "&Export Table…" -> "Export Table…"
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
}

QString keysOf(const QAction* action) {
    QStringList keys;
    for (const QKeySequence& key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QMenuBar* menus, const QList<QAction*>& extra, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 3)) {
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("Command"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    std::function<void(QMenu*, const QString&)> walk = [&](QMenu* menu, const QString& path) {
        for (QAction* action : menu->actions()) {
            if (action->menu())
                walk(action->menu(), path + QStringLiteral(" ▸ ") + plain(action->menu()->title()));
            else if (!action->shortcuts().isEmpty())
                addRow(path, plain(action->text()), keysOf(action));
        }
    };
    for (QAction* top : menus->actions())
        if (top->menu())
            walk(top->menu(), plain(top->menu()->title()));
    for (QAction* action : extra)
        if (!action->shortcuts().isEmpty())
            addRow(tr("Window"), plain(action->text()), keysOf(action));
    const QString table = tr("Any table");
    addRow(table, tr("Filter the rows"), QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
    addRow(table, tr("Copy the selected rows"),
           QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText));
    addRow(table, tr("Switch the current row on or off"), tr("Space"));
    addRow(table, tr("Open the context menu"), tr("Menu, Shift+F10"));
    addRow(table, tr("Leave the table"), tr("Tab, Shift+Tab"));
    m_table->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 520);
}

void ShortcutsDialog::addRow(const QString& where, const QString& command, const QString& keys) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(where));
    m_table->setItem(row, 1, new QTableWidgetItem(command));
    m_table->setItem(row, 2, new QTableWidgetItem(keys));
}

} // namespace dbss::views
