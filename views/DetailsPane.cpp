#include "views/DetailsPane.h"

#include "models/tables/CellFormat.h"
#include "models/tables/RemoteTableModel.h"
#include "models/tables/RiskRulesModel.h"
#include "views/FieldLabels.h"
#include "views/TableDock.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dbss::views {

DetailsPane::DetailsPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_tree(new QTreeWidget) {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);

    auto* copy = new QAction(tr("Copy"), m_tree);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(copy);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this, [this] {
        QStringList lines;
        for (const QTreeWidgetItem* item : m_tree->selectedItems())
            lines << item->text(0) + QLatin1Char('\t') + item->text(1);
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);
    setFocusProxy(m_tree);
}

QString DetailsPane::title() const {
    return m_title->text();
}

QStringList DetailsPane::groups() const {
    QStringList names;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        names << m_tree->topLevelItem(i)->text(0);
    return names;
}

QString DetailsPane::value(const QString& group, const QString& label) const {
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* g = m_tree->topLevelItem(i);
        if (g->text(0) != group)
            continue;
        for (int c = 0; c < g->childCount(); ++c)
            if (g->child(c)->text(0) == label)
                return g->child(c)->text(1);
    }
    return {};
}

void DetailsPane::setRiskRules(TableDock* dock, models::RiskRulesModel* model) {
    m_riskDock = dock;
    m_risk = model;
    connect(model, &models::RiskRulesModel::detailReady, this, &DetailsPane::onDetail);
    connect(model, &models::RiskRulesModel::detailFailed, this, &DetailsPane::onDetailFailed);
}

void DetailsPane::follow(TableDock* dock) {
    if (m_dock != dock) {
        if (m_dock) {
            m_dock->proxy()->disconnect(this);
            if (m_dock->remoteModel())
                m_dock->remoteModel()->disconnect(this);
        }
        m_dock = dock;
        if (dock) {
            QSortFilterProxyModel* proxy = dock->proxy();
            connect(proxy, &QAbstractItemModel::dataChanged, this, &DetailsPane::onDataChanged);
            if (dock->remoteModel()) // a confirmed switch changes no data, only the pending look
                connect(dock->remoteModel(), &models::RemoteTableModel::toggleFinished, this,
                        &DetailsPane::showCurrent);
            connect(proxy, &QAbstractItemModel::modelReset, this, &DetailsPane::showCurrent);
            connect(proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
                if (!m_row.isValid())
                    showCurrent();
            });
        }
    }
    showCurrent();
}

void DetailsPane::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight) {
    if (m_row.isValid() && m_row.row() >= topLeft.row() && m_row.row() <= bottomRight.row())
        showCurrent();
}

QTreeWidgetItem* DetailsPane::addGroup(const QString& name) {
    auto* group = new QTreeWidgetItem(m_tree, {name});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFirstColumnSpanned(true);
    group->setExpanded(true);
    return group;
}

void DetailsPane::addField(QTreeWidgetItem* group, const QString& label, const QString& value) {
    auto* item = new QTreeWidgetItem(group, {label, value});
    item->setToolTip(1, value);
}

void DetailsPane::showCurrent() {
    const QModelIndex current = m_dock ? m_dock->view()->currentIndex() : QModelIndex();
    if (!current.isValid()) {
        m_row = QPersistentModelIndex();
        clear(tr("Select a row to see its details"));
        return;
    }
    m_row = current.siblingAtColumn(0);
    const QAbstractItemModel* model = current.model();
    const QString first = m_row.data().toString();
    m_title->setText(first.isEmpty() ? m_dock->windowTitle()
                                     : tr("%1: %2").arg(m_dock->windowTitle(), first));
    m_tree->clear();

    // Overview: the table's columns in the order the user arranged them, values as shown there.
    QTreeWidgetItem* overview = addGroup(tr("Overview"));
    const QHeaderView* header = m_dock->view()->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        const QModelIndex cell = current.siblingAtColumn(column);
        QString text = cell.data().toString();
        if (cell.flags().testFlag(Qt::ItemIsUserCheckable)) {
            const Qt::CheckState state = m_dock->shownCheckState(cell);
            text = state == Qt::PartiallyChecked
                       ? tr("Switching…")
                       : models::cell::onOffText(state == Qt::Checked ? QStringLiteral("ON")
                                                                      : QStringLiteral("OFF"));
        }
        addField(overview, model->headerData(column, Qt::Horizontal).toString(), text);
    }
    addRawFields(current.data(models::RemoteTableModel::RawRole).toJsonObject());

    // A risk rule's definition is one request away; ask for it once per rule shown.
    const QString id = current.data(models::RemoteTableModel::IdRole).toString();
    if (m_dock == m_riskDock && m_risk && !id.isEmpty()) {
        QTreeWidgetItem* definition = addGroup(tr("Rule definition"));
        addField(definition, tr("Loading…"), QString());
        m_detailFor = id; // asked again after a change of the row: the rule may have changed too
        m_risk->requestDetail(id);
    }
    m_tree->resizeColumnToContents(0);
}

