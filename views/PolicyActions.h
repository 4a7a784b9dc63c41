#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace dbss::api {
class ApiClient;
}

namespace dbss::views {

class MainWindow;
class PolicyCompareDock;
class TableDock;
class PolicyPreviewDialog;

// The console's policy commands, wired here so the main window only adds them to its menus:
// Audit ▸ Compare Policies… (the comparison dock, created on first use), File ▸ Export Policy…
// (the selected instance's policy as a JSON file, written with QSaveFile so a failed write leaves
// the old file intact) and File ▸ Apply Policy… (file → checked → preview → apply). The *To / *From
// variants do the same without file dialogs (tests).
class PolicyActions : public QObject {
    Q_OBJECT
public:
    PolicyActions(api::ApiClient* client, MainWindow* window);

    void addToMenus(QMenu* file, QMenu* audit);
    PolicyCompareDock* compareDock();       // created on first use
    TableDock* existingCompareDock() const; // null until then
    QAction* compareAction() const { return m_compare; }
    QAction* exportAction() const { return m_export; }
    QAction* applyAction() const { return m_apply; }

    void comparePolicies();
    void exportPolicy(); // asks for a file
    void applyPolicy();  // asks for a file

    // Reads the instance's policy and writes it to `path`; exportFinished() tells the outcome.
    void exportPolicyTo(const QString& instanceId, const QString& path);
    // Checks the file: a refused file shows its errors (a message box named "policyFileError") and
    // nothing is sent; otherwise the instance is read and previewReady() gives the preview (opened).
    bool applyPolicyFrom(const QString& path, const QString& instanceId);

Q_SIGNALS:
    void exportFinished(bool ok, const QString& message);
    void previewReady(dbss::views::PolicyPreviewDialog* preview);

private:
    bool requireInstance();
    QString instanceName(const QString& instanceId) const;
    void showError(const QString& title, const QString& text);

    api::ApiClient* m_client;
    MainWindow* m_window;
    QPointer<PolicyCompareDock> m_dock;
    QAction* m_compare;
    QAction* m_export;
    QAction* m_apply;
};

} // namespace dbss::views
