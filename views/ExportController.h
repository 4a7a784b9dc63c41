#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace dbss::api {
class ApiClient;
}

namespace dbss::views {

class TableDock;

// The window's export commands: asks where (file dialogs), then runs the models' export jobs with a
// cancellable progress dialog and reports the outcome. The non-interactive exportTo()/exportRulesTo()
// do the same without dialogs (tests, scripts).
class ExportController : public QObject {
    Q_OBJECT
public:
    ExportController(api::ApiClient* client, QWidget* window);

    void exportDock(TableDock* dock, bool selectionOnly); // asks for a file
    void exportRuleLists(const QString& instanceId);      // asks for layout and target

    // Starts an export; finished() tells the outcome. The table's filter and sort apply.
    void exportTo(TableDock* dock, const QString& path, bool selectionOnly);
    void exportRulesTo(const QString& instanceId, const QString& target, bool oneFile);

    bool bom() const;
    void setBom(bool on); // UTF-8 byte order mark for spreadsheet programs (a preference)

Q_SIGNALS:
    void finished(bool ok, const QString& message);

private:
    void report(bool ok, const QString& message);
    api::ApiClient* m_client;
    QWidget* m_window;
};

} // namespace dbss::views
