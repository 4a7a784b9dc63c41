#include "views/SwitchDelegate.h"

#include "models/tables/RemoteTableModel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QStyle>

namespace dbss::views {

SwitchDelegate::SwitchDelegate(models::RemoteTableModel* model,
                               std::function<bool(const QModelIndex&)> confirmOff, QObject* parent)
    : ReadableColorDelegate(parent)
    , m_model(model)
    , m_confirmOff(std::move(confirmOff)) {}

bool SwitchDelegate::isPending(const QModelIndex& index) const {
    return m_model && index.flags().testFlag(Qt::ItemIsUserCheckable) &&
           m_model->isSwitching(index.data(models::RemoteTableModel::IdRole).toString());
}

Qt::CheckState SwitchDelegate::shownState(const QModelIndex& index) const {
    if (isPending(index))
        return Qt::PartiallyChecked;
    return Qt::CheckState(index.data(Qt::CheckStateRole).toInt());
}

void SwitchDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    ReadableColorDelegate::initStyleOption(option, index);
    if (!isPending(index))
        return;
    const bool toOn = index.data(Qt::CheckStateRole).toInt() == Qt::Checked; // the wished state
    option->checkState = Qt::PartiallyChecked;
    option->text = toOn ? tr("Switching on…") : tr("Switching off…");
    option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}

bool SwitchDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) {
    if (!index.flags().testFlag(Qt::ItemIsUserCheckable))
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    // Would this event toggle the box? (The same test QStyledItemDelegate makes.)
    bool toggles = false;
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        QStyleOptionViewItem viewOption(option);
        initStyleOption(&viewOption, index);
        const QWidget* widget = option.widget;
        const QStyle* style = widget ? widget->style() : QApplication::style();
        const QRect box = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &viewOption, widget);
        toggles = mouse->button() == Qt::LeftButton && box.contains(mouse->position().toPoint());
    } else if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        toggles = key == Qt::Key_Space || key == Qt::Key_Select;
    }
    if (toggles && isPending(index))
        return true; // the answer to the last switch decides; a second one is not sent
    if (toggles && index.data(Qt::CheckStateRole).toInt() == Qt::Checked && m_confirmOff &&
        !m_confirmOff(index))
        return true;
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace dbss::views
