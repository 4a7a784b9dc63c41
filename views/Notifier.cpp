#include "views/Notifier.h"

#include <QApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVariantMap>
#include <QWidget>

namespace dbss::views {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
constexpr int kExpireMs = 10000;
} // namespace

Notifier::Notifier(QWidget* window, const QDBusConnection& bus)
    : QObject(window)
    , m_window(window)
    , m_bus(bus) {
    setObjectName(QStringLiteral("desktopNotifier"));
}

Notifier* Notifier::of(QWidget* window) {
    if (auto* existing = window->findChild<Notifier*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new Notifier(window, QDBusConnection::sessionBus());
}

Notifier* Notifier::install(QWidget* window, const QDBusConnection& bus) {
    delete window->findChild<Notifier*>(QString(), Qt::FindDirectChildrenOnly);
    return new Notifier(window, bus);
}

bool Notifier::notifyIfInactive(const QString& summary, const QString& body) {
    if (m_window->isActiveWindow())
        return false;
    const bool service =
        m_bus.isConnected() && m_bus.interface() && m_bus.interface()->isServiceRegistered(kService).value();
    if (service) {
        QDBusMessage call =
            QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Notify"));
        // The desktop entry lets the notification server show the application's name and icon.
        const QVariantMap hints{{QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName()}};
        call << QApplication::applicationDisplayName() << 0u
             << QStringLiteral("io.github.dbssconsole.DbssConsole") << summary << body << QStringList()
             << hints << kExpireMs;
        m_bus.asyncCall(call); // fire and forget: the work is done either way
    } else if (QSystemTrayIcon::isSystemTrayAvailable()) {
        auto* tray = new QSystemTrayIcon(m_window->windowIcon(), this);
        tray->show();
        tray->showMessage(summary, body, QSystemTrayIcon::Information, kExpireMs);
        QTimer::singleShot(kExpireMs, tray, &QObject::deleteLater);
    } else {
        return false;
    }
    ++m_sent;
    return true;
}

} // namespace dbss::views
