#include "views/ExportController.h"

#include "models/export/CsvExportJob.h"
#include "models/export/CsvExporter.h"
#include "models/export/RuleListsExport.h"
#include "views/ExportFolder.h"
#include "views/Notifier.h"
#include "views/TableDock.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace dbss::views {

namespace {

const QString kBomKey = QStringLiteral("export/bom");

// Only the rows that were selected when the export started (rows of the dock's proxy).
class SelectedRowsProxy : public QSortFilterProxyModel {
public:
    SelectedRowsProxy(QAbstractItemModel* source, const QModelIndexList& selected, QObject* parent)
        : QSortFilterProxyModel(parent) {
        for (const QModelIndex& index : selected)
            m_rows.insert(QPersistentModelIndex(index.siblingAtColumn(0)));
        setSourceModel(source);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        return m_rows.contains(QPersistentModelIndex(sourceModel()->index(row, 0, parent)));
    }

private:
    QSet<QPersistentModelIndex> m_rows;
};

} // namespace

ExportController::ExportController(api::ApiClient* client, QWidget* window)
    : QObject(window)
    , m_client(client)
    , m_window(window) {}

bool ExportController::bom() const {
    return QSettings().value(kBomKey, false).toBool();
}

void ExportController::setBom(bool on) {
    QSettings().setValue(kBomKey, on);
}

void ExportController::exportDock(TableDock* dock, bool selectionOnly) {
    const QString name = dock->objectName().remove(QLatin1String("Dock")).toLower() + QLatin1Char('-') +
                         QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export %1").arg(dock->windowTitle()),
                                                      QDir(exportfolder::folder()).filePath(name),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    exportTo(dock, path, selectionOnly);
}

void ExportController::exportTo(TableDock* dock, const QString& path, bool selectionOnly) {
    QAbstractItemModel* model = dock->proxy(); // the user's filter and sort apply
    if (selectionOnly)
        model = new SelectedRowsProxy(dock->proxy(), dock->view()->selectionModel()->selectedRows(), this);
    models::CsvOptions options;
    options.bom = bom();
    auto* job = new models::CsvExportJob(model, path, options, this);
    auto* progress =
        new QProgressDialog(tr("Exporting %1…").arg(dock->windowTitle()), tr("Cancel"), 0, 0, m_window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500); // quick exports show no dialog at all
    connect(job, &models::CsvExportJob::progress, progress, [progress](int loaded, int total) {
        progress->setMaximum(total);
        progress->setValue(loaded);
    });
    connect(progress, &QProgressDialog::canceled, job, &models::CsvExportJob::cancel);
    connect(job, &models::CsvExportJob::finished, this, [=, this](bool ok, const QString& error) {
        progress->deleteLater();
        job->deleteLater();
        if (selectionOnly)
            model->deleteLater();
        if (ok) // only a folder that was written to is offered next time
            exportfolder::remember(QFileInfo(path).absolutePath());
        report(ok, ok ? tr("Exported %1 to %2").arg(dock->windowTitle(), QDir::toNativeSeparators(path))
                      : tr("Export of %1 failed: %2").arg(dock->windowTitle(), error));
    });
    job->start();
}

void ExportController::exportRuleLists(const QString& instanceId) {
    if (instanceId.isEmpty()) {
        report(false, tr("Select an instance first."));
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Export Rule Lists"),
                    tr("Export the audit scopes, SQL injection, risk and masking rules of this instance."),
                    QMessageBox::Cancel, m_window);
    QPushButton* perList = ask.addButton(tr("One file per list…"), QMessageBox::AcceptRole);
    QPushButton* oneFile = ask.addButton(tr("One file…"), QMessageBox::AcceptRole);
    ask.exec();
    QString target;
    if (ask.clickedButton() == perList) {
        target = QFileDialog::getExistingDirectory(m_window, tr("Folder for the rule lists"),
                                                   exportfolder::folder());
    } else if (ask.clickedButton() == oneFile) {
        target =
            QFileDialog::getSaveFileName(m_window, tr("Export Rule Lists"),
                                         QDir(exportfolder::folder()).filePath(QStringLiteral("rules.csv")),
                                         tr("CSV files (*.csv);;All files (*)"));
    }
    if (target.isEmpty())
        return;
    exportRulesTo(instanceId, target, ask.clickedButton() == oneFile);
}

void ExportController::exportRulesTo(const QString& instanceId, const QString& target, bool oneFile) {
    auto* job = new models::RuleListsExport(m_client, instanceId, this);
    auto* progress = new QProgressDialog(tr("Exporting rule lists…"), tr("Cancel"), 0,
                                         int(models::RuleListsExport::listNames().size()), m_window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    connect(job, &models::RuleListsExport::progress, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, job, &models::RuleListsExport::cancel);
    connect(job, &models::RuleListsExport::finished, this,
            [=, this](bool ok, const QString& error, const QStringList& files) {
                progress->deleteLater();
                job->deleteLater();
                if (ok)
                    exportfolder::remember(oneFile ? QFileInfo(target).absolutePath() : target);
                report(ok,
                       ok ? tr("Exported %n rule list file(s) to %1", nullptr, int(files.size()))
                                .arg(QDir::toNativeSeparators(oneFile ? target : target + QLatin1Char('/')))
                          : tr("Export of the rule lists failed: %1").arg(error));
            });
    models::CsvOptions options;
    options.bom = bom();
    job->start(target,
               oneFile ? models::RuleListsExport::Layout::OneFile
                       : models::RuleListsExport::Layout::FilePerList,
               options);
}

void ExportController::report(bool ok, const QString& message) {
    if (!ok && m_window->isVisible()) {
        // Non-blocking: the window (and any test driving it) goes on.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export"), message, QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Notifier::of(m_window)->notifyIfInactive(ok ? tr("Export finished") : tr("Export failed"), message);
    Q_EMIT finished(ok, message);
}

} // namespace dbss::views
