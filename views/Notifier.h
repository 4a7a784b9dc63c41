#pragma once

#include <QDBusConnection>
#include <QObject>

class QWidget;

namespace dbss::views {

// Tells the desktop when long work (an export, an instance job) finishes while the user is in
// another window: a freedesktop notification over D-Bus (org.freedesktop.Notifications), or a
// system-tray balloon where no notification service runs. Nothing when the window is active:
// the status bar already says it.
class Notifier : public QObject {
    Q_OBJECT
public:
    // The window's notifier, created on first use on the session bus.
    static Notifier* of(QWidget* window);
    // Makes `window` notify through `bus` (tests: a private bus with a fake notification service).
    static Notifier* install(QWidget* window, const QDBusConnection& bus);

    // Sends the notification unless the window is the active one; true when one was sent.
    bool notifyIfInactive(const QString& summary, const QString& body);
    int sentCount() const { return m_sent; }

private:
    Notifier(QWidget* window, const QDBusConnection& bus);
    QWidget* m_window;
    QDBusConnection m_bus;
    int m_sent = 0;
};

} // namespace dbss::views
