#include "views/PolicyCompareDock.h"

#include "models/policy/PolicyCompareFilter.h"
#include "models/policy/PolicyCompareModel.h"
#include "models/policy/PolicyPlan.h"
#include "models/policy/PolicyReader.h"
#include "models/tables/InstancesModel.h"
#include "views/PolicyInstancePicker.h"
#include "views/PolicyPreviewDialog.h"
#include "views/ReadableColors.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

namespace dbss::views {

namespace {
// The dock's proxy chain: compare model -> "only differences" -> TableDock's filter and sort.
models::PolicyCompareFilter* newFilter() {
    auto* filter = new models::PolicyCompareFilter;
    filter->setSourceModel(new models::PolicyCompareModel(filter));
    return filter;
}
} // namespace

PolicyCompareDock::PolicyCompareDock(api::ApiClient* client, const models::InstancesModel* instances,
                                     QWidget* parent)
    : TableDock(tr("Policy Comparison"), QStringLiteral("PolicyCompareDock"), newFilter(), parent)
    , m_client(client)
    , m_instances(instances)
    , m_model(nullptr)
    , m_filter(qobject_cast<models::PolicyCompareFilter*>(model()))
    , m_pick(new QPushButton(tr("&Instances…")))
    , m_onlyDiffs(new QCheckBox(tr("Only &differences")))
    , m_align(new QToolButton)
    , m_summary(new QLabel) {
    m_filter->setParent(this);
    m_model = qobject_cast<models::PolicyCompareModel*>(m_filter->sourceModel());
    setEmptyText(tr("Choose instances to compare (Instances…)."));
    view()->sortByColumn(-1, Qt::AscendingOrder); // the model's order: by list, type, name

    m_pick->setObjectName(QStringLiteral("policyPickButton"));
    m_pick->setToolTip(tr("Choose the reference instance and the instances to compare with it"));
    connect(m_pick, &QPushButton::clicked, this,
            [this] { chooseAndCompare(m_ids.isEmpty() ? QString() : m_ids.first()); });
    m_onlyDiffs->setObjectName(QStringLiteral("policyOnlyDifferences"));
    connect(m_onlyDiffs, &QCheckBox::toggled, m_filter, &models::PolicyCompareFilter::setOnlyDifferences);
    m_align->setObjectName(QStringLiteral("policyAlignButton"));
    m_align->setText(tr("&Make Like Reference"));
    m_align->setToolTip(tr("Preview the changes that make an instance's policy like the reference's"));
    m_align->setPopupMode(QToolButton::InstantPopup);
    m_align->setMenu(new QMenu(m_align));
    m_align->setEnabled(false);
    m_summary->setObjectName(QStringLiteral("policySummary"));
    addToolWidget(m_pick);
    addToolWidget(m_onlyDiffs);
    addToolWidget(m_align);
    addToolWidget(m_summary);
}

QString PolicyCompareDock::nameOf(const QString& instanceId) const {
    for (int r = 0; r < m_instances->rowCount(); ++r) {
        const QModelIndex index = m_instances->index(r, 0);
        if (index.data(models::RemoteTableModel::IdRole).toString() == instanceId)
            return index.data().toString();
    }
    return instanceId;
}

const models::Policy* PolicyCompareDock::policyOf(const QString& instanceId) const {
    const auto it = m_policies.constFind(instanceId);
    return it == m_policies.cend() ? nullptr : &*it;
}

bool PolicyCompareDock::isReading() const {
    return m_pending > 0;
}

void PolicyCompareDock::chooseAndCompare(const QString& reference) {
    auto* picker = new PolicyInstancePicker(m_instances, reference, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    if (m_ids.size() >= 2)
        picker->setChosen(m_ids);
    connect(picker, &QDialog::accepted, this, [this, picker] { compare(picker->chosenIds()); });
    picker->open();
}

void PolicyCompareDock::compare(const QStringList& instanceIds) {
    qDeleteAll(m_readers); // an earlier read still running is dropped
    m_readers.clear();
    m_ids = instanceIds;
    m_policies.clear();
    m_errors.clear();
    m_pending = int(instanceIds.size());
    m_align->setEnabled(false);
    setErrorText(m_summary, false);
    m_summary->setText(tr("Reading %n policies…", nullptr, int(instanceIds.size())));
    for (const QString& id : instanceIds) {
        auto* reader = new models::PolicyReader(m_client, this);
        m_readers << reader;
        connect(reader, &models::PolicyReader::finished, this, &PolicyCompareDock::onRead);
        reader->read(id);
    }
    show();
    raise();
}

void PolicyCompareDock::onRead(const QString& instanceId, const models::Policy& policy,
                               const api::ApiError& error) {
    if (!m_ids.contains(instanceId) || m_pending == 0)
        return;
    if (error.isError())
        m_errors.insert(instanceId, error.userMessage());
    else
        m_policies.insert(instanceId, policy);
    if (--m_pending == 0)
        showResult();
}

void PolicyCompareDock::showResult() {
    // Only instances that were read are columns: a failed read is named, never shown as "all absent".
    QList<models::PolicyCompareModel::Side> sides;
    for (const QString& id : std::as_const(m_ids))
        if (const models::Policy* policy = policyOf(id))
            sides << models::PolicyCompareModel::sideOf(nameOf(id), *policy);
    m_model->setSides(sides);
    view()->resizeColumnsToContents();
    QStringList failed;
    for (const QString& id : std::as_const(m_ids))
        if (m_errors.contains(id))
            failed << tr("%1: %2").arg(nameOf(id), m_errors.value(id));
    if (!failed.isEmpty()) {
        m_summary->setText(tr("Could not read: %1").arg(failed.join(QStringLiteral("; "))));
        setErrorText(m_summary, true);
    } else {
        m_summary->setText(m_model->differenceCount() == 0
                               ? tr("The policies are alike.")
                               : tr("%n difference(s)", nullptr, m_model->differenceCount()));
    }
    updateAlignMenu();
    Q_EMIT readFinished(failed.isEmpty());
}

void PolicyCompareDock::updateAlignMenu() {
    QMenu* menu = m_align->menu();
    menu->clear();
    if (m_ids.isEmpty() || !policyOf(m_ids.first())) {
        m_align->setEnabled(false);
        return;
    }
    const QString reference = nameOf(m_ids.first());
    for (const QString& id : m_ids.mid(1)) {
        if (!policyOf(id))
            continue;
        menu->addAction(tr("Make %1 Like %2…").arg(nameOf(id), reference), this, [this, id] {
            if (PolicyPreviewDialog* dialog = alignTo(id))
                dialog->open();
        });
    }
    m_align->setEnabled(!menu->isEmpty());
}

PolicyPreviewDialog* PolicyCompareDock::alignTo(const QString& targetId) {
    const models::Policy* desired = m_ids.isEmpty() ? nullptr : policyOf(m_ids.first());
    const models::Policy* current = policyOf(targetId);
    if (!desired || !current || targetId == m_ids.first())
        return nullptr;
    // Another instance's rule names are not a file's: a rule missing here is a change the API
    // cannot make, listed as such (strictNames false), not an error.
    const models::PolicyPlan plan = models::PolicyPlan::compute(*desired, *current, targetId, false);
    auto* dialog = new PolicyPreviewDialog(
        m_client, tr("Make %1 Like %2").arg(nameOf(targetId), nameOf(m_ids.first())), plan, *desired, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PolicyPreviewDialog::applyFinished, this, [this] {
        Q_EMIT applied();
        compare(m_ids); // the comparison shows what the instances have now
    });
    return dialog;
}

} // namespace dbss::views
