#pragma once

// What an ApiClient has on the wire, read from its children: ApiClient::send() creates the ApiReply
// as the client's child synchronously, so "nothing was sent" and "everything was cancelled" can be
// asserted at once instead of after a fixed sleep.
#include "models/api/ApiClient.h"

#include <QEvent>
#include <QNetworkReply>
#include <QPointer>

namespace dbss::test {

// The replies sent and not yet finished.
inline QList<QPointer<api::ApiReply>> repliesInFlight(const api::ApiClient& client) {
    QList<QPointer<api::ApiReply>> out;
    for (api::ApiReply* reply : client.findChildren<api::ApiReply*>()) {
        if (!reply->isFinished())
            out << reply;
    }
    return out;
}

// True when every reply of `replies` is gone or finished as cancelled (not answered, not failed).
inline bool allCancelled(const QList<QPointer<api::ApiReply>>& replies) {
    for (const QPointer<api::ApiReply>& reply : replies) {
        if (reply && !(reply->isFinished() && reply->error().kind == api::ApiError::Kind::Cancelled))
            return false;
    }
    return true;
}

// True when every reply of `replies` has been deleted (call under QTRY_VERIFY: replies are deleted
// from the event loop).
inline bool allGone(const QList<QPointer<api::ApiReply>>& replies) {
    for (const QPointer<api::ApiReply>& reply : replies) {
        if (reply)
            return false;
    }
    return true;
}

// True when no network transfer of the client is running.
inline bool noTransferRunning(const api::ApiClient& client) {
    for (const QNetworkReply* network : client.findChildren<QNetworkReply*>()) {
        if (network->isRunning())
            return false;
    }
    return true;
}

// Counts the requests sent through a client from the moment it is created: every ApiClient::send()
// adds an ApiReply child to the client, and Qt announces a new child synchronously (ChildAdded).
class DispatchCounter : public QObject {
public:
    explicit DispatchCounter(api::ApiClient* client)
        : m_client(client) {
        client->installEventFilter(this);
    }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_client && event->type() == QEvent::ChildAdded)
            ++m_count;
        return false;
    }

private:
    QObject* m_client;
    int m_count = 0;
};

} // namespace dbss::test
