// The audit scope form (document 004): databases of the instance picked from a list, lists typed
// comma-separated, operations checked.
#include "models/actions/AuditScopeAction.h"
#include "models/api/AuditScopes.h"
#include "models/api/Databases.h"
#include "views/AuditScopeDialog.h"

#include "tst_dialogfixture.h"

#include <QCheckBox>
#include <QListWidget>

using namespace dbss;

class TestAuditScopeDialog : public QObject {
    Q_OBJECT
    test::DialogFixture m_fx;
    QString m_instance;
    QString m_dbId;

    std::unique_ptr<views::AuditScopeDialog> openLoaded() {
        auto dialog = std::make_unique<views::AuditScopeDialog>(m_fx.client(), m_instance);
        QSignalSpy loaded(dialog.get(), &views::AuditScopeDialog::databasesLoaded);
        dialog->show();
        if (!loaded.wait(10000))
            return nullptr;
        return dialog;
    }

    static void check(QListWidget* list, const QString& data) {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == data)
                list->item(row)->setCheckState(Qt::Checked);
        }
    }

    QList<api::AuditScope> scopes() {
        bool ok = false;
        const auto list =
            m_fx.read<api::ListAuditScopesResponse>(api::listAuditScopes(m_instance, 0, 100), &ok);
        return list.scopes;
    }

    const api::AuditScope* findScope(const QList<api::AuditScope>& list, const QString& name) {
        for (const api::AuditScope& s : list) {
            if (s.name == name)
                return &s;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        m_instance = m_fx.activeInstanceId();
        QVERIFY(!m_instance.isEmpty());
        // A database of our own, so the list is never empty.
        api::NewDatabase db;
        db.name = QStringLiteral("scope-target");
        db.type = QStringLiteral("MYSQL");
        db.version = QStringLiteral("8.0");
        db.charset = QStringLiteral("UTF8");
        db.ip = QStringLiteral("10.1.1.1");
        db.port = QStringLiteral("3306");
        db.os = QStringLiteral("LINUX64");
        bool ok = false;
        m_dbId = m_fx.read<api::AddDatabaseResponse>(api::addAuditDatabase(m_instance, db), &ok).id;
        QVERIFY(ok);
    }

    void listsTheInstanceDatabases() {
        auto dialog = openLoaded();
        QVERIFY(dialog);
        bool ok = false;
        const auto dbs =
            m_fx.read<api::ListAuditDatabasesResponse>(api::listAuditDatabases(m_instance, {}, 0, 100), &ok);
        QVERIFY(ok);
        QCOMPARE(dialog->databaseList()->count(), dbs.databases.size());
        QCOMPARE(dialog->actionList()->count(), 15);
        dialog->allDatabasesBox()->setChecked(true);
        QVERIFY(!dialog->databaseList()->isEnabled());
    }

    void validSubmissionAddsTheScope() {
        auto dialog = openLoaded();
        QVERIFY(dialog);
        test::typeInto(dialog.get(), QStringLiteral("rule_name"), QStringLiteral("night-batch"));
        check(dialog->databaseList(), m_dbId);
        test::typeInto(dialog.get(), QStringLiteral("db_users"), QStringLiteral("root, app"));
        test::typeInto(dialog.get(), QStringLiteral("source_ips"), QStringLiteral("10.0.0.1, fd00::7"));
        test::typeInto(dialog.get(), QStringLiteral("source_ports"), QStringLiteral("3306,3307"));
        test::typeInto(dialog.get(), QStringLiteral("exception_ips"), QStringLiteral("10.0.0.99"));
        check(dialog->actionList(), QStringLiteral("INSERT"));
        check(dialog->actionList(), QStringLiteral("SELECT"));
        QSignalSpy submitted(dialog.get(), &views::AuditScopeDialog::submitted);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QVERIFY(!dialog->submitButton()->isEnabled());
        QVERIFY(submitted.wait(10000));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        const QList<api::AuditScope> list = scopes();
        const api::AuditScope* s = findScope(list, QStringLiteral("night-batch"));
        QVERIFY(s);
        QCOMPARE(s->dbIds, m_dbId);
        QCOMPARE(s->dbNames, QStringLiteral("scope-target"));
        QCOMPARE(s->dbUsers, QStringLiteral("root,app"));
        QCOMPARE(s->sourceIps, QStringLiteral("10.0.0.1,fd00::7"));
        QCOMPARE(s->sourcePorts, QStringLiteral("3306,3307"));
        QCOMPARE(s->exceptionIps, QStringLiteral("10.0.0.99"));
        QCOMPARE(s->action, QStringLiteral("SELECT,INSERT"));
    }

    void allDatabases() {
        auto dialog = openLoaded();
        QVERIFY(dialog);
        test::typeInto(dialog.get(), QStringLiteral("rule_name"), QStringLiteral("everything"));
        dialog->allDatabasesBox()->setChecked(true);
        QSignalSpy submitted(dialog.get(), &views::AuditScopeDialog::submitted);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QVERIFY(submitted.wait(10000));
        const QList<api::AuditScope> list = scopes();
        const api::AuditScope* s = findScope(list, QStringLiteral("everything"));
        QVERIFY(s);
        QCOMPARE(s->dbIds, QStringLiteral("[ALL]"));
        QVERIFY(s->action.isEmpty());
    }

    void invalidFieldIsFlaggedAndNothingSent_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::newRow("no name") << "rule_name"
                                 << "";
        QTest::newRow("no database") << "db_ids"
                                     << "";
        QTest::newRow("source ip") << "source_ips"
                                   << "10.0.0.1, 10.0.0";
        QTest::newRow("source port") << "source_ports"
                                     << "3306, 0";
        QTest::newRow("source port too big") << "source_ports"
                                             << "65536";
        QTest::newRow("exception ip") << "exception_ips"
                                      << "fd00:::1";
    }
    void invalidFieldIsFlaggedAndNothingSent() {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        auto dialog = openLoaded();
        QVERIFY(dialog);
        test::typeInto(dialog.get(), QStringLiteral("rule_name"), QStringLiteral("never-sent"));
        if (field != QLatin1String("db_ids"))
            check(dialog->databaseList(), m_dbId);
        if (field != QLatin1String("db_ids"))
            test::typeInto(dialog.get(), field, typed);
        const qsizetype sentBefore = m_fx.sent().size();
        const int dispatchedBefore = m_fx.dispatched();
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QCOMPARE(dialog->flaggedFields(), QStringList{field});
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_fx.dispatched(), dispatchedBefore); // counted when sent: no need to wait
        QCOMPARE(m_fx.sent().size(), sentBefore);
        QVERIFY(!findScope(scopes(), QStringLiteral("never-sent")));
    }

    void apiRejectionKeepsTheFormOpen() {
        // A second scope with a taken name: the service refuses (the form cannot know).
        auto dialog = openLoaded();
        QVERIFY(dialog);
        test::typeInto(dialog.get(), QStringLiteral("rule_name"), QStringLiteral("night-batch"));
        check(dialog->databaseList(), m_dbId);
        test::typeInto(dialog.get(), QStringLiteral("source_ips"), QStringLiteral("10.9.9.9"));
        QSignalSpy failed(dialog->action(), &models::SubmitAction::failed);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorBanner()->isHidden());
        QVERIFY(dialog->errorBanner()->text().contains(QLatin1String("already exists")));
        QVERIFY(dialog->submitButton()->isEnabled());
        QCOMPARE(test::textOf(dialog.get(), QStringLiteral("rule_name")), QStringLiteral("night-batch"));
        QCOMPARE(test::textOf(dialog.get(), QStringLiteral("source_ips")), QStringLiteral("10.9.9.9"));
        QCOMPARE(dialog->scope().dbIds, QStringList{m_dbId});
        // A name longer than the service takes: the rejection is shown beside the name.
        test::typeInto(dialog.get(), QStringLiteral("rule_name"), QString(65, QLatin1Char('r')));
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QCOMPARE(dialog->flaggedFields(), QStringList{QStringLiteral("rule_name")});
        QVERIFY(dialog->isVisible());
    }
};

QTEST_MAIN(TestAuditScopeDialog)
#include "tst_auditscopedialog.moc"
