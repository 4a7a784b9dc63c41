#include "views/TagsDialog.h"

#include "models/actions/TagsAction.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dbss::views {

TagsDialog::TagsDialog(api::ApiClient* client, const QString& resourceId, QWidget* parent)
    : SubmitDialog(parent)
    , m_resourceId(resourceId)
    , m_action(new models::TagsAction(client, this))
    , m_table(new QTableWidget(0, 2))
    , m_key(new QLineEdit)
    , m_value(new QLineEdit)
    , m_delete(new QPushButton(tr("&Delete Selected"))) {
    setWindowTitle(tr("Tags"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    addField(QStringLiteral("tags"), tr("Tags:"), m_table);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    form()->addRow(QString(), m_delete);
    m_key->setMaxLength(128);
    m_key->setPlaceholderText(tr("1-128 characters"));
    addField(QStringLiteral("key"), tr("&Key:"), m_key);
    m_value->setMaxLength(255);
    m_value->setPlaceholderText(tr("At most 255 characters; may be empty"));
    addField(QStringLiteral("value"), tr("&Value:"), m_value);
    setSubmitText(tr("&Add Tag"));

    bindAction(m_action);
    connect(m_action, &models::SubmitAction::busyChanged, m_delete, &QWidget::setDisabled);
    connect(m_delete, &QPushButton::clicked, this,
            [this] { m_action->submit(m_resourceId, checkedTags(), models::TagsAction::Change::Delete); });
    connect(m_action, &models::TagsAction::tagsLoaded, this, &TagsDialog::showTags);
    connect(m_action, &models::TagsAction::tagsFailed, this, [this](const api::ApiError& e) {
        showApiError(e, {});
        Q_EMIT tagsLoaded();
    });
    connect(m_action, &models::TagsAction::succeeded, this, [this](models::TagsAction::Change change) {
        if (change == models::TagsAction::Change::Add) {
            m_key->clear();
            m_value->clear();
        }
        Q_EMIT tagsChanged(m_resourceId);
        m_action->loadTags(m_resourceId);
    });
    m_action->loadTags(m_resourceId);
}

void TagsDialog::showTags(const QList<api::ResourceTag>& tags) {
    m_table->setRowCount(int(tags.size()));
    for (int row = 0; row < tags.size(); ++row) {
        auto* key = new QTableWidgetItem(tags.at(row).key);
        key->setCheckState(Qt::Unchecked);
        m_table->setItem(row, 0, key);
        m_table->setItem(row, 1, new QTableWidgetItem(tags.at(row).value));
    }
    m_table->resizeColumnToContents(0);
    Q_EMIT tagsLoaded();
}

QList<api::ResourceTag> TagsDialog::shownTags() const {
    QList<api::ResourceTag> out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        out.append({m_table->item(row, 0)->text(), m_table->item(row, 1)->text()});
    return out;
}

QList<api::ResourceTag> TagsDialog::checkedTags() const {
    QList<api::ResourceTag> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->checkState() == Qt::Checked)
            out.append({m_table->item(row, 0)->text(), m_table->item(row, 1)->text()});
    }
    return out;
}

void TagsDialog::setChecked(const QString& key, bool checked) {
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text() == key)
            m_table->item(row, 0)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void TagsDialog::submit() {
    m_action->submit(m_resourceId, {{m_key->text(), m_value->text()}}, models::TagsAction::Change::Add);
}

} // namespace dbss::views
