#pragma once

#include "views/ReadableColors.h"

#include <functional>

namespace dbss::models {
class RemoteTableModel;
}

namespace dbss::views {

// Draws a table's on/off check boxes honestly: while the service has not answered a switch, the box
// is half-checked and says "Switching on…"/"Switching off…" (the model already holds the wished
// state so that a refresh does not undo it), and clicks on it are ignored. Unchecking asks
// `confirmOff` first: switching off stops auditing.
class SwitchDelegate : public ReadableColorDelegate { // readable colours too
    Q_OBJECT
public:
    SwitchDelegate(models::RemoteTableModel* model, std::function<bool(const QModelIndex&)> confirmOff,
                   QObject* parent);

    // What the check box shows: Qt::PartiallyChecked while a switch of the row is in flight.
    Qt::CheckState shownState(const QModelIndex& index) const;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

private:
    bool isPending(const QModelIndex& index) const;
    models::RemoteTableModel* m_model;
    std::function<bool(const QModelIndex&)> m_confirmOff;
};

} // namespace dbss::views
