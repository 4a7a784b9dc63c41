#include "views/TableDock.h"

#include "models/tables/RemoteTableModel.h"
#include "views/Confirm.h"
#include "views/EmptyState.h"
#include "views/ErrorBanner.h"
#include "views/ReadableColors.h"
#include "views/Shortcuts.h"
#include "views/SwitchDelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace dbss::views {

TableDock::TableDock(const QString& title, const QString& objectName, QAbstractItemModel* model,
                     QWidget* parent, models::TableProxy* proxy)
    : QDockWidget(title, parent)
    , m_model(model)
    , m_remote(qobject_cast<models::RemoteTableModel*>(model))
    , m_proxy(proxy ? proxy : new models::TableProxy(this))
    , m_view(new QTableView)
    , m_filter(new QLineEdit)
    , m_banner(new ErrorBanner(m_view))
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_stop(new QPushButton(tr("Stop")))
    , m_emptyText(tr("Nothing here yet.")) {
    setObjectName(objectName); // saveState/restoreState key
    m_proxy->setParent(this);
    setFeatures(DockWidgetClosable | DockWidgetMovable | DockWidgetFloatable);

    m_proxy->setSourceModel(model);

    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &models::TableProxy::setFilterText);
    auto* focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    focusFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFilter, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(focusFilter);

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ReadableColorDelegate(m_view)); // status colours readable on any palette
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false); // Tab moves on to the next control, arrows move in the table
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &TableDock::showHeaderMenu);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TableDock::showContextMenu);
    auto* copyRows = new QAction(this);
    copyRows->setShortcut(QKeySequence::Copy);
    copyRows->setShortcutContext(Qt::WidgetShortcut);
    connect(copyRows, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedRowsText()); });
    m_view->addAction(copyRows);

    m_emptyState = new EmptyState(m_view);

    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("tableStatus"));

    auto* top = new QHBoxLayout;
    m_toolRow = top;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(m_status);
    top->addWidget(m_stop);
    m_stop->setToolTip(tr("Stop loading; the rows loaded so far stay"));
    m_stop->hide();

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    content->setFocusProxy(m_view); // focusing the pane focuses its table
    setWidget(content);

    if (m_remote) {
        connect(m_banner, &ErrorBanner::retryClicked, m_remote, &models::RemoteTableModel::refresh);
        connect(m_banner, &ErrorBanner::repeatClicked, this, [this] {
            m_banner->hide();
            m_remote->switchIds(std::exchange(m_failedIds, {}), m_failedOn);
        });
        connect(m_remote, &models::RemoteTableModel::toggleFinished, this, &TableDock::onToggleFinished);
        connect(m_remote, &models::RemoteTableModel::refreshed, this, [this] {
            m_loadedOnce = true;
            sizeColumnsOnce();
            updateStatus();
        });
        connect(m_remote, &QAbstractItemModel::modelReset, this, [this] { m_loadedOnce = false; });
        connect(m_stop, &QPushButton::clicked, m_remote, &models::RemoteTableModel::cancel);
        connect(m_remote, &models::RemoteTableModel::loadingChanged, this, &TableDock::onLoadingChanged);
        connect(m_remote, &models::RemoteTableModel::progressChanged, this, &TableDock::onProgress);
        connect(m_remote, &models::RemoteTableModel::errorChanged, this, &TableDock::onError);
    }
    connect(model, &QAbstractItemModel::rowsInserted, this, &TableDock::updateStatus);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TableDock::updateStatus);
    connect(model, &QAbstractItemModel::modelReset, this, &TableDock::updateStatus);
    // A reset of the model (another instance, another filter) resets the header to default widths:
    // keep the widths, order and sort the table had.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_headerBeforeReset = m_view->horizontalHeader()->saveState(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_headerBeforeReset.isEmpty())
            m_view->horizontalHeader()->restoreState(std::exchange(m_headerBeforeReset, {}));
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TableDock::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TableDock::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TableDock::updateStatus);
    if (m_remote && m_remote->canSwitch()) {
        m_switchDelegate = new SwitchDelegate(
            m_remote, [this](const QModelIndex&) { return askSwitchOff(1); }, this);
        m_view->setItemDelegate(m_switchDelegate);
    }
    if (!m_remote) // a local table is sized when its first rows arrive; a remote one once loaded
        connect(model, &QAbstractItemModel::rowsInserted, this, &TableDock::sizeColumnsOnce);
    m_confirmOff = [this](int rows) {
        return confirmStopAuditing(
            this, windowTitle(),
            rows == 1 ? tr("Switch off this row of %1? It is not audited until switched on again.")
                            .arg(windowTitle())
                      : tr("Switch off %1 rows of %2? They are not audited until switched on again.")
                            .arg(rows)
                            .arg(windowTitle()),
            tr("Switch Off"));
    };
    updateStatus();
}