void DetailsPane::addRawFields(const QJsonObject& object) {
    if (object.isEmpty())
        return;
    QTreeWidgetItem* all = addGroup(tr("All fields"));
    QList<QPair<QString, QString>> fields;
    for (auto it = object.begin(); it != object.end(); ++it)
        fields.append({fieldLabel(it.key()), fieldValue(it.key(), it.value())});
    std::sort(fields.begin(), fields.end(),
              [](const auto& a, const auto& b) { return a.first.localeAwareCompare(b.first) < 0; });
    for (const auto& [label, value] : std::as_const(fields))
        addField(all, label, value);
    all->setExpanded(false); // the overview says most of it; the rest is one click away
}

void DetailsPane::onDetail(const QString& ruleId, const api::RiskRuleDetail& d) {
    if (ruleId != m_detailFor || m_dock != m_riskDock)
        return;
    const QList<QTreeWidgetItem*> found = m_tree->findItems(tr("Rule definition"), Qt::MatchExactly);
    if (found.isEmpty())
        return;
    QTreeWidgetItem* group = found.first();
    qDeleteAll(group->takeChildren());
    addField(group, tr("Rule name"), d.ruleName);
    addField(group, tr("Status"), models::cell::onOffText(d.status));
    addField(group, tr("Risk level"), models::cell::riskLevelText(d.riskLevel));
    addField(group, tr("Priority"), QString::number(d.rank));
    addField(group, tr("Operations"), d.action);
    addField(group, tr("Databases"), d.dbIds.isEmpty() ? tr("All") : d.dbIds);
    QStringList objects;
    for (const api::RiskRuleSchema& s : d.schemas)
        objects << QStringList{s.schema, s.table, s.column}.join(QLatin1Char('.'));
    addField(group, tr("Objects"), objects.isEmpty() ? tr("All") : objects.join(QStringLiteral(", ")));
    addField(group, tr("Client IP addresses"), d.clientIps.isEmpty() ? tr("All") : d.clientIps);
    if (!d.executionSymbol.isEmpty())
        addField(group, tr("Execution time"), tr("%1 %2 ms").arg(d.executionSymbol).arg(d.executionTime));
    if (!d.affectSymbol.isEmpty())
        addField(group, tr("Affected rows"), tr("%1 %2").arg(d.affectSymbol).arg(d.affectRows));
    addField(group, tr("Ignore case"), d.ignoreCase ? tr("Yes") : tr("No"));
}

void DetailsPane::onDetailFailed(const QString& ruleId, const api::ApiError& error) {
    if (ruleId != m_detailFor)
        return;
    const QList<QTreeWidgetItem*> found = m_tree->findItems(tr("Rule definition"), Qt::MatchExactly);
    if (found.isEmpty())
        return;
    qDeleteAll(found.first()->takeChildren());
    addField(found.first(), tr("Not loaded"), error.userMessage());
}

void DetailsPane::showObject(const QString& title, const QJsonObject& object) {
    follow(nullptr);
    m_title->setText(title);
    m_tree->clear();
    addRawFields(object);
    if (m_tree->topLevelItemCount() > 0)
        m_tree->topLevelItem(0)->setExpanded(true);
}

void DetailsPane::clear(const QString& hint) {
    m_title->setText(hint);
    m_tree->clear();
}

} // namespace dbss::views
