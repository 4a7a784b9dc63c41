#include "views/PolicyInstancePicker.h"

#include "models/tables/InstancesModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace dbss::views {

PolicyInstancePicker::PolicyInstancePicker(const models::InstancesModel* instances, const QString& reference,
                                           QWidget* parent)
    : QDialog(parent)
    , m_reference(new QComboBox)
    , m_others(new QListWidget)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setObjectName(QStringLiteral("policyInstancePicker"));
    setWindowTitle(tr("Compare Policies"));
    for (int r = 0; r < instances->rowCount(); ++r) {
        const QModelIndex index = instances->index(r, 0);
        const QString id = index.data(models::RemoteTableModel::IdRole).toString();
        const QString name = index.data().toString();
        m_reference->addItem(tr("%1 (%2)").arg(name, id), id);
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(name, id), m_others);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_reference->setCurrentIndex(std::max(0, m_reference->findData(reference)));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Compare"));

    auto* form = new QFormLayout(this);
    auto* note = new QLabel(tr("Rules are matched by type and name. The reference is what the others are "
                               "compared with, and what \"Make Like\" copies."));
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("Compare &with:"), m_others);
    form->addRow(m_buttons);
    connect(m_reference, &QComboBox::currentIndexChanged, this, &PolicyInstancePicker::updateOthers);
    connect(m_others, &QListWidget::itemChanged, this, &PolicyInstancePicker::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOthers();
}

void PolicyInstancePicker::updateOthers() {
    // The reference cannot be compared with itself.
    const QString reference = m_reference->currentData().toString();
    for (int i = 0; i < m_others->count(); ++i) {
        QListWidgetItem* item = m_others->item(i);
        item->setHidden(item->data(Qt::UserRole).toString() == reference);
    }
    updateOk();
}

void PolicyInstancePicker::updateOk() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosenIds().size() >= 2);
}

QStringList PolicyInstancePicker::chosenIds() const {
    QStringList ids{m_reference->currentData().toString()};
    for (int i = 0; i < m_others->count(); ++i) {
        const QListWidgetItem* item = m_others->item(i);
        if (!item->isHidden() && item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toString();
    }
    return ids;
}

void PolicyInstancePicker::setChosen(const QStringList& ids) {
    if (ids.isEmpty())
        return;
    m_reference->setCurrentIndex(std::max(0, m_reference->findData(ids.first())));
    for (int i = 0; i < m_others->count(); ++i) {
        QListWidgetItem* item = m_others->item(i);
        item->setCheckState(ids.mid(1).contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                     : Qt::Unchecked);
    }
}

} // namespace dbss::views
