#pragma once

#include "models/tables/TableProxy.h"

#include <QDockWidget>

#include <functional>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QWidget;

namespace dbss::api {
struct ApiError;
}
namespace dbss::models {
class RemoteTableModel;
}

namespace dbss::views {

class EmptyState;
class ErrorBanner;
class SwitchDelegate;

// A dock showing one table model: filter field, sortable table (through a proxy). For a
// RemoteTableModel also a visible loading state and an inline error banner with a Retry button,
// so a table is never silently empty.
class TableDock : public QDockWidget {
    Q_OBJECT
public:
    // proxy: a TableProxy subclass for this model (e.g. OperationLogProxy), taken over;
    // nullptr: a plain one.
    TableDock(const QString& title, const QString& objectName, QAbstractItemModel* model,
              QWidget* parent = nullptr, models::TableProxy* proxy = nullptr);

    QTableView* view() const { return m_view; }
    models::TableProxy* proxy() const { return m_proxy; }
    QAbstractItemModel* model() const { return m_model; }
    models::RemoteTableModel* remoteModel() const { return m_remote; } // null for local models
    QLineEdit* filterEdit() const { return m_filter; }
    QWidget* errorBanner() const;
    ErrorBanner* banner() const { return m_banner; }
    QString errorText() const;
    QString statusText() const;
    // What the empty table says in its middle ("Loading…", the empty text, "No row matches…");
    // "" while rows are shown.
    QString emptyStateText() const;

    void setEmptyText(const QString& text); // what an empty, loaded table says
    void addToolWidget(QWidget* widget);    // a dock-specific filter beside the filter field

    // Ids (IdRole) of the selected rows, in view order.
    QStringList selectedIds() const;
    // Selected rows as tab-separated text of the visible columns (what "Copy rows" puts on the clipboard).
    QString selectedRowsText() const;
    // Switches the selected rows on or off in one request (models that can switch).
    bool switchSelected(bool on);
    // What the menus and keys do: switching off asks first (it stops auditing those rows).
    bool confirmAndSwitchSelected(bool on);
    bool canSwitch() const;
    // The check box as shown: Qt::PartiallyChecked while the service has not answered a switch.
    Qt::CheckState shownCheckState(const QModelIndex& index) const;
    // The confirmation switching off asks (replaceable, e.g. to answer it in a test).
    void setConfirmOff(std::function<bool(int rows)> confirm) { m_confirmOff = std::move(confirm); }

    // Column widths, order, visibility and sort, under "<objectName>/header" in QSettings.
    void saveHeaderState() const;
    void restoreHeaderState();

Q_SIGNALS:
    void exportRequested(bool selectionOnly); // the window owns file dialogs and the exporter

private:
    void onLoadingChanged(bool loading);
    void onProgress(int loaded, int total);
    void onError(const api::ApiError& error);
    void onToggleFinished(const QStringList& ids, bool on, bool applied, const api::ApiError& error);
    void sizeColumnsOnce();
    bool askSwitchOff(int rows);
    void updateStatus();
    void showContextMenu(const QPoint& pos);
    void showHeaderMenu(const QPoint& pos);

    QAbstractItemModel* m_model;
    models::RemoteTableModel* m_remote;
    models::TableProxy* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    ErrorBanner* m_banner;
    SwitchDelegate* m_switchDelegate = nullptr;
    std::function<bool(int rows)> m_confirmOff;
    QStringList m_failedIds; // the last switch that failed, for Repeat
    bool m_failedOn = false;
    bool m_loadedOnce = false; // a load of the current list has finished
    QByteArray m_headerBeforeReset;
    bool m_sized = false; // columns sized to their content (once, unless the user's header was restored)
    QLabel* m_status;
    EmptyState* m_emptyState = nullptr;
    QHBoxLayout* m_toolRow;
    QProgressBar* m_progress;
    QPushButton* m_stop;
    QString m_emptyText;
};

} // namespace dbss::views
