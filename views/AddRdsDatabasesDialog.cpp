#include "views/AddRdsDatabasesDialog.h"

#include "models/actions/AddRdsDatabasesAction.h"
#include "models/actions/DatabaseSlots.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dbss::views {

AddRdsDatabasesDialog::AddRdsDatabasesDialog(api::ApiClient* client, const QString& instanceId,
                                             QWidget* parent)
    : SubmitDialog(parent)
    , m_instanceId(instanceId)
    , m_action(new models::AddRdsDatabasesAction(client, this))
    , m_slots(new models::DatabaseSlots(client, this))
    , m_slotsLabel(new QLabel)
    , m_typeFilter(new QComboBox)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_report(new QLabel) {
    setWindowTitle(tr("Add RDS Databases"));
    resize(720, 420);
    m_typeFilter->addItem(tr("All types"), QString());
    for (const char* type : {"MYSQL", "POSTGRESQL", "SQLSERVER", "TAURUS", "GAUSSDBOPENGAUSS"})
        m_typeFilter->addItem(QLatin1String(type), QLatin1String(type));
    addField(QStringLiteral("db_type"), tr("&Type:"), m_typeFilter);
    m_table->setHorizontalHeaderLabels(
        {tr("Database"), tr("Type"), tr("Version"), tr("Address"), tr("RDS instance"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    addField(QStringLiteral("databases"), tr("&Databases:"), m_table);
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->hide();
    mainLayout()->insertWidget(1, m_report);
    setSubmitText(tr("Add Selected"));
    // How many more databases the instance takes, before and after each addition.
    m_slotsLabel->setObjectName(QStringLiteral("slotsLabel"));
    m_slotsLabel->setWordWrap(true);
    mainLayout()->insertWidget(0, m_slotsLabel);
    auto showSlots = [this] {
        m_slotsLabel->setText(m_slots->summary());
        m_slotsLabel->setStyleSheet(
            m_slots->isLoaded() && m_slots->left() == 0 ? QStringLiteral("color: #c0392b;") : QString());
    };
    connect(m_slots, &models::DatabaseSlots::loaded, this, showSlots);
    connect(m_slots, &models::DatabaseSlots::loaded, this, &AddRdsDatabasesDialog::markAudited);
    connect(m_slots, &models::DatabaseSlots::failed, this, showSlots);
    m_slots->load(instanceId);
    showSlots();

    // Space or a click on the first cell toggles; selecting rows and pressing Space toggles them all.
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        QTableWidgetItem* check = m_table->item(item->row(), Name);
        if (check->flags() & Qt::ItemIsUserCheckable)
            check->setCheckState(check->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &AddRdsDatabasesDialog::reload);
    bindAction(m_action);
    connect(m_action, &models::AddRdsDatabasesAction::candidatesLoaded, this,
            &AddRdsDatabasesDialog::showCandidates);
    connect(m_action, &models::AddRdsDatabasesAction::candidatesFailed, this, [this](const api::ApiError& e) {
        showApiError(e, {});
        Q_EMIT candidatesLoaded();
    });
    connect(m_action, &models::AddRdsDatabasesAction::succeeded, this, &AddRdsDatabasesDialog::showReport);
    reload();
}

void AddRdsDatabasesDialog::reload() {
    m_table->setRowCount(0);
    m_candidates.clear();
    m_action->loadCandidates(comboValue(m_typeFilter));
}

void AddRdsDatabasesDialog::showCandidates(const QList<api::RdsDatabase>& databases) {
    m_candidates = databases;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(databases.size()));
    for (int row = 0; row < databases.size(); ++row) {
        const api::RdsDatabase& db = databases.at(row);
        const QStringList cells{db.dbName.isEmpty() ? db.id : db.dbName,     db.type,         db.version,
                                QStringLiteral("%1:%2").arg(db.ip, db.port), db.instanceName, db.status};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, db.id);
            if (!db.isSupported) {
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
                item->setToolTip(tr("This database cannot be audited without an agent."));
            }
            m_table->setItem(row, c, item);
        }
        if (db.isSupported)
            m_table->item(row, Name)->setCheckState(Qt::Unchecked);
    }
    markAudited();
    m_table->resizeColumnsToContents();
    Q_EMIT candidatesLoaded();
}

QList<api::RdsDatabase> AddRdsDatabasesDialog::checkedDatabases() const {
    QList<api::RdsDatabase> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* item = m_table->item(row, Name);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString id = item->data(Qt::UserRole).toString();
        for (const api::RdsDatabase& db : m_candidates) {
            if (db.id == id)
                out << db;
        }
    }
    return out;
}

void AddRdsDatabasesDialog::setChecked(const QString& id, bool checked) {
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem* item = m_table->item(row, Name);
        if (item->data(Qt::UserRole).toString() == id && (item->flags() & Qt::ItemIsEnabled) &&
            item->data(Qt::CheckStateRole).isValid())
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void AddRdsDatabasesDialog::markAudited() {
    QSet<QString> audited;
    for (const api::AuditDatabase& db : m_slots->databases())
        if (!db.rdsId.isEmpty())
            audited.insert(db.rdsId);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem* check = m_table->item(row, Name);
        if (!audited.contains(check->data(Qt::UserRole).toString()))
            continue;
        for (int c = 0; c < ColumnCount; ++c) {
            QTableWidgetItem* item = m_table->item(row, c);
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable));
            item->setToolTip(tr("Already audited by this instance."));
        }
        check->setData(Qt::CheckStateRole, QVariant());
        m_table->item(row, Status)->setText(tr("Already audited"));
    }
}

bool AddRdsDatabasesDialog::isOffered(const QString& id) const {
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* item = m_table->item(row, Name);
        if (item->data(Qt::UserRole).toString() == id)
            return item->data(Qt::CheckStateRole).isValid() && (item->flags() & Qt::ItemIsEnabled);
    }
    return false;
}

void AddRdsDatabasesDialog::submit() {
    m_action->submit(m_instanceId, checkedDatabases());
}

QString AddRdsDatabasesDialog::describe(const QString& id) const {
    for (const api::RdsDatabase& db : m_candidates) {
        if (db.id == id && !db.dbName.isEmpty())
            return QStringLiteral("%1 (%2)").arg(db.dbName, id);
    }
    return id;
}

void AddRdsDatabasesDialog::showReport(const api::AddRdsDatabasesResponse& response) {
    QStringList accepted, refused;
    for (const QString& id : response.legalDbIds)
        accepted << describe(id).toHtmlEscaped();
    for (const QString& id : response.illegalDbIds)
        refused << describe(id).toHtmlEscaped();
    QString html = tr("<b>Added (%n):</b> ", nullptr, int(accepted.size())) +
                   (accepted.isEmpty() ? tr("none") : accepted.join(QLatin1String(", ")));
    html += QLatin1String("<br>") + tr("<b>Refused (%n):</b> ", nullptr, int(refused.size())) +
            (refused.isEmpty() ? tr("none") : refused.join(QLatin1String(", ")));
    m_report->setText(html);
    m_report->show();
    Q_EMIT submitted(m_instanceId, response);
    reload(); // added databases leave the candidate list
    m_slots->load(m_instanceId);
}

} // namespace dbss::views
