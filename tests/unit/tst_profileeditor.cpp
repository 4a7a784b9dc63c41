// ProfileEditor, the Profiles form's workflow, without widgets: MemorySecretStore as the keychain, a
// temporary INI file and a fake connection probe.
#include "models/credentials/MemorySecretStore.h"
#include "models/credentials/ProfileEditor.h"
#include "models/credentials/ProfileStore.h"
#include "tests/common/FieldAsserts.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using dbss::test::fieldsOf;
using namespace dbss::credentials;
using dbss::api::AuthKind;
using dbss::api::ClientConfig;
using dbss::api::FieldErrors;
using dbss::api::Service;

namespace {
const QString kProject = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
const QByteArray kAk = "AKEDITOR000000000001";
const QByteArray kSk = "SkEditorSecretValue00000000000000000001";
const QUrl kLocal(QStringLiteral("http://127.0.0.1:8080"));
} // namespace

class TestProfileEditor : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ProfileEditor> m_editor;
    std::optional<ClientConfig> m_probed;

    ProfileForm newForm(const QString& name, bool withSecrets = true) const {
        ProfileForm form = m_editor->form();
        form.profile.name = name;
        form.profile.resolveProjectId = false;
        form.profile.projectId = kProject;
        if (withSecrets) {
            form.secrets.set(SecretKind::AccessKey, kAk);
            form.secrets.set(SecretKind::SecretKey, kSk);
        }
        return form;
    }
    bool saveAndWait(const ProfileForm& form) {
        QSignalSpy saved(m_editor.get(), &ProfileEditor::saved);
        QSignalSpy failed(m_editor.get(), &ProfileEditor::failed);
        if (!m_editor->save(form))
            return false;
        return QTest::qWaitFor([&] { return !saved.isEmpty() || !failed.isEmpty(); }, 5000) &&
               !saved.isEmpty();
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings =
            std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
        m_keychain = std::make_unique<MemorySecretStore>();
        m_store = std::make_unique<ProfileStore>(m_settings.get(), m_keychain.get());
        m_probed.reset();
        m_editor = std::make_unique<ProfileEditor>(
            m_store.get(), [this](const ClientConfig& config, QObject* context, auto done) {
                m_probed = config;
                QMetaObject::invokeMethod(
                    context,
                    [done] {
                        done(ProbeResult{true, QStringLiteral("Connected")});
                    },
                    Qt::QueuedConnection);
            });
    }
    void cleanup() {
        m_editor.reset();
        m_store.reset();
        m_keychain.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void endpointBaseWithExceptions() {
        EndpointChoice choice;
        choice.base = kLocal.toString();
        choice.overrides.insert(Service::Iam, QStringLiteral("http://127.0.0.1:9090"));
        const QHash<Service, QUrl> resolved = choice.resolved();
        QCOMPARE(resolved.size(), 4);
        QCOMPARE(resolved.value(Service::Dbss), kLocal);
        QCOMPARE(resolved.value(Service::Drs), kLocal);
        QCOMPARE(resolved.value(Service::Iam), QUrl(QStringLiteral("http://127.0.0.1:9090")));
        QCOMPARE(EndpointChoice::fromResolved(resolved), choice);
        QVERIFY(EndpointChoice{}.resolved().isEmpty()); // regional defaults

        // A profile stored before the base existed: four equal URLs read as one base.
        QHash<Service, QUrl> legacy;
        for (auto s : {Service::Dbss, Service::Iam, Service::Drs, Service::Das})
            legacy.insert(s, kLocal);
        const EndpointChoice read = EndpointChoice::fromResolved(legacy);
        QCOMPARE(read.base, kLocal.toString());
        QVERIFY(read.overrides.isEmpty());
        // A single overridden service stays that service's exception.
        const EndpointChoice one = EndpointChoice::fromResolved({{Service::Das, kLocal}});
        QVERIFY(one.base.isEmpty());
        QCOMPARE(one.overrides.value(Service::Das), kLocal.toString());
    }

    void validationNamesTheField() {
        ProfileForm form = newForm(QStringLiteral("bad/name"), false);
        form.profile.projectId = QStringLiteral("123");
        form.endpoints.base = QStringLiteral("ftp://x");
        form.endpoints.overrides.insert(Service::Das, QStringLiteral("not a url"));
        QSignalSpy invalid(m_editor.get(), &ProfileEditor::invalid);
        QVERIFY(!m_editor->save(form));
        QCOMPARE(invalid.count(), 1);
        const QStringList fields = fieldsOf(invalid.first().first().value<FieldErrors>());
        for (const char* field : {"name", "projectId", "endpoint", "endpoint_das", "ak", "sk"})
            QVERIFY2(fields.contains(QLatin1String(field)), qPrintable(fields.join(QLatin1Char(','))));
        QCOMPARE(fields.count(QStringLiteral("endpoint")), 1); // three services, one base field
        QVERIFY(m_store->names().isEmpty());
        // Probing needs no name and checks no name.
        QVERIFY(!fieldsOf(m_editor->validate(newForm(QString()), ProfileEditor::Purpose::Probe))
                     .contains(QStringLiteral("name")));
    }

    void saveNewStoresSettingsAndSecrets() {
        QVERIFY(saveAndWait(newForm(QStringLiteral("Prod"))));
        QCOMPARE(m_editor->loadedName(), QStringLiteral("Prod"));
        QCOMPARE(m_store->load(QStringLiteral("Prod"))->projectId, kProject);
        QCOMPARE(m_keychain->keys().size(), 2);
        QCOMPARE(m_editor->storedSecretKinds(),
                 (QList<SecretKind>{SecretKind::AccessKey, SecretKind::SecretKey}));
        // Stored secrets need not be typed again; a clash with another name is refused.
        ProfileForm again = m_editor->form();
        QVERIFY(m_editor->validate(again, ProfileEditor::Purpose::Save).isEmpty());
        m_editor->startNew();
        QCOMPARE(fieldsOf(m_editor->validate(newForm(QStringLiteral("PROD")), ProfileEditor::Purpose::Save)),
                 QStringList{QStringLiteral("name")});
    }

    void renameThenSave() {
        QVERIFY(saveAndWait(newForm(QStringLiteral("old"))));
        QSignalSpy renamed(m_editor.get(), &ProfileEditor::renamed);
        ProfileForm form = m_editor->form();
        form.profile.name = QStringLiteral("new");
        form.profile.timeoutMs = 60000;
        QVERIFY(saveAndWait(form));
        QCOMPARE(renamed.count(), 1);
        QCOMPARE(m_store->names(), QStringList{QStringLiteral("new")});
        QCOMPARE(m_store->load(QStringLiteral("new"))->timeoutMs, 60000);
        QVERIFY(m_keychain->contains(QStringLiteral("new/sk")));
        QVERIFY(!m_keychain->contains(QStringLiteral("old/sk")));
    }

    void movingToSessionCarriesStoredSecrets() {
        QVERIFY(saveAndWait(newForm(QStringLiteral("move"))));
        ProfileForm form = m_editor->form();
        form.sessionOnly = true;
        form.secrets.set(SecretKind::SecretKey, "typed-over");
        QVERIFY(saveAndWait(form));
        QVERIFY(m_keychain->keys().isEmpty());
        QVERIFY(m_store->isSessionOnly(QStringLiteral("move")));
        std::optional<Secrets> session;
        m_store->loadSecrets(QStringLiteral("move"), this, [&](Secrets s, OperationResult) { session = s; });
        QTRY_VERIFY(session.has_value());
        QCOMPARE(session->value(SecretKind::AccessKey), kAk); // not retyped: carried over
        QCOMPARE(session->value(SecretKind::SecretKey), QByteArray("typed-over"));
    }

    void secretsFailureKeepsSettingsAndSays() {
        m_keychain->setFailure(SecretStatus::NoSessionBus);
        QSignalSpy failed(m_editor.get(), &ProfileEditor::failed);
        QVERIFY(m_editor->save(newForm(QStringLiteral("nobus"))));
        QTRY_COMPARE(failed.count(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("not its secrets")), qPrintable(message));
        QVERIFY(!message.contains(QString::fromLatin1(kSk)));
        QVERIFY(m_store->contains(QStringLiteral("nobus")));
        QVERIFY(!m_editor->isBusy());
        // Nothing is known to be stored: the next save still asks for the secrets.
        QVERIFY(m_editor->storedSecretKinds().isEmpty());
    }

    void probeTypedSecretsWinOverStored() {
        QVERIFY(saveAndWait(newForm(QStringLiteral("probe"))));
        QSignalSpy finished(m_editor.get(), &ProfileEditor::probeFinished);
        ProfileForm form = m_editor->form();
        form.profile.projectId = QStringLiteral("ffffffffffffffffffffffffffffffff"); // unsaved edit
        form.endpoints.base = kLocal.toString();
        form.secrets.set(SecretKind::SecretKey, "typed-over");
        QVERIFY(m_editor->probe(form));
        QVERIFY(m_editor->isProbing());
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!m_editor->isProbing());
        QVERIFY(m_probed.has_value());
        QCOMPARE(m_probed->ak, QString::fromLatin1(kAk));
        QCOMPARE(m_probed->sk, QStringLiteral("typed-over"));
        QCOMPARE(m_probed->projectId, QStringLiteral("ffffffffffffffffffffffffffffffff"));
        QCOMPARE(m_probed->endpointOverrides.value(Service::Das), kLocal);
        QCOMPARE(m_store->load(QStringLiteral("probe"))->projectId, kProject); // probing saves nothing
    }

    void duplicateAndRemove() {
        QVERIFY(saveAndWait(newForm(QStringLiteral("src"))));
        QCOMPARE(m_editor->duplicateName(), QStringLiteral("src (copy)"));
        QSignalSpy duplicated(m_editor.get(), &ProfileEditor::duplicated);
        m_editor->duplicate();
        QTRY_COMPARE(duplicated.count(), 1);
        QCOMPARE(m_editor->loadedName(), QStringLiteral("src (copy)"));
        QVERIFY(m_keychain->contains(QStringLiteral("src (copy)/sk")));
        QSignalSpy removed(m_editor.get(), &ProfileEditor::removed);
        m_editor->remove();
        QTRY_COMPARE(removed.count(), 1);
        QVERIFY(m_editor->loadedName().isEmpty());
        QCOMPARE(m_store->names(), QStringList{QStringLiteral("src")});
        QVERIFY(!m_keychain->contains(QStringLiteral("src (copy)/sk")));
    }

    void sameSettingsIgnoresTypedSecrets() {
        ProfileForm a = newForm(QStringLiteral("x"), false);
        ProfileForm b = a;
        b.secrets.set(SecretKind::SecretKey, kSk);
        QVERIFY(a.sameSettings(b));
        b.endpoints.base = kLocal.toString();
        QVERIFY(!a.sameSettings(b));
        b = a;
        b.sessionOnly = !a.sessionOnly;
        QVERIFY(!a.sameSettings(b));
    }
};

QTEST_GUILESS_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
