// ProfileDialog on the offscreen platform with an in-memory keychain and a fake connection probe.
#include "models/credentials/MemorySecretStore.h"
#include "models/credentials/ProfileStore.h"
#include "views/ProfileDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dbss::credentials;
using dbss::api::AuthKind;
using dbss::api::ClientConfig;
using dbss::api::Service;
using dbss::views::ProfileDialog;

namespace {
const QString kProject = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
const QString kAk = QStringLiteral("AKDIALOG000000000001");
const QString kSk = QStringLiteral("SkDialogSecretValue000000000000000000001");
} // namespace

class TestProfileDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ProfileDialog> m_dialog;
    std::optional<ClientConfig> m_probed;
    ProbeResult m_probeAnswer{true, QStringLiteral("Connected: 1 audit instance(s) visible.")};

    template <typename T> T* child(const char* name) const {
        auto* w = m_dialog->findChild<T*>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    QLineEdit* edit(const char* name) const { return child<QLineEdit>(name); }
    void click(const char* button) { QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton); }
    QString status() const { return m_dialog->statusText(); }

    void openDialog() {
        m_dialog = std::make_unique<ProfileDialog>(
            m_store.get(),
            [this](const ClientConfig& config, QObject* context, std::function<void(ProbeResult)> done) {
                m_probed = config;
                QMetaObject::invokeMethod(
                    context, [this, done] { done(m_probeAnswer); }, Qt::QueuedConnection);
            });
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    void fillNewAkSk(const QString& name) {
        click("newButton");
        edit("name")->setText(name);
        child<QComboBox>("authKind")->setCurrentIndex(0);
        edit("ak")->setText(kAk);
        edit("sk")->setText(kSk);
        child<QCheckBox>("resolveProjectCheck")->setChecked(false);
        edit("projectIdEdit")->setText(kProject);
    }
    void createSaved(const QString& name) {
        fillNewAkSk(name);
        click("submitButton");
        QTRY_VERIFY2(status().startsWith(QLatin1String("Saved")), qPrintable(status()));
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings =
            std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        m_keychain = std::make_unique<MemorySecretStore>();
        m_store = std::make_unique<ProfileStore>(m_settings.get(), m_keychain.get());
        m_probed.reset();
        openDialog();
    }
    void cleanup() {
        m_dialog.reset();
        m_store.reset();
        m_keychain.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void createStoresSettingsAndKeychainSecrets() {
        QSignalSpy saved(m_dialog.get(), &ProfileDialog::profileSaved);
        createSaved(QStringLiteral("Prod"));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(m_store->names(), QStringList{QStringLiteral("Prod")});
        QCOMPARE(m_store->load(QStringLiteral("Prod"))->projectId, kProject);
        QVERIFY(m_keychain->contains(QStringLiteral("Prod/ak")));
        QVERIFY(m_keychain->contains(QStringLiteral("Prod/sk")));
        QVERIFY(edit("sk")->text().isEmpty()); // cleared after saving
        QVERIFY(edit("sk")->placeholderText().contains(QLatin1String("keychain")));
        QCOMPARE(child<QListWidget>("profileList")->currentItem()->text(), QStringLiteral("Prod"));
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("Prod"));
        QVERIFY(!bytes.contains(kSk.toLatin1()));
        QVERIFY(!bytes.contains(kAk.toLatin1()));
    }

    void enterInAFieldSavesAndKeepsTheDialogOpen() {
        fillNewAkSk(QStringLiteral("enter"));
        QTest::keyClick(edit("projectIdEdit"), Qt::Key_Return);
        QTRY_VERIFY2(status().startsWith(QLatin1String("Saved")), qPrintable(status()));
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_store->names(), QStringList{QStringLiteral("enter")});
    }

    void invalidInputShowsSpecificErrorsAndKeepsInput() {
        fillNewAkSk(QStringLiteral("bad/name"));
        edit("projectIdEdit")->setText(QStringLiteral("123"));
        edit("pinnedCertSha256")->setText(QStringLiteral("not-a-hash"));
        edit("sk")->clear();
        click("submitButton");
        const QString text = status();
        QVERIFY2(text.contains(QLatin1String("letters, digits")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("32-character")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("SHA-256")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("secret access key")), qPrintable(text));
        QCOMPARE(edit("name")->text(), QStringLiteral("bad/name"));
        QCOMPARE(edit("ak")->text(), kAk);
        QCOMPARE(edit("projectIdEdit")->text(), QStringLiteral("123"));
        // Each problem under its own field, in form order.
        QCOMPARE(m_dialog->flaggedFields(),
                 (QStringList{QStringLiteral("name"), QStringLiteral("sk"), QStringLiteral("projectId"),
                              QStringLiteral("pinnedCertSha256")}));
        QVERIFY(m_store->names().isEmpty());
        QVERIFY(m_keychain->keys().isEmpty());
    }

    void duplicateNameIsRefused() {
        createSaved(QStringLiteral("one"));
        fillNewAkSk(QStringLiteral("ONE"));
        click("submitButton");
        QVERIFY2(status().contains(QLatin1String("already exists")), qPrintable(status()));
        QCOMPARE(m_store->names().size(), 1);
    }

    void fieldsFollowAuthKind() {
        auto* kind = child<QComboBox>("authKind");
        kind->setCurrentIndex(kind->findData(int(AuthKind::IamPassword)));
        QVERIFY(edit("iamUser")->isVisibleTo(m_dialog.get()));
        QVERIFY(edit("iamPassword")->isVisibleTo(m_dialog.get()));
        QVERIFY(!edit("ak")->isVisibleTo(m_dialog.get()));
        QVERIFY(!edit("securityToken")->isVisibleTo(m_dialog.get()));
        kind->setCurrentIndex(kind->findData(int(AuthKind::TemporaryAkSk)));
        QVERIFY(edit("securityToken")->isVisibleTo(m_dialog.get()));
        QVERIFY(edit("sk")->isVisibleTo(m_dialog.get()));
        QVERIFY(!edit("iamUser")->isVisibleTo(m_dialog.get()));
        QCOMPARE(edit("sk")->echoMode(), QLineEdit::Password);
        QCOMPARE(edit("securityToken")->echoMode(), QLineEdit::Password);
        QCOMPARE(edit("ak")->echoMode(), QLineEdit::Normal); // an identifier, not a secret
        kind->setCurrentIndex(kind->findData(int(AuthKind::IamPassword)));
        QCOMPARE(edit("iamPassword")->echoMode(), QLineEdit::Password);
    }

    void renameByEditingTheName() {
        createSaved(QStringLiteral("old"));
        QSignalSpy renamed(m_dialog.get(), &ProfileDialog::profileRenamed);
        edit("name")->setText(QStringLiteral("new"));
        click("submitButton");
        QTRY_COMPARE(renamed.count(), 1);
        QTRY_VERIFY2(status().startsWith(QLatin1String("Saved")), qPrintable(status()));
        QCOMPARE(m_store->names(), QStringList{QStringLiteral("new")});
        QVERIFY(m_keychain->contains(QStringLiteral("new/sk")));
        QVERIFY(!m_keychain->contains(QStringLiteral("old/sk")));
    }

    void keychainUnavailableThenSessionOnly() {
        m_keychain->setFailure(SecretStatus::NoSessionBus);
        fillNewAkSk(QStringLiteral("nobus"));
        click("submitButton");
        QTRY_VERIFY2(status().contains(QLatin1String("D-Bus")), qPrintable(status()));
        QVERIFY(status().contains(QLatin1String("not its secrets")));
        QVERIFY(!status().contains(kSk));
        QCOMPARE(edit("sk")->text(), kSk); // kept for a second attempt

        child<QCheckBox>("sessionOnlyCheck")->setChecked(true);
        click("submitButton");
        QTRY_VERIFY2(status().contains(QLatin1String("in memory")), qPrintable(status()));
        QVERIFY(m_store->sessionStore()->contains(QStringLiteral("nobus/sk")));
        m_keychain->setFailure(std::nullopt);
        QVERIFY(m_keychain->keys().isEmpty());
        QVERIFY(edit("sk")->placeholderText().contains(QLatin1String("session")));
    }

    void testConnectionUsesFormAndStoredSecrets() {
        createSaved(QStringLiteral("probe"));
        edit("projectIdEdit")->setText(QStringLiteral("ffffffffffffffffffffffffffffffff"));
        click("testButton");
        QTRY_VERIFY2(status().startsWith(QLatin1String("Connected")), qPrintable(status()));
        QVERIFY(m_probed.has_value());
        QCOMPARE(m_probed->ak, kAk); // from the store: the fields are empty after saving
        QCOMPARE(m_probed->sk, kSk);
        QCOMPARE(m_probed->projectId, QStringLiteral("ffffffffffffffffffffffffffffffff")); // unsaved edit

        m_probeAnswer = {false,
                         QStringLiteral("HTTP 401 APIGW.0301 Incorrect IAM authentication information")};
        edit("sk")->setText(QStringLiteral("typed-over"));
        click("testButton");
        QTRY_VERIFY2(status().startsWith(QLatin1String("Connection failed")), qPrintable(status()));
        QVERIFY(status().contains(QLatin1String("APIGW.0301")));
        QCOMPARE(m_probed->sk, QStringLiteral("typed-over"));
        QVERIFY(child<QPushButton>("testButton")->isEnabled());
    }

    void duplicateAndDelete() {
        createSaved(QStringLiteral("src"));
        click("duplicateButton");
        QTRY_VERIFY2(status().startsWith(QLatin1String("Duplicated")), qPrintable(status()));
        QCOMPARE(m_store->names(), (QStringList{QStringLiteral("src"), QStringLiteral("src (copy)")}));
        QVERIFY(m_keychain->contains(QStringLiteral("src (copy)/sk")));
        QCOMPARE(edit("name")->text(), QStringLiteral("src (copy)"));

        QSignalSpy removed(m_dialog.get(), &ProfileDialog::profileRemoved);
        click("deleteButton");
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_dialog->findChild<QMessageBox*>(QStringLiteral("confirmDeleteBox"))) != nullptr);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toString(), QStringLiteral("src (copy)"));
        QCOMPARE(m_store->names(), QStringList{QStringLiteral("src")});
        QVERIFY(!m_keychain->contains(QStringLiteral("src (copy)/sk")));
        QVERIFY(m_keychain->contains(QStringLiteral("src/sk")));
    }

    void oneEndpointForEveryServiceWithExceptions() {
        fillNewAkSk(QStringLiteral("local"));
        edit("endpoint")->setText(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(!child<QWidget>("perServiceBox")->isVisibleTo(m_dialog.get()));
        child<QCheckBox>("perServiceCheck")->setChecked(true);
        QVERIFY(child<QWidget>("perServiceBox")->isVisibleTo(m_dialog.get()));
        QCOMPARE(edit("endpoint_drs")->placeholderText(), QStringLiteral("http://127.0.0.1:8080"));
        edit("endpoint_iam")->setText(QStringLiteral("http://127.0.0.1:9090"));
        click("submitButton");
        QTRY_VERIFY2(status().startsWith(QLatin1String("Saved")), qPrintable(status()));
        const Profile stored = *m_store->load(QStringLiteral("local"));
        QCOMPARE(stored.endpointOverrides.size(), 4);
        QCOMPARE(stored.endpointOverrides.value(Service::Dbss),
                 QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(stored.endpointOverrides.value(Service::Das), QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(stored.endpointOverrides.value(Service::Iam), QUrl(QStringLiteral("http://127.0.0.1:9090")));
        QCOMPARE(edit("endpoint")->text(), QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(edit("endpoint_iam")->text(), QStringLiteral("http://127.0.0.1:9090"));
        QVERIFY(edit("endpoint_dbss")->text().isEmpty());

        edit("endpoint")->setText(QStringLiteral("ftp://nowhere"));
        click("submitButton");
        QCOMPARE(m_dialog->flaggedFields(), QStringList{QStringLiteral("endpoint")});
    }

    void profileWrittenWithFourEqualEndpointsShowsOneBase() {
        Profile legacy;
        legacy.name = QStringLiteral("legacy");
        legacy.projectId = kProject;
        for (auto s : {Service::Dbss, Service::Iam, Service::Drs, Service::Das})
            legacy.endpointOverrides.insert(s, QUrl(QStringLiteral("http://127.0.0.1:7000")));
        QCOMPARE(m_store->save(legacy), QStringList());
        m_dialog->selectProfile(QStringLiteral("legacy"));
        QCOMPARE(edit("endpoint")->text(), QStringLiteral("http://127.0.0.1:7000"));
        QVERIFY(!child<QCheckBox>("perServiceCheck")->isChecked());
        QVERIFY(!m_dialog->hasUnsavedChanges());
    }

    void unsavedEditsAreNotDroppedSilently() {
        createSaved(QStringLiteral("a"));
        createSaved(QStringLiteral("b"));
        auto* list = child<QListWidget>("profileList");
        const QString edited = QStringLiteral("ffffffffffffffffffffffffffffffff");
        edit("projectIdEdit")->setText(edited);
        QVERIFY(m_dialog->hasUnsavedChanges());
        const auto answer = [this](QMessageBox::StandardButton button) {
            QMessageBox* box = nullptr;
            QTRY_VERIFY((box = m_dialog->findChild<QMessageBox*>(QStringLiteral("unsavedChangesBox"))) !=
                        nullptr);
            QTest::mouseClick(box->button(button), Qt::LeftButton);
            QTRY_VERIFY(!m_dialog->findChild<QMessageBox*>(QStringLiteral("unsavedChangesBox")));
        };

        list->setCurrentRow(0);                                     // "a"
        QCOMPARE(list->currentItem()->text(), QStringLiteral("b")); // the list waits for the answer
        answer(QMessageBox::Cancel);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_dialog->currentProfileName(), QStringLiteral("b"));
        QCOMPARE(edit("projectIdEdit")->text(), edited);

        list->setCurrentRow(0);
        answer(QMessageBox::Discard);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_dialog->currentProfileName(), QStringLiteral("a"));
        QCOMPARE(m_store->load(QStringLiteral("b"))->projectId, kProject);

        edit("projectIdEdit")->setText(edited);
        list->setCurrentRow(1); // "b"
        answer(QMessageBox::Save);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(m_dialog->currentProfileName(), QStringLiteral("b"));
        QCOMPARE(m_store->load(QStringLiteral("a"))->projectId, edited);
        QCOMPARE(list->currentItem()->text(), QStringLiteral("b"));
        QVERIFY(!m_dialog->hasUnsavedChanges());
    }

    void useThisProfile() {
        QVERIFY(!child<QPushButton>("useButton")->isEnabled()); // nothing stored yet
        createSaved(QStringLiteral("work"));
        QSignalSpy use(m_dialog.get(), &ProfileDialog::useProfileRequested);
        click("useButton");
        QCOMPARE(use.count(), 1);
        QCOMPARE(use.first().first().toString(), QStringLiteral("work"));
    }
};

static void initMain() {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

int main(int argc, char** argv) {
    initMain();
    QApplication app(argc, argv);
    TestProfileDialog test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_profiledialog.moc"
