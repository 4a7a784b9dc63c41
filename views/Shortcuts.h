#pragma once

#include <QKeySequence>

// The console's own key bindings, in one place so menus, context menus and Help ▸ Keyboard
// Shortcuts agree. (Standard keys such as Copy, Find, Refresh and Quit come from QKeySequence.)
namespace dbss::views::keys {

inline QKeySequence switchOn() {
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
}
inline QKeySequence switchOff() {
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
}
inline QKeySequence exportTable() {
    return QKeySequence(Qt::CTRL | Qt::Key_E);
}
inline QKeySequence buyInstance() {
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
}
inline QKeySequence addRds() {
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
}
inline QKeySequence changeHistory() {
    return QKeySequence(Qt::CTRL | Qt::Key_H);
}

} // namespace dbss::views::keys
