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
        edit("nameEdit")->setText(name);
        child<QComboBox>("authKindCombo")->setCurrentIndex(0);
        edit("akEdit")->setText(kAk);
        edit("skEdit")->setText(kSk);
        child<QCheckBox>("resolveProjectCheck")->setChecked(false);
        edit("projectIdEdit")->setText(kProject);
    }
    void createSaved(const QString& name) {
        fillNewAkSk(name);
        click("saveButton");
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
        QVERIFY(edit("skEdit")->text().isEmpty()); // cleared after saving
        QVERIFY(edit("skEdit")->placeholderText().contains(QLatin1String("keychain")));
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
        edit("pinEdit")->setText(QStringLiteral("not-a-hash"));
        edit("skEdit")->clear();
        click("saveButton");
        const QString text = status();
        QVERIFY2(text.contains(QLatin1String("letters, digits")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("32-character")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("SHA-256")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("secret access key")), qPrintable(text));
        QCOMPARE(edit("nameEdit")->text(), QStringLiteral("bad/name"));
        QCOMPARE(edit("akEdit")->text(), kAk);
        QCOMPARE(edit("projectIdEdit")->text(), QStringLiteral("123"));
        QVERIFY(m_store->names().isEmpty());
        QVERIFY(m_keychain->keys().isEmpty());
    }

    void duplicateNameIsRefused() {
        createSaved(QStringLiteral("one"));
        fillNewAkSk(QStringLiteral("ONE"));
        click("saveButton");
        QVERIFY2(status().contains(QLatin1String("already exists")), qPrintable(status()));
        QCOMPARE(m_store->names().size(), 1);
    }

    void fieldsFollowAuthKind() {
        auto* kind = child<QComboBox>("authKindCombo");
        kind->setCurrentIndex(kind->findData(int(AuthKind::IamPassword)));
        QVERIFY(edit("iamUserEdit")->isVisibleTo(m_dialog.get()));
        QVERIFY(edit("iamPasswordEdit")->isVisibleTo(m_dialog.get()));
        QVERIFY(!edit("akEdit")->isVisibleTo(m_dialog.get()));
        QVERIFY(!edit("tokenEdit")->isVisibleTo(m_dialog.get()));
        kind->setCurrentIndex(kind->findData(int(AuthKind::TemporaryAkSk)));
        QVERIFY(edit("tokenEdit")->isVisibleTo(m_dialog.get()));
        QVERIFY(edit("skEdit")->isVisibleTo(m_dialog.get()));
        QVERIFY(!edit("iamUserEdit")->isVisibleTo(m_dialog.get()));
        QCOMPARE(edit("skEdit")->echoMode(), QLineEdit::Password);
    }

    void renameByEditingTheName() {
        createSaved(QStringLiteral("old"));
        QSignalSpy renamed(m_dialog.get(), &ProfileDialog::profileRenamed);
        edit("nameEdit")->setText(QStringLiteral("new"));
        click("saveButton");
        QTRY_COMPARE(renamed.count(), 1);
        QTRY_VERIFY2(status().startsWith(QLatin1String("Saved")), qPrintable(status()));
        QCOMPARE(m_store->names(), QStringList{QStringLiteral("new")});
        QVERIFY(m_keychain->contains(QStringLiteral("new/sk")));
        QVERIFY(!m_keychain->contains(QStringLiteral("old/sk")));
    }

    void keychainUnavailableThenSessionOnly() {
        m_keychain->setFailure(SecretStatus::NoSessionBus);
        fillNewAkSk(QStringLiteral("nobus"));
        click("saveButton");
        QTRY_VERIFY2(status().contains(QLatin1String("D-Bus")), qPrintable(status()));
        QVERIFY(status().contains(QLatin1String("not its secrets")));
        QVERIFY(!status().contains(kSk));
        QCOMPARE(edit("skEdit")->text(), kSk); // kept for a second attempt

        child<QCheckBox>("sessionOnlyCheck")->setChecked(true);
        click("saveButton");
        QTRY_VERIFY2(status().contains(QLatin1String("in memory")), qPrintable(status()));
        QVERIFY(m_store->sessionStore()->contains(QStringLiteral("nobus/sk")));
        m_keychain->setFailure(std::nullopt);
        QVERIFY(m_keychain->keys().isEmpty());
        QVERIFY(edit("skEdit")->placeholderText().contains(QLatin1String("session")));
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
        edit("skEdit")->setText(QStringLiteral("typed-over"));
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
        QCOMPARE(edit("nameEdit")->text(), QStringLiteral("src (copy)"));

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