QWidget* TableDock::errorBanner() const {
    return m_banner;
}

QString TableDock::errorText() const {
    return m_banner->isHidden() ? QString() : m_banner->text();
}

bool TableDock::canSwitch() const {
    return m_remote && m_remote->canSwitch();
}

Qt::CheckState TableDock::shownCheckState(const QModelIndex& index) const {
    return m_switchDelegate ? m_switchDelegate->shownState(index)
                            : Qt::CheckState(index.data(Qt::CheckStateRole).toInt());
}

bool TableDock::askSwitchOff(int rows) {
    return !m_confirmOff || m_confirmOff(rows);
}

bool TableDock::confirmAndSwitchSelected(bool on) {
    if (!canSwitch() || !m_view->selectionModel()->hasSelection())
        return false;
    if (!on && !askSwitchOff(int(m_view->selectionModel()->selectedRows().size())))
        return false;
    return switchSelected(on);
}

void TableDock::onToggleFinished(const QStringList& ids, bool on, bool applied, const api::ApiError& error) {
    m_view->viewport()->update(); // the pending look ends
    if (applied && !error.isError()) {
        m_banner->hide(); // an older error is stale now
        return;
    }
    if (applied)
        return; // ambiguous, but the service has what was asked: nothing to repeat
    m_failedIds = ids;
    m_failedOn = on;
    const QString what = on ? tr("Switching on failed") : tr("Switching off failed");
    m_banner->showError(tr("%1: %2").arg(what, error.userMessage()),
                        on ? tr("Switch On Again") : tr("Switch Off Again"));
    updateStatus();
}

void TableDock::sizeColumnsOnce() {
    // Once per dock, when the first rows are there; a header the user arranged is left alone.
    if (m_sized || m_model->rowCount() == 0)
        return;
    m_sized = true;
    QHeaderView* header = m_view->horizontalHeader();
    const int cap = std::max(160, m_view->viewport()->width() / 2);
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        // Every loaded row counts (up to a bound), not only those the viewport shows right now:
        // the first load may arrive before the window is on screen.
        int width = header->sectionSizeHint(c);
        const int rows = std::min(m_proxy->rowCount(), 500);
        for (int r = 0; r < rows; ++r)
            width = std::max(width, m_view->sizeHintForIndex(m_proxy->index(r, c)).width());
        header->resizeSection(c, std::min(width + 8, cap));
    }
}

QString TableDock::statusText() const {
    return m_status->text();
}

QStringList TableDock::selectedIds() const {
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << index.data(models::RemoteTableModel::IdRole).toString();
    return ids;
}

