// The add-database form (document 000) driven as a user would: typing, choosing, clicking Submit.
#include "models/actions/AddDatabaseAction.h"
#include "models/actions/DatabaseSlots.h"
#include "models/api/Databases.h"
#include "views/AddDatabaseDialog.h"

#include "tst_dialogfixture.h"

#include <QComboBox>

using namespace dbss;

class TestAddDatabaseDialog : public QObject {
    Q_OBJECT
    test::DialogFixture m_fx;
    QString m_instance;

    void fillValid(views::AddDatabaseDialog* dialog, const QString& name) {
        test::typeInto(dialog, QStringLiteral("name"), name);
        auto* type = qobject_cast<QComboBox*>(dialog->fieldEditor(QStringLiteral("type")));
        type->setCurrentIndex(type->findData(QStringLiteral("POSTGRESQL")));
        test::typeInto(dialog, QStringLiteral("version"), QStringLiteral("14"));
        test::typeInto(dialog, QStringLiteral("ip"), QStringLiteral("192.168.3.7"));
        test::typeInto(dialog, QStringLiteral("port"), QStringLiteral("5432"));
        test::typeInto(dialog, QStringLiteral("instance_name"), QStringLiteral("pg-main"));
    }

    QList<api::AuditDatabase> databases() {
        bool ok = false;
        const auto list =
            m_fx.read<api::ListAuditDatabasesResponse>(api::listAuditDatabases(m_instance, {}, 0, 100), &ok);
        return ok ? list.databases : QList<api::AuditDatabase>{};
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        m_instance = m_fx.activeInstanceId();
        QVERIFY(!m_instance.isEmpty());
    }

    void offersEveryDocumentedChoice() {
        views::AddDatabaseDialog dialog(m_fx.client(), m_instance);
        auto combo = [&](const char* field) {
            return qobject_cast<QComboBox*>(dialog.fieldEditor(QLatin1String(field)));
        };
        QCOMPARE(combo("type")->count(), 17);
        QCOMPARE(combo("type")->itemText(combo("type")->findData(QStringLiteral("GAUSSDBOPENGAUSS"))),
                 QStringLiteral("GaussDB/openGauss"));
        QCOMPARE(combo("db_classification")->count(), 2);
        QCOMPARE(combo("charset")->count(), 2);
        QCOMPARE(combo("os")->count(), 3);
        QCOMPARE(dialog.database().charset, QStringLiteral("UTF8"));
        QCOMPARE(dialog.database().dbClassification, QStringLiteral("ECS"));
    }

