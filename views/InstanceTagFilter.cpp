#include "views/InstanceTagFilter.h"

#include "models/InstanceTagQuery.h"
#include "models/tables/RemoteTableModel.h"
#include "models/tables/TagsModel.h"
#include "views/TableDock.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace dbss::views {

namespace {
// Combo item data: {key, value, withoutAnyTag}; the first item (no filter) has none.
constexpr int KeyRole = Qt::UserRole;
constexpr int ValueRole = Qt::UserRole + 1;
constexpr int UntaggedRole = Qt::UserRole + 2;
} // namespace

InstanceTagFilter::InstanceTagFilter(api::ApiClient* client, TableDock* instances, QWidget* parent)
    : QWidget(parent)
    , m_dock(instances)
    , m_tags(new models::TagsModel(client, this))
    , m_query(new models::InstanceTagQuery(client, this))
    , m_combo(new QComboBox)
    , m_count(new QLabel) {
    setObjectName(QStringLiteral("instanceTagFilter"));
    m_combo->setObjectName(QStringLiteral("instanceTagCombo"));
    m_combo->setToolTip(tr("Show only the instances with this tag (asks the service)"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count->setObjectName(QStringLiteral("instanceTagCount"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addWidget(m_count);
    fillChoices();

    connect(m_tags, &models::RemoteTableModel::loadingChanged, this, [this](bool loading) {
        if (!loading)
            fillChoices();
    });
    connect(m_combo, &QComboBox::activated, this, &InstanceTagFilter::onChosen);
    connect(m_query, &models::InstanceTagQuery::matched, this, [this](const QStringList& ids, int count) {
        m_matched = QSet<QString>(ids.begin(), ids.end());
        m_count->setText(tr("%n instance(s)", nullptr, count));
        m_count->setToolTip({});
        applyToView();
        Q_EMIT applied(count);
    });
    connect(m_query, &models::InstanceTagQuery::failed, this, [this](const api::ApiError& error) {
        m_count->setText(tr("Tag filter failed"));
        m_count->setToolTip(error.userMessage());
    });
    // The navigator's rows change with every refresh, sort and filter: hide again.
    QAbstractItemModel* proxy = m_dock->view()->model();
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &InstanceTagFilter::applyToView);
    connect(proxy, &QAbstractItemModel::modelReset, this, &InstanceTagFilter::applyToView);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &InstanceTagFilter::applyToView);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &InstanceTagFilter::applyToView);
    connect(proxy, &QAbstractItemModel::dataChanged, this, &InstanceTagFilter::applyToView);
    reloadChoices();
}

void InstanceTagFilter::reloadChoices() {
    m_tags->refresh();
}

void InstanceTagFilter::fillChoices() {
    const QString key = m_combo->currentData(KeyRole).toString();
    const QString value = m_combo->currentData(ValueRole).toString();
    const bool untagged = m_combo->currentData(UntaggedRole).toBool();
    m_combo->clear();
    m_combo->addItem(tr("All tags"));
    for (int r = 0; r < m_tags->rowCount(); ++r) {
        const QModelIndex index = m_tags->index(r, 0);
        const QString k = index.data(models::RemoteTableModel::IdRole).toString();
        m_combo->addItem(tr("%1 (any value)").arg(k));
        m_combo->setItemData(m_combo->count() - 1, k, KeyRole);
        for (const QString& v : index.data(models::TagsModel::ValuesRole).toStringList()) {
            m_combo->addItem(QStringLiteral("%1=%2").arg(k, v));
            m_combo->setItemData(m_combo->count() - 1, k, KeyRole);
            m_combo->setItemData(m_combo->count() - 1, v, ValueRole);
        }
    }
    m_combo->addItem(tr("Without tags"));
    m_combo->setItemData(m_combo->count() - 1, true, UntaggedRole);
    for (int i = 0; i < m_combo->count(); ++i)
        if (m_combo->itemData(i, KeyRole).toString() == key &&
            m_combo->itemData(i, ValueRole).toString() == value &&
            m_combo->itemData(i, UntaggedRole).toBool() == untagged)
            m_combo->setCurrentIndex(i);
}

void InstanceTagFilter::onChosen() {
    const QString key = m_combo->currentData(KeyRole).toString();
    const bool untagged = m_combo->currentData(UntaggedRole).toBool();
    if (key.isEmpty() && !untagged) {
        m_query->cancel();
        m_active = false;
        m_matched.clear();
        m_count->clear();
        applyToView();
        Q_EMIT applied(-1);
        return;
    }
    m_active = true;
    m_count->setText(tr("Filtering…"));
    m_query->apply(models::InstanceTagQuery::tagFilter(key, m_combo->currentData(ValueRole).toString()));
}

void InstanceTagFilter::applyToView() {
    QTableView* view = m_dock->view();
    const QAbstractItemModel* model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        bool show = true;
        if (m_active) {
            const QJsonObject raw = model->index(r, 0).data(models::RemoteTableModel::RawRole).toJsonObject();
            show = m_matched.contains(raw.value(QLatin1String("resource_id")).toString());
        }
        if (view->isRowHidden(r) == show)
            view->setRowHidden(r, !show);
    }
}

} // namespace dbss::views
