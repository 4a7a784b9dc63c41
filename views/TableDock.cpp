#include "views/TableDock.h"

#include "models/RemoteTableModel.h"
#include "views/ReadableColors.h"

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
                     QWidget* parent)
    : QDockWidget(title, parent)
    , m_model(model)
    , m_remote(qobject_cast<models::RemoteTableModel*>(model))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_filter(new QLineEdit)
    , m_banner(new QWidget)
    , m_bannerText(new QLabel)
    , m_retry(new QPushButton(tr("Retry")))
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_stop(new QPushButton(tr("Stop")))
    , m_emptyText(tr("Nothing here yet.")) {
    setObjectName(objectName); // saveState/restoreState key
    setFeatures(DockWidgetClosable | DockWidgetMovable | DockWidgetFloatable);

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(models::RemoteTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column

    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
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

    // The error banner: code, message and request id, with a Retry button.
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    setErrorBanner(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 4, 4);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_retry);
    m_banner->hide();

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
    layout->addWidget(m_banner);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    setWidget(content);

    if (m_remote) {
        connect(m_retry, &QPushButton::clicked, m_remote, &models::RemoteTableModel::refresh);
        connect(m_stop, &QPushButton::clicked, m_remote, &models::RemoteTableModel::cancel);
        connect(m_remote, &models::RemoteTableModel::loadingChanged, this, &TableDock::onLoadingChanged);
        connect(m_remote, &models::RemoteTableModel::progressChanged, this, &TableDock::onProgress);
        connect(m_remote, &models::RemoteTableModel::errorChanged, this, &TableDock::onError);
    }
    connect(model, &QAbstractItemModel::rowsInserted, this, &TableDock::updateStatus);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TableDock::updateStatus);
    connect(model, &QAbstractItemModel::modelReset, this, &TableDock::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TableDock::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TableDock::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TableDock::updateStatus);
    updateStatus();
}

QString TableDock::errorText() const {
    return m_banner->isHidden() ? QString() : m_bannerText->text();
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
    menu.addAction(tr("Copy rows"), this, [this] { QApplication::clipboard()->setText(selectedRowsText()); })
        ->setEnabled(hasSelection);
    menu.addSeparator();
    if (m_remote && m_remote->canSwitch()) {
        menu.addAction(tr("Switch on"), this, [this] { switchSelected(true); })->setEnabled(hasSelection);
        menu.addAction(tr("Switch off"), this, [this] { switchSelected(false); })->setEnabled(hasSelection);
        menu.addSeparator();
    }
    menu.addAction(tr("Export selection…"), this, [this] { Q_EMIT exportRequested(true); })
        ->setEnabled(hasSelection);
    menu.addAction(tr("Export table…"), this, [this] { Q_EMIT exportRequested(false); });
    if (m_remote) {
        menu.addSeparator();
        menu.addAction(tr("Refresh"), m_remote, &models::RemoteTableModel::refresh);
    }
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
    if (!state.isEmpty() && m_view->horizontalHeader()->restoreState(state))
        m_view->sortByColumn(m_view->horizontalHeader()->sortIndicatorSection(),
                             m_view->horizontalHeader()->sortIndicatorOrder());
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
    m_bannerText->setText(error.userMessage());
    m_banner->setVisible(error.isError());
    updateStatus();
}

void TableDock::updateStatus() {
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    QString text;
    if (m_remote && m_remote->isLoading())
        text = m_remote->totalCount() > 0
                   ? tr("Loading %1 of %2…").arg(m_remote->loadedCount()).arg(m_remote->totalCount())
                   : tr("Loading…");
    else if (all == 0 && !(m_remote && m_remote->lastError().isError()))
        text = m_emptyText;
    else if (shown != all)
        text = tr("%1 of %2 rows").arg(shown).arg(all);
    else
        text = tr("%n row(s)", nullptr, all);
    m_status->setText(text);
}

} // namespace dbss::views