    void validSubmissionAddsTheDatabase() {
        views::AddDatabaseDialog dialog(m_fx.client(), m_instance);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.databaseSlots()->isBusy(), 10000); // its own reads are done
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillValid(&dialog, QStringLiteral("pg-orders"));
        auto* os = qobject_cast<QComboBox*>(dialog.fieldEditor(QStringLiteral("os")));
        os->setCurrentIndex(os->findData(QStringLiteral("UNIX")));
        QSignalSpy submitted(&dialog, &views::AddDatabaseDialog::submitted);
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QVERIFY(!dialog.submitButton()->isEnabled()); // in flight
        QVERIFY(submitted.wait(10000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        const QString id = submitted.first().at(1).toString();
        QVERIFY(!id.isEmpty());
        bool found = false;
        for (const api::AuditDatabase& db : databases()) {
            if (db.id != id)
                continue;
            found = true;
            QCOMPARE(db.name, QStringLiteral("pg-orders"));
            QCOMPARE(db.type, QStringLiteral("POSTGRESQL"));
            QCOMPARE(db.version, QStringLiteral("14"));
            QCOMPARE(db.ip, QStringLiteral("192.168.3.7"));
            QCOMPARE(db.port, QStringLiteral("5432"));
            QCOMPARE(db.os, QStringLiteral("UNIX"));
            QCOMPARE(db.charset, QStringLiteral("UTF8"));
            QCOMPARE(db.instanceName, QStringLiteral("pg-main"));
        }
        QVERIFY2(found, qPrintable(id));
    }

    void invalidFieldIsFlaggedAndNothingSent_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shown"); // what the field holds after typing (validators filter)
        QTest::newRow("name empty") << "name"
                                    << ""
                                    << "";
        QTest::newRow("version empty") << "version"
                                       << ""
                                       << "";
        QTest::newRow("ip incomplete") << "ip"
                                       << "10.0.0"
                                       << "10.0.0";
        QTest::newRow("ip octet 300") << "ip"
                                      << "300.1.1.1"
                                      << "300.1.1.1";
        QTest::newRow("ip letters blocked") << "ip"
                                            << "db.local"
                                            << "db.ca";
        QTest::newRow("ipv6 broken") << "ip"
                                     << "fd00:::1"
                                     << "fd00:::1";
        QTest::newRow("port too big") << "port"
                                      << "70000"
                                      << "70000";
        QTest::newRow("port zero") << "port"
                                   << "0"
                                   << "0";
        QTest::newRow("port letters blocked") << "port"
                                              << "abc"
                                              << "";
    }
    void invalidFieldIsFlaggedAndNothingSent() {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QString, shown);
        views::AddDatabaseDialog dialog(m_fx.client(), m_instance);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.databaseSlots()->isBusy(), 10000); // its own reads are done
        fillValid(&dialog, QStringLiteral("never-sent"));
        test::typeInto(&dialog, field, typed);
        QCOMPARE(test::textOf(&dialog, field), shown);
        const qsizetype sentBefore = m_fx.sent().size();
        const int dispatchedBefore = m_fx.dispatched();
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QCOMPARE(dialog.flaggedFields(), QStringList{field});
        QVERIFY(!dialog.fieldErrorLabel(field)->text().isEmpty());
        QVERIFY(dialog.submitButton()->isEnabled());
        QVERIFY(dialog.isVisible());
        QCOMPARE(m_fx.dispatched(), dispatchedBefore); // counted when sent: no need to wait
        QCOMPARE(m_fx.sent().size(), sentBefore);
        QTRY_VERIFY(dialog.fieldEditor(field)->hasFocus()); // the first wrong field gets the focus
        // Corrected, the form clears the flag and sends exactly one request.
        fillValid(&dialog, QStringLiteral("fixed-after-error"));
        QSignalSpy busy(dialog.action(), &models::SubmitAction::busyChanged);
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QVERIFY(dialog.flaggedFields().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(busy.size(), 2, 10000); // true, then false
        QCOMPARE(m_fx.sent().size(), sentBefore + 1);
    }

    void apiRejectionKeepsTheFormOpen() {
        // The sandbox limits name to 128 characters (the document sets no bound, so the form does
        // not either): the service's rejection names the field.
        views::AddDatabaseDialog dialog(m_fx.client(), m_instance);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.databaseSlots()->isBusy(), 10000); // its own reads are done
        const QString longName(200, QLatin1Char('n'));
        fillValid(&dialog, longName);
        QSignalSpy failed(dialog.action(), &models::SubmitAction::failed);
        QSignalSpy submitted(&dialog, &views::AddDatabaseDialog::submitted);
        const qsizetype sentBefore = m_fx.sent().size();
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QCOMPARE(m_fx.sent().size(), sentBefore + 1);
        QVERIFY(submitted.isEmpty());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not closed
        QCOMPARE(dialog.flaggedFields(), QStringList{QStringLiteral("name")});
        QVERIFY(dialog.fieldErrorLabel(QStringLiteral("name"))->text().contains(QLatin1String("128")));
        QVERIFY(!dialog.errorBanner()->isHidden());
        QVERIFY(dialog.errorBanner()->text().contains(QLatin1String("400")));
        QVERIFY(dialog.submitButton()->isEnabled());
        // Input intact.
        QCOMPARE(test::textOf(&dialog, QStringLiteral("name")), longName);
        QCOMPARE(test::textOf(&dialog, QStringLiteral("ip")), QStringLiteral("192.168.3.7"));
        QCOMPARE(test::textOf(&dialog, QStringLiteral("port")), QStringLiteral("5432"));
        QCOMPARE(dialog.database().type, QStringLiteral("POSTGRESQL"));
        for (const api::AuditDatabase& db : databases())
            QVERIFY(db.name != longName);
    }

    void unknownInstanceShowsTheServiceError() {
        views::AddDatabaseDialog dialog(m_fx.client(), QStringLiteral("no-such-instance"));
        dialog.show();
        fillValid(&dialog, QStringLiteral("orphan"));
        QSignalSpy failed(dialog.action(), &models::SubmitAction::failed);
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.errorBanner()->isHidden());
        QVERIFY(dialog.errorBanner()->text().contains(QLatin1String("404")));
    }
};

QTEST_MAIN(TestAddDatabaseDialog)
#include "tst_adddatabasedialog.moc"