QString TableDock::selectedRowsText() const {
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    const QHeaderView* header = m_view->horizontalHeader();
    QStringList lines;
    for (const QModelIndex& row : rows) {
        QStringList cells;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            if (!header->isSectionHidden(column))
                cells << m_proxy->index(row.row(), column).data().toString();
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

bool TableDock::switchSelected(bool on) {
    if (!m_remote || !m_remote->canSwitch())
        return false;
    const QStringList ids = selectedIds();
    return !ids.isEmpty() && m_remote->switchIds(ids, on);
}

void TableDock::showContextMenu(const QPoint& pos) {
    const QModelIndex at = m_view->indexAt(pos);
    const bool hasSelection = m_view->selectionModel()->hasSelection();
    QMenu menu(this);
    QAction* copyCell = menu.addAction(tr("Copy cell"), this,
                                       [at] { QApplication::clipboard()->setText(at.data().toString()); });
    copyCell->setEnabled(at.isValid());
    QAction* copy = menu.addAction(tr("Copy rows"), this,
                                   [this] { QApplication::clipboard()->setText(selectedRowsText()); });
    copy->setEnabled(hasSelection);
    copy->setShortcut(QKeySequence::Copy);
    menu.addSeparator();
    if (m_remote && m_remote->canSwitch()) {
        QAction* on = menu.addAction(tr("Switch on"), this, [this] { confirmAndSwitchSelected(true); });
        on->setEnabled(hasSelection);
        on->setShortcut(keys::switchOn()); // shown in the menu; the window's action does the work
        QAction* off = menu.addAction(tr("Switch off…"), this, [this] { confirmAndSwitchSelected(false); });
        off->setEnabled(hasSelection);
        off->setShortcut(keys::switchOff());
        menu.addSeparator();
    }
    menu.addAction(tr("Export selection…"), this, [this] { Q_EMIT exportRequested(true); })
        ->setEnabled(hasSelection);
    menu.addAction(tr("Export table…"), this, [this] { Q_EMIT exportRequested(false); })
        ->setShortcut(keys::exportTable());
    menu.addSeparator();
    menu.addAction(tr("Filter"), this, [this] { m_filter->setFocus(); })->setShortcut(QKeySequence::Find);
    if (m_remote)
        menu.addAction(tr("Refresh"), m_remote, &models::RemoteTableModel::refresh)
            ->setShortcut(QKeySequence::Refresh);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void TableDock::showHeaderMenu(const QPoint& pos) {
    // The column chooser: every column, checked when visible; the last visible one cannot be hidden.
    QHeaderView* header = m_view->horizontalHeader();
    QMenu menu(this);
    int visible = 0;
    for (int c = 0; c < header->count(); ++c)
        visible += header->isSectionHidden(c) ? 0 : 1;
    for (int c = 0; c < header->count(); ++c) {
        QAction* a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(header->isSectionHidden(c) || visible > 1);
        connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
}

void TableDock::saveHeaderState() const {
    QSettings().setValue(objectName() + QStringLiteral("/header"), m_view->horizontalHeader()->saveState());
}

void TableDock::restoreHeaderState() {
    const QByteArray state = QSettings().value(objectName() + QStringLiteral("/header")).toByteArray();
    if (!state.isEmpty() && m_view->horizontalHeader()->restoreState(state)) {
        m_sized = true;
        m_view->sortByColumn(m_view->horizontalHeader()->sortIndicatorSection(),
                             m_view->horizontalHeader()->sortIndicatorOrder());
    }
}

void TableDock::addToolWidget(QWidget* widget) {
    m_toolRow->insertWidget(m_toolRow->count() - 1, widget); // before the status text
}

void TableDock::setEmptyText(const QString& text) {
    m_emptyText = text;
    updateStatus();
}

void TableDock::onLoadingChanged(bool loading) {
    m_progress->setVisible(loading);
    m_stop->setVisible(loading);
    if (loading)
        m_progress->setRange(0, 0); // busy until the first page tells the total
    updateStatus();
}

void TableDock::onProgress(int loaded, int total) {
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(loaded);
    }
    updateStatus();
}

void TableDock::onError(const api::ApiError& error) {
    if (error.isError())
        m_banner->showError(error.userMessage());
    else
        m_banner->hide();
    updateStatus();
}

void TableDock::updateStatus() {
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    const bool loading = m_remote && m_remote->isLoading();
    const QString progress =
        !loading ? QString()
        : m_remote->totalCount() > 0
            ? tr("Loading %1 of %2…").arg(m_remote->loadedCount()).arg(m_remote->totalCount())
            : tr("Loading…");
    QString text;
    if (all > 0 && shown == 0) // the user's filter hides everything, loaded or still loading
        text = loading ? tr("No row matches the filter (%1 hidden); loading more…").arg(all)
                       : tr("No row matches the filter (%1 hidden)").arg(all);
    else if (loading)
        text = progress;
    else if (all == 0 && m_remote && m_remote->lastError().isError())
        text = tr("Not loaded");
    else if (all == 0 && m_remote && !m_loadedOnce)
        text = QString(); // nothing asked yet (no instance chosen): no claim about the list
    else if (all == 0)
        text = m_emptyText;
    else if (shown != all)
        text = tr("%1 of %2 rows").arg(shown).arg(all);
    else
        text = tr("%n row(s)", nullptr, all);
    m_status->setText(text);
    // An empty table says why in its middle too: it is loading, it has no rows, or all are filtered.
    // A failed load says it in the error banner instead.
    m_emptyState->setMessage(
        shown == 0 && !(all == 0 && !loading && m_remote && m_remote->lastError().isError()) ? text
                                                                                             : QString());
}

QString TableDock::emptyStateText() const {
    return m_emptyState->isVisibleTo(m_view) ? m_emptyState->text() : QString();
}

} // namespace dbss::views
