// The Profiles form's Network group: a profile's own proxy and an extra CA file, against a real
// dbss-sandbox process behind the loopback test proxy (tests/common/TestProxy, the one dbssctl's
// proxy test uses). Test Connection and the console's own client (loadProfileConfig, as
// ConsoleController opens a profile) both go through the proxy; a CA file makes a --tls sandbox
// trusted while verification stays on. Secrets live in an in-memory store.
#include "models/api/ApiClient.h"
#include "models/api/Instances.h"
#include "models/credentials/ClientConfigFactory.h"
#include "models/credentials/ConnectionProbe.h"
#include "models/credentials/MemorySecretStore.h"
#include "models/credentials/ProfileAccess.h"
#include "models/credentials/ProfileStore.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestProxy.h"
#include "views/ProfileDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dbss;
using namespace dbss::credentials;
using dbss::test::SandboxProcess;
using dbss::test::TestProxy;
using dbss::views::ProfileDialog;

class TestProfileNetwork : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ProfileDialog> m_dialog;

    template <typename T> T* child(const char* name) const {
        auto* w = m_dialog->findChild<T*>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    QLineEdit* edit(const char* name) const { return child<QLineEdit>(name); }
    void click(const char* button) { QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton); }
    QString status() const { return m_dialog->statusText(); }

    // A new profile for `sb` in the form (endpoint, keys, project), not yet saved.
    void fill(const QString& name, const SandboxProcess& sb) {
        click("newButton");
        edit("name")->setText(name);
        child<QComboBox>("authKind")->setCurrentIndex(0);
        edit("ak")->setText(sb.ak());
        edit("sk")->setText(sb.sk());
        child<QCheckBox>("resolveProjectCheck")->setChecked(false);
        edit("projectIdEdit")->setText(sb.projectId());
        edit("endpoint")->setText(sb.url().toString());
    }
    // Test Connection; the status line it ends with.
    QString probe() {
        click("testButton");
        const bool ended = QTest::qWaitFor(
            [this] {
                return child<QPushButton>("testButton")->isEnabled() &&
                       (status().startsWith(QLatin1String("Connected")) ||
                        status().startsWith(QLatin1String("Connection failed")));
            },
            15000);
        return ended ? status() : QStringLiteral("(no answer) ") + status();
    }
    static bool saw(const TestProxy& proxy, const QString& start) {
        for (const QString& line : proxy.requestLines())
            if (line.startsWith(start))
                return true;
        return false;
    }
    QString startTls(SandboxProcess& sb, const QString& pem) {
        QString error;
        if (!sb.start(&error))
            return error;
        return QFile::exists(pem) ? QString() : QStringLiteral("no certificate written");
    }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        m_settings->clear();
        m_keychain = std::make_unique<MemorySecretStore>();
        m_store = std::make_unique<ProfileStore>(m_settings.get(), m_keychain.get());
        m_dialog = std::make_unique<ProfileDialog>(m_store.get(), &probeConnection);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    void cleanup() {
        m_dialog.reset();
        m_store.reset();
        m_keychain.reset();
        m_settings.reset();
    }

    void requestsGoThroughTheProfilesProxy() {
        SandboxProcess sb;
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        TestProxy proxy;
        QVERIFY(proxy.start());
        fill(QStringLiteral("office"), sb);
        edit("proxy")->setText(proxy.url());

        // Test Connection: through the proxy (loopback is never proxied by the system settings,
        // so the request line proves the profile's proxy was used).
        const QString answer = probe();
        QVERIFY2(answer.startsWith(QLatin1String("Connected")), qPrintable(answer));
        const QString get = QStringLiteral("GET %1/v1/").arg(sb.url().toString());
        QVERIFY2(saw(proxy, get), qPrintable(proxy.requestLines().join(QLatin1Char('\n'))));

        click("submitButton");
        QTRY_VERIFY2(status().startsWith(QLatin1String("Saved")), qPrintable(status()));
        QCOMPARE(m_store->load(QStringLiteral("office"))->proxy, proxy.url());

        // The console opens a profile with loadProfileConfig; its client uses the same proxy.
        const qsizetype before = proxy.requestLines().size();
        std::optional<ProfileConfigResult> loaded;
        loadProfileConfig(
            m_store.get(), QStringLiteral("office"), this,
            [&loaded](ProfileConfigResult r) { loaded = std::move(r); }, QProcessEnvironment());
        QTRY_VERIFY(loaded.has_value());
        QVERIFY2(loaded->ok, qPrintable(loaded->error));
        QCOMPARE(loaded->config.proxy, proxy.url());
        api::ApiClient client(loaded->config);
        wipeSecrets(loaded->config);
        api::ApiReply* reply = client.send(api::listAuditInstances(0, 10));
        QSignalSpy finished(reply, &api::ApiReply::finished);
        QVERIFY(finished.wait(15000));
        QVERIFY2(reply->ok(), qPrintable(reply->error().userMessage()));
        QVERIFY(proxy.requestLines().size() > before);
        QVERIFY(saw(proxy, get));
        reply->deleteLater();
    }

    void caFileMakesATlsSandboxTrusted() {
        const QString pem = m_dir.filePath(QStringLiteral("sandbox-ca.pem"));
        SandboxProcess sb({QStringLiteral("--tls"), QStringLiteral("--tls-cert-out"), pem});
        const QString started = startTls(sb, pem);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        fill(QStringLiteral("gateway"), sb);

        // Verification is on: the self-signed certificate is refused without the CA.
        QString answer = probe();
        QVERIFY2(answer.startsWith(QLatin1String("Connection failed")), qPrintable(answer));

        // Chosen with the file chooser, as a user would.
        click("caFileBrowse");
        QFileDialog* chooser = nullptr;
        QTRY_VERIFY((chooser = m_dialog->findChild<QFileDialog*>(QStringLiteral("caFileChooser"))));
        chooser->selectFile(pem);
        static_cast<QDialog*>(chooser)->accept(); // QFileDialog's own accept() is protected
        QTRY_COMPARE(edit("caFileEdit")->text(), pem);
        answer = probe();
        QVERIFY2(answer.startsWith(QLatin1String("Connected")), qPrintable(answer));

        // And through the proxy: a CONNECT tunnel, the certificate still verified end to end.
        TestProxy proxy;
        QVERIFY(proxy.start());
        edit("proxy")->setText(proxy.url());
        answer = probe();
        QVERIFY2(answer.startsWith(QLatin1String("Connected")), qPrintable(answer));
        QVERIFY(saw(proxy, QStringLiteral("CONNECT 127.0.0.1:%1 ").arg(sb.url().port())));

        click("submitButton");
        QTRY_VERIFY2(status().startsWith(QLatin1String("Saved")), qPrintable(status()));
        QCOMPARE(m_store->load(QStringLiteral("gateway"))->caFile, pem);
    }

    void badNetworkFieldsAreNamedAndNothingIsSaved() {
        SandboxProcess sb; // not started: only its defaults are used
        fill(QStringLiteral("typo"), sb);
        edit("endpoint")->setText(QStringLiteral("http://127.0.0.1:9"));
        const QString missing = m_dir.filePath(QStringLiteral("missing.pem"));
        const QString notPem = m_dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile file(notPem);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a certificate\n");
        }
        const auto errorOf = [this](const char* field) {
            auto* label = m_dialog->fieldErrorLabel(QLatin1String(field));
            return label && label->isVisible() ? label->text() : QString();
        };

        edit("proxy")->setText(QStringLiteral("ftp://proxy.example.com:21"));
        edit("caFileEdit")->setText(missing);
        click("submitButton");
        QVERIFY2(errorOf("proxy").contains(QLatin1String("socks5://")), qPrintable(status()));
        QVERIFY2(errorOf("caFile").contains(missing), qPrintable(status()));
        QCOMPARE(m_dialog->flaggedFields(), (QStringList{QStringLiteral("proxy"), QStringLiteral("caFile")}));

        edit("proxy")->setText(QStringLiteral("http://user:secret@proxy.example.com:3128"));
        edit("caFileEdit")->setText(notPem);
        click("submitButton");
        QVERIFY2(errorOf("proxy").contains(QLatin1String("user name or password")), qPrintable(status()));
        QVERIFY2(!status().contains(QLatin1String("secret@")), qPrintable(status()));
        QVERIFY2(errorOf("caFile").contains(QLatin1String("no PEM certificate")), qPrintable(status()));

        // Test Connection refuses the same input before sending anything.
        click("testButton");
        QCOMPARE(m_dialog->flaggedFields(), (QStringList{QStringLiteral("proxy"), QStringLiteral("caFile")}));

        QVERIFY(m_store->names().isEmpty());
        QCOMPARE(edit("caFileEdit")->text(), notPem); // input kept
        QCOMPARE(edit("proxy")->text(), QStringLiteral("http://user:secret@proxy.example.com:3128"));

        // Fixed: saved, and shown again as stored.
        edit("proxy")->setText(QStringLiteral("socks5://127.0.0.1:1080"));
        edit("caFileEdit")->clear();
        click("submitButton");
        QTRY_VERIFY2(status().startsWith(QLatin1String("Saved")), qPrintable(status()));
        QCOMPARE(m_store->load(QStringLiteral("typo"))->proxy, QStringLiteral("socks5://127.0.0.1:1080"));
        m_dialog->selectProfile(QStringLiteral("typo"));
        QCOMPARE(edit("proxy")->text(), QStringLiteral("socks5://127.0.0.1:1080"));
        QVERIFY(!m_dialog->hasUnsavedChanges());
    }
};

static void initMain() {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

int main(int argc, char** argv) {
    initMain();
    QApplication app(argc, argv);
    TestProfileNetwork test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_profilenetwork.moc"
