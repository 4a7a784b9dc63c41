// InstanceDocks, continued: the tools that make the remaining per-instance operations reachable
// from the docks (agents of one database, deleting databases, the operation log's custom range
// and how much of it is loaded).
#include "models/actions/DatabaseDeletion.h"
#include "models/tables/AgentsModel.h"
#include "models/tables/DatabasesModel.h"
#include "models/tables/OperationLogModel.h"
#include "views/InstanceDocks.h"
#include "views/TableDock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>

namespace dbss::views {

void InstanceDocks::addAgentDatabaseFilter() {
    // The agents model can list the agents of one database: offer the instance's databases.
    m_agentDatabase = new QComboBox;
    m_agentDatabase->setObjectName(QStringLiteral("agentDatabaseFilter"));
    m_agentDatabase->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_agentDatabase->addItem(tr("All databases"), QString());
    auto fill = [this] {
        const QString chosen = m_agentDatabase->currentData().toString();
        const QSignalBlocker block(m_agentDatabase);
        while (m_agentDatabase->count() > 1)
            m_agentDatabase->removeItem(1);
        for (int r = 0; r < m_databases->rowCount(); ++r) {
            const QModelIndex i = m_databases->index(r, 0);
            const QString id = i.data(models::RemoteTableModel::IdRole).toString();
            m_agentDatabase->addItem(i.data().toString(), id);
        }
        const int keep = m_agentDatabase->findData(chosen);
        m_agentDatabase->setCurrentIndex(keep < 0 ? 0 : keep);
    };
    connect(m_databases, &QAbstractItemModel::rowsInserted, this, fill);
    connect(m_databases, &QAbstractItemModel::rowsRemoved, this, fill);
    connect(m_databases, &QAbstractItemModel::modelReset, this, fill);
    connect(m_agentDatabase, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_instanceId.isEmpty())
            m_agents->setInstance(m_instanceId, m_agentDatabase->currentData().toString());
    });
    m_agentsDock->addToolWidget(m_agentDatabase);
}

void InstanceDocks::addDatabaseDeletion() {
    auto* button = new QPushButton(tr("&Delete…"));
    button->setObjectName(QStringLiteral("deleteDatabases"));
    button->setToolTip(tr("Remove the selected databases from this audit instance"));
    button->setEnabled(false);
    QTableView* view = m_databasesDock->view();
    auto update = [this, button, view] {
        button->setEnabled(!m_deletion->isBusy() && view->selectionModel()->hasSelection());
    };
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, update);
    connect(button, &QPushButton::clicked, this, [this] { deleteSelectedDatabases(); });
    connect(m_deletion, &models::DatabaseDeletion::finished, this,
            [this, update](const QStringList&, const QStringList& failed, const QString& text) {
                update();
                m_window->statusBar()->showMessage(text, 8000);
                Q_EMIT message(text);
                if (!failed.isEmpty())
                    QMessageBox::warning(m_window, tr("Delete Databases"), text);
                m_databases->refresh();
                m_agents->refresh();
            });
    m_databasesDock->addToolWidget(button);
}

bool InstanceDocks::deleteSelectedDatabases(bool confirm) {
    const QStringList ids = m_databasesDock->selectedIds();
    if (ids.isEmpty() || m_instanceId.isEmpty() || m_deletion->isBusy())
        return false;
    QStringList names;
    for (const QString& id : ids) {
        const int r = m_databases->rowOfId(id);
        names << (r >= 0 ? m_databases->index(r, 0).data().toString() : id);
    }
    if (confirm &&
        QMessageBox::question(m_window, tr("Delete Databases"),
                              tr("Remove %n database(s) from this audit instance: %1?\n"
                                 "Their audit stops; the databases themselves are not touched.",
                                 nullptr, int(ids.size()))
                                  .arg(names.join(QStringLiteral(", "))),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    return m_deletion->remove(m_instanceId, ids);
}

void InstanceDocks::addOperationLogRange(QComboBox* presets) {
    // The API also takes any start/end (sent as UTC): a last item in the presets shows the editors.
    presets->addItem(tr("Custom range…"), QString());
    auto* box = new QWidget;
    box->setObjectName(QStringLiteral("operationLogCustomRange"));
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto* from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1));
    auto* to = new QDateTimeEdit(QDateTime::currentDateTime());
    from->setObjectName(QStringLiteral("operationLogFrom"));
    to->setObjectName(QStringLiteral("operationLogTo"));
    for (QDateTimeEdit* e : {from, to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    auto* apply = new QPushButton(tr("Apply"));
    apply->setObjectName(QStringLiteral("operationLogApplyRange"));
    row->addWidget(new QLabel(tr("From")));
    row->addWidget(from);
    row->addWidget(new QLabel(tr("to")));
    row->addWidget(to);
    row->addWidget(apply);
    box->hide();
    auto check = [from, to, apply] {
        const bool ok = from->dateTime() < to->dateTime();
        apply->setEnabled(ok);
        apply->setToolTip(ok ? QString() : tr("The start must be before the end."));
    };
    connect(from, &QDateTimeEdit::dateTimeChanged, this, check);
    connect(to, &QDateTimeEdit::dateTimeChanged, this, check);
    connect(apply, &QPushButton::clicked, this,
            [this, from, to] { m_oplog->setCustomRange(from->dateTime(), to->dateTime()); });
    connect(presets, &QComboBox::currentIndexChanged, this, [presets, box, apply] {
        const bool custom = presets->currentData().toString().isEmpty();
        box->setVisible(custom);
        if (custom)
            apply->setFocus();
    });
    m_oplogDock->addToolWidget(box);
}

void InstanceDocks::addOperationLogCount() {
    // "N of M rows": the dock loads the log page by page; Load all fetches the rest.
    auto* count = new QLabel;
    count->setObjectName(QStringLiteral("operationLogCount"));
    auto* all = new QPushButton(tr("Load &All"));
    all->setObjectName(QStringLiteral("operationLogLoadAll"));
    auto update = [this, count, all] {
        const qint64 have = m_oplog->rowCount();
        const qint64 total = std::max(have, m_oplog->totalCount());
        count->setText(m_oplog->instanceId().isEmpty() ? QString()
                                                       : tr("%1 of %2 rows").arg(have).arg(total));
        all->setEnabled(!m_oplog->isLoading() && have < total);
    };
    connect(m_oplog, &models::RemoteTableModel::progressChanged, this, update);
    connect(m_oplog, &models::RemoteTableModel::loadingChanged, this, update);
    connect(m_oplog, &QAbstractItemModel::rowsInserted, this, update);
    connect(m_oplog, &QAbstractItemModel::rowsRemoved, this, update);
    connect(m_oplog, &QAbstractItemModel::modelReset, this, update);
    connect(all, &QPushButton::clicked, m_oplog, &models::RemoteTableModel::fetchAll);
    update();
    m_oplogDock->addToolWidget(count);
    m_oplogDock->addToolWidget(all);
}

} // namespace dbss::views
