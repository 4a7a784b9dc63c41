#include "views/PolicyActions.h"

#include "models/policy/PolicyPlan.h"
#include "models/policy/PolicyReader.h"
#include "models/tables/InstancesModel.h"
#include "views/ExportController.h"
#include "views/ExportFolder.h"
#include "views/InstanceDocks.h"
#include "views/MainWindow.h"
#include "views/Notifier.h"
#include "views/PolicyCompareDock.h"
#include "views/PolicyPreviewDialog.h"
#include "views/TableDock.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>

namespace dbss::views {

PolicyActions::PolicyActions(api::ApiClient* client, MainWindow* window)
    : QObject(window)
    , m_client(client)
    , m_window(window)
    , m_compare(new QAction(tr("Compare &Policies…"), this))
    , m_export(new QAction(tr("E&xport Policy…"), this))
    , m_apply(new QAction(tr("&Apply Policy…"), this)) {
    m_compare->setToolTip(tr("Compare the rule policies of two or more instances"));
    m_export->setToolTip(tr("Save the selected instance's rule policy as a JSON file"));
    m_apply->setToolTip(tr("Make the selected instance's policy like a policy file (with a preview)"));
    connect(m_compare, &QAction::triggered, this, &PolicyActions::comparePolicies);
    connect(m_export, &QAction::triggered, this, &PolicyActions::exportPolicy);
    connect(m_apply, &QAction::triggered, this, &PolicyActions::applyPolicy);
}

void PolicyActions::addToMenus(QMenu* file, QMenu* audit) {
    if (file) {
        file->addSeparator();
        file->addAction(m_export);
        file->addAction(m_apply);
    }
    if (audit) {
        audit->addSeparator();
        audit->addAction(m_compare);
    }
}

PolicyCompareDock* PolicyActions::compareDock() {
    if (!m_dock) {
        m_dock = new PolicyCompareDock(m_client, m_window->instancesModel(), m_window);
        m_window->tabifyDockWidget(m_window->instanceDocks()->databasesDock(), m_dock);
        connect(m_dock, &TableDock::exportRequested, this,
                [this](bool selectionOnly) { m_window->exporter()->exportDock(m_dock, selectionOnly); });
        connect(m_dock, &PolicyCompareDock::applied, m_window, &MainWindow::refreshAll);
    }
    return m_dock;
}

TableDock* PolicyActions::existingCompareDock() const {
    return m_dock;
}

void PolicyActions::comparePolicies() {
    compareDock()->chooseAndCompare(m_window->currentInstanceId());
}

QString PolicyActions::instanceName(const QString& instanceId) const {
    const models::InstancesModel* instances = m_window->instancesModel();
    for (int r = 0; r < instances->rowCount(); ++r) {
        const QModelIndex index = instances->index(r, 0);
        if (index.data(models::RemoteTableModel::IdRole).toString() == instanceId)
            return index.data().toString();
    }
    return instanceId;
}

bool PolicyActions::requireInstance() {
    if (!m_window->currentInstanceId().isEmpty())
        return true;
    QMessageBox::information(m_window, m_window->windowTitle(), tr("Select an audit instance first."));
    return false;
}

void PolicyActions::showError(const QString& title, const QString& text) {
    // Not modal-blocking: the message stays while the window goes on (and tests can read it).
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("policyFileError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}

void PolicyActions::exportPolicy() {
    if (!requireInstance())
        return;
    const QString id = m_window->currentInstanceId();
    const QString name =
        QStringLiteral("policy-%1-%2.json").arg(instanceName(id), QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Policy"),
                                                      QDir(exportfolder::folder()).filePath(name),
                                                      tr("Policy files (*.json);;All files (*)"));
    if (!path.isEmpty())
        exportPolicyTo(id, path);
}

void PolicyActions::exportPolicyTo(const QString& instanceId, const QString& path) {
    auto* reader = new models::PolicyReader(m_client, this);
    connect(
        reader, &models::PolicyReader::finished, this,
        [this, reader, path](const QString& id, const models::Policy& policy, const api::ApiError& error) {
            reader->deleteLater();
            QString message;
            bool ok = false;
            if (error.isError()) {
                message =
                    tr("The policy of %1 could not be read: %2").arg(instanceName(id), error.userMessage());
            } else {
                // QSaveFile: written to a temporary file and renamed at commit, so a failed write
                // (full disk, no permission) leaves the old file as it was.
                QSaveFile file(path);
                ok =
                    file.open(QIODevice::WriteOnly) && file.write(policy.toFileBytes()) >= 0 && file.commit();
                message =
                    ok ? tr("Policy of %1 saved to %2.").arg(instanceName(id), QDir::toNativeSeparators(path))
                       : tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
                if (ok)
                    exportfolder::remember(QFileInfo(path).absolutePath());
            }
            m_window->statusBar()->showMessage(message, 8000);
            if (!ok)
                showError(tr("Export Policy"), message);
            Q_EMIT exportFinished(ok, message);
        });
    reader->read(instanceId);
}

void PolicyActions::applyPolicy() {
    if (!requireInstance())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Apply Policy"), exportfolder::folder(),
                                                      tr("Policy files (*.json);;All files (*)"));
    if (!path.isEmpty())
        applyPolicyFrom(path, m_window->currentInstanceId());
}

bool PolicyActions::applyPolicyFrom(const QString& path, const QString& instanceId) {
    // The file is checked before anything is read or sent: a refused file sends nothing.
    QStringList errors;
    const std::optional<models::Policy> desired = models::Policy::fromFile(path, &errors);
    if (!desired) {
        showError(tr("Apply Policy"),
                  tr("%1 is not a policy this console can apply; nothing was sent.\n\n%2")
                      .arg(QDir::toNativeSeparators(path), errors.join(QLatin1Char('\n'))));
        return false;
    }
    m_window->statusBar()->showMessage(tr("Reading the policy of %1…").arg(instanceName(instanceId)));
    auto* reader = new models::PolicyReader(m_client, this);
    const QString fileName = QFileInfo(path).fileName();
    connect(
        reader, &models::PolicyReader::finished, this,
        [this, reader, desired = *desired, fileName](const QString& id, const models::Policy& current,
                                                     const api::ApiError& error) {
            reader->deleteLater();
            m_window->statusBar()->clearMessage();
            if (error.isError()) {
                showError(
                    tr("Apply Policy"),
                    tr("The policy of %1 could not be read: %2").arg(instanceName(id), error.userMessage()));
                return;
            }
            // A file names rules: one unknown on the instance is an error of the file (strict).
            const models::PolicyPlan plan = models::PolicyPlan::compute(desired, current, id, true);
            auto* preview = new PolicyPreviewDialog(
                m_client, tr("Apply %1 to %2").arg(fileName, instanceName(id)), plan, desired, m_window);
            preview->setAttribute(Qt::WA_DeleteOnClose);
            connect(preview, &PolicyPreviewDialog::applyFinished, m_window, &MainWindow::refreshAll);
            preview->open();
            Q_EMIT previewReady(preview);
        });
    reader->read(instanceId);
    return true;
}

} // namespace dbss::views
