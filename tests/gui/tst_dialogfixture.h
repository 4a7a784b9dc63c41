#pragma once

// Shared by the form tests: the sandbox in-process (as `dbss-console --sandbox` runs it), a
// client on it, a synchronous helper for reading state back through the API, and a count of
// requests the client logs (to prove that an invalid form sends nothing).
#include "models/api/ApiClient.h"
#include "models/api/Instances.h"
#include "models/api/ParseReply.h"
#include "sandbox/SandboxServer.h"
#include "tests/common/ClientRequests.h"
#include "views/SubmitDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace dbss::test {

class DialogFixture {
public:
    bool start(QString* error, const sandbox::SandboxOptions& options = {}) {
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        if (!m_server->listen(QHostAddress::LocalHost, 0, error))
            return false;
        api::ClientConfig config;
        config.region = m_server->options().region;
        config.projectId = m_server->options().projectId;
        config.ak = m_server->options().ak;
        config.sk = m_server->options().sk;
        config.timeoutMs = 10000;
        for (api::Service s : {api::Service::Dbss, api::Service::Iam, api::Service::Drs, api::Service::Das})
            config.endpointOverrides.insert(s, m_server->baseUrl());
        m_client = std::make_unique<api::ApiClient>(config);
        m_dispatched = std::make_unique<DispatchCounter>(m_client.get());
        QObject::connect(m_client.get(), &api::ApiClient::requestLogged, m_client.get(),
                         [this](const api::RequestLogEntry& e) { m_log << e.operation; });
        return true;
    }

    api::ApiClient* client() const { return m_client.get(); }
    // Requests handed to the client so far, counted the moment they are sent (an invalid form sends
    // nothing, and that is known at once).
    int dispatched() const { return m_dispatched->count(); }
    // Operations the client has sent (one entry per attempt), oldest first.
    const QStringList& sent() const { return m_log; }

    // Sends `request` and waits; the typed answer, or a default T with *ok false.
    template <class T> T read(const api::ApiRequest& request, bool* ok) {
        api::ApiReply* reply = m_client->send(request);
        QSignalSpy done(reply, &api::ApiReply::finished);
        *ok = done.wait(10000);
        T out;
        api::ApiError error;
        *ok = *ok && api::parseReply(*reply, &out, &error);
        reply->deleteLater();
        return out;
    }

    // An ACTIVE audit instance of the demo data (adding databases and scopes needs one); the
    // "high" specification if there is one, as it has room for the most databases.
    QString activeInstanceId() {
        bool ok = false;
        const auto list = read<api::ListAuditInstancesResponse>(api::listAuditInstances(0, 100), &ok);
        QString any;
        for (const api::AuditInstance& i : list.servers) {
            if (i.status != QLatin1String("ACTIVE"))
                continue;
            if (i.resourceSpecCode.endsWith(QLatin1String("high")))
                return i.id;
            if (any.isEmpty())
                any = i.id;
        }
        return any;
    }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<DispatchCounter> m_dispatched;
    QStringList m_log;
};

// The line edit of a field: the editor itself, or an editable combo's.
inline QLineEdit* lineEditOf(views::SubmitDialog* dialog, const QString& field) {
    if (auto* combo = qobject_cast<QComboBox*>(dialog->fieldEditor(field)))
        return combo->lineEdit();
    return qobject_cast<QLineEdit*>(dialog->fieldEditor(field));
}

// Types `text` into the line edit named `field` of `dialog`, replacing what is there.
inline void typeInto(views::SubmitDialog* dialog, const QString& field, const QString& text) {
    auto* edit = lineEditOf(dialog, field);
    QVERIFY2(edit, qPrintable(field));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

inline QString textOf(views::SubmitDialog* dialog, const QString& field) {
    auto* edit = lineEditOf(dialog, field);
    return edit ? edit->text() : QString();
}

} // namespace dbss::test
