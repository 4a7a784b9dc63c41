// Issue 13's form changes: the DRS form's document fields (SSL certificate, driver, AZ, endpoint
// id, shards) and checks (checksum with SSL, scenario against type, host names) in a form wide
// enough for its errors; DAS picks a known RDS instance; Add Database warns about a database
// already audited and shows the slots left; Add RDS stops offering what the instance audits;
// Buy Instance spells out the chosen specification and explains what it cannot look up.
#include "models/actions/DatabaseSlots.h"
#include "models/api/Databases.h"
#include "views/AddDatabaseDialog.h"
#include "views/AddRdsDatabasesDialog.h"
#include "views/BuyInstanceWizard.h"
#include "views/DasConnectionDialog.h"
#include "views/DrsConnectionDialog.h"

#include "tst_dialogfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QTableWidget>

using namespace dbss;

class TestReachForms : public QObject {
    Q_OBJECT
    test::DialogFixture m_fx;

    void fillDrs(views::DrsConnectionDialog* d, const QString& name) {
        test::typeInto(d, QStringLiteral("name"), name);
        test::typeInto(d, QStringLiteral("ip"), QStringLiteral("10.0.0.5"));
        test::typeInto(d, QStringLiteral("db_port"), QStringLiteral("3306"));
        test::typeInto(d, QStringLiteral("db_user"), QStringLiteral("root"));
        test::typeInto(d, QStringLiteral("db_password"), QStringLiteral("pw-123456"));
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
    }

    void drsSendsTheDocumentsFields() {
        views::DrsConnectionDialog dialog(m_fx.client());
        dialog.show();
        fillDrs(&dialog, QStringLiteral("drs-reach-ssl"));
        qobject_cast<QCheckBox*>(dialog.fieldEditor(QStringLiteral("ssl_link")))->setChecked(true);
        test::typeInto(&dialog, QStringLiteral("ssl_cert_name"), QStringLiteral("ca.pem"));
        test::typeInto(&dialog, QStringLiteral("ssl_cert_key"), QStringLiteral("LS0tLS1CRUdJTg=="));
        test::typeInto(&dialog, QStringLiteral("ssl_cert_check_sum"), QStringLiteral("6c0f1a"));
        test::typeInto(&dialog, QStringLiteral("driver_name"), QStringLiteral("mysql-connector"));
        test::typeInto(&dialog, QStringLiteral("region"), QStringLiteral("cn-north-4"));
        test::typeInto(&dialog, QStringLiteral("project_id"), QStringLiteral("0123456789abcdef"));
        test::typeInto(&dialog, QStringLiteral("az_code"), QStringLiteral("cn-north-4a"));
        test::typeInto(&dialog, QStringLiteral("id"), QStringLiteral("endpoint-7"));
        test::typeInto(&dialog, QStringLiteral("source_sharding"),
                       QStringLiteral("10.0.0.6:3306, shard2.db.local:3307"));
        const QJsonObject body = dialog.request().toJson();
        const QJsonObject ssl = body.value(QLatin1String("ssl")).toObject();
        QCOMPARE(ssl.value(QLatin1String("ssl_link")).toBool(), true);
        QCOMPARE(ssl.value(QLatin1String("ssl_cert_name")).toString(), QStringLiteral("ca.pem"));
        QCOMPARE(ssl.value(QLatin1String("ssl_cert_key")).toString(), QStringLiteral("LS0tLS1CRUdJTg=="));
        QCOMPARE(ssl.value(QLatin1String("ssl_cert_check_sum")).toString(), QStringLiteral("6c0f1a"));
        QCOMPARE(
            body.value(QLatin1String("config")).toObject().value(QLatin1String("driver_name")).toString(),
            QStringLiteral("mysql-connector"));
        QCOMPARE(body.value(QLatin1String("cloud")).toObject().value(QLatin1String("az_code")).toString(),
                 QStringLiteral("cn-north-4a"));
        const QJsonObject endpoint = body.value(QLatin1String("endpoint")).toObject();
        QCOMPARE(endpoint.value(QLatin1String("id")).toString(), QStringLiteral("endpoint-7"));
        const QJsonArray shards = endpoint.value(QLatin1String("source_sharding")).toArray();
        QCOMPARE(shards.size(), 2);
        QCOMPARE(shards.at(1).toObject().value(QLatin1String("ip")).toString(),
                 QStringLiteral("shard2.db.local"));
        QCOMPARE(shards.at(1).toObject().value(QLatin1String("db_port")).toString(), QStringLiteral("3307"));
        QCOMPARE(shards.at(1).toObject().value(QLatin1String("endpoint_name")).toString(),
                 QStringLiteral("mysql"));
        // The service takes it.
        QSignalSpy submitted(&dialog, &views::DrsConnectionDialog::submitted);
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QVERIFY2(submitted.wait(10000),
                 qPrintable(dialog.errorBanner()->text() + dialog.flaggedFields().join(',')));
    }

    void drsChecks_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("ssl");
        QTest::newRow("checksum with SSL") << "ssl_cert_check_sum"
                                           << "" << true;
        QTest::newRow("p12 password") << "ssl_cert_password"
                                      << "" << true;
        QTest::newRow("certificate not base64") << "ssl_cert_key"
                                                << "not base64!" << true;
        QTest::newRow("scenario of another engine") << "endpoint_name"
                                                    << "cloud_postgresql" << false;
        QTest::newRow("address") << "ip"
                                 << "300.1.2.3" << false;
        QTest::newRow("host with underscore") << "ip"
                                              << "bad_host.local" << false;
        QTest::newRow("shard without port") << "source_sharding"
                                            << "10.0.0.6" << false;
        QTest::newRow("az without region") << "region"
                                           << "" << false;
    }
    void drsChecks() {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(bool, ssl);
        views::DrsConnectionDialog dialog(m_fx.client());
        dialog.show();
        fillDrs(&dialog, QStringLiteral("drs-reach-check"));
        if (ssl) {
            qobject_cast<QCheckBox*>(dialog.fieldEditor(QStringLiteral("ssl_link")))->setChecked(true);
            test::typeInto(&dialog, QStringLiteral("ssl_cert_name"), QStringLiteral("client.p12"));
            test::typeInto(&dialog, QStringLiteral("ssl_cert_check_sum"), QStringLiteral("abc"));
            test::typeInto(&dialog, QStringLiteral("ssl_cert_password"), QStringLiteral("p12-pw"));
        }
        if (field == QLatin1String("region")) {
            test::typeInto(&dialog, QStringLiteral("project_id"), QStringLiteral("0123456789abcdef"));
            test::typeInto(&dialog, QStringLiteral("az_code"), QStringLiteral("cn-north-4a"));
        }
        test::typeInto(&dialog, field, typed);
        const int dispatchedBefore = m_fx.dispatched();
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QCOMPARE(dialog.flaggedFields(), QStringList{field});
        QCOMPARE(m_fx.dispatched(), dispatchedBefore); // counted when sent: nothing went out
        // The form is wide enough for its error lines: the whole message is visible.
        QLabel* error = dialog.fieldErrorLabel(field);
        QVERIFY(dialog.width() >= 900);
        QTRY_VERIFY2(error->height() >= error->heightForWidth(error->width()),
                     qPrintable(QStringLiteral("%1 px tall, needs %2 at %3 px; dialog %4x%5")
                                    .arg(error->height())
                                    .arg(error->heightForWidth(error->width()))
                                    .arg(error->width())
                                    .arg(dialog.width())
                                    .arg(dialog.height())));
    }

    void drsHostNameIsAccepted() {
        views::DrsConnectionDialog dialog(m_fx.client());
        dialog.show();
        fillDrs(&dialog, QStringLiteral("drs-reach-host"));
        test::typeInto(&dialog, QStringLiteral("ip"), QStringLiteral("mysql-01.corp.example"));
        QSignalSpy submitted(&dialog, &views::DrsConnectionDialog::submitted);
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QVERIFY2(submitted.wait(10000), qPrintable(dialog.errorBanner()->text()));
    }

    void dasPicksAKnownRdsInstance() {
        bool ok = false;
        const auto rds = m_fx.read<api::ListRdsDatabasesResponse>(api::listRdsDatabases({}, 0, 100), &ok);
        QVERIFY(ok && !rds.databases.isEmpty());
        views::DasConnectionDialog dialog(m_fx.client());
        QSignalSpy loaded(&dialog, &views::DasConnectionDialog::instancesLoaded);
        dialog.show();
        QVERIFY(loaded.wait(10000));
        QComboBox* combo = dialog.instanceCombo();
        QVERIFY(combo->count() > 0);
        const int index = combo->findData(rds.databases.first().id);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
        QCOMPARE(dialog.request().instanceId, rds.databases.first().id);
        QVERIFY(combo->itemText(index).contains(rds.databases.first().ip));
        // Typing an id still works.
        test::typeInto(&dialog, QStringLiteral("instance_id"), QStringLiteral("typed-instance-id"));
        QCOMPARE(dialog.request().instanceId, QStringLiteral("typed-instance-id"));
    }

    void addDatabaseWarnsAboutAnAuditedTwinAndShowsSlots() {
        const QString instance = m_fx.activeInstanceId();
        bool ok = false;
        const auto dbs =
            m_fx.read<api::ListAuditDatabasesResponse>(api::listAuditDatabases(instance, {}, 0, 100), &ok);
        QVERIFY(ok && !dbs.databases.isEmpty());
        const api::AuditDatabase& twin = dbs.databases.first();
        views::AddDatabaseDialog dialog(m_fx.client(), instance);
        QSignalSpy loaded(dialog.databaseSlots(), &models::DatabaseSlots::loaded);
        dialog.show();
        QVERIFY(loaded.wait(10000));
        QVERIFY2(dialog.slotsLabel()->text().contains(QLatin1String("left")),
                 qPrintable(dialog.slotsLabel()->text()));
        QVERIFY(dialog.slotsLabel()->text().contains(QString::number(dbs.databases.size())));
        test::typeInto(&dialog, QStringLiteral("name"), twin.name);
        test::typeInto(&dialog, QStringLiteral("ip"), twin.ip);
        test::typeInto(&dialog, QStringLiteral("port"), twin.port);
        QVERIFY(dialog.duplicateWarning()->isVisible());
        QVERIFY(dialog.duplicateWarning()->text().contains(twin.id));
        test::typeInto(&dialog, QStringLiteral("port"),
                       twin.port == QLatin1String("1") ? QStringLiteral("2") : QStringLiteral("1"));
        QVERIFY(!dialog.duplicateWarning()->isVisible());
    }

    void addRdsStopsOfferingWhatWasAdded() {
        const QString instance = m_fx.activeInstanceId();
        views::AddRdsDatabasesDialog dialog(m_fx.client(), instance);
        QSignalSpy candidates(&dialog, &views::AddRdsDatabasesDialog::candidatesLoaded);
        QSignalSpy slotsLoaded(dialog.databaseSlots(), &models::DatabaseSlots::loaded);
        dialog.show();
        QVERIFY(candidates.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!slotsLoaded.isEmpty(), 10000);
        QString offered;
        for (int r = 0; r < dialog.table()->rowCount() && offered.isEmpty(); ++r) {
            const QString id = dialog.table()->item(r, 0)->data(Qt::UserRole).toString();
            if (dialog.isOffered(id))
                offered = id;
        }
        QVERIFY(!offered.isEmpty());
        const int leftBefore = dialog.databaseSlots()->left();
        QVERIFY(leftBefore > 0);
        dialog.setChecked(offered, true);
        QSignalSpy submitted(&dialog, &views::AddRdsDatabasesDialog::submitted);
        candidates.clear();
        slotsLoaded.clear();
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QVERIFY(submitted.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!candidates.isEmpty() && !slotsLoaded.isEmpty(), 10000);
        QTRY_VERIFY(!dialog.isOffered(offered)); // listed as already audited, not offered again
        QCOMPARE(dialog.databaseSlots()->left(), leftBefore - 1);
        QVERIFY(dialog.slotsLabel()->text().contains(QStringLiteral("%1 left").arg(leftBefore - 1)));
    }

    void buyInstanceSpellsOutTheSpecification() {
        views::BuyInstanceWizard wizard(m_fx.client());
        QSignalSpy loaded(&wizard, &views::BuyInstanceWizard::choicesLoaded);
        wizard.show();
        QVERIFY(loaded.wait(10000));
        auto* spec = qobject_cast<QComboBox*>(wizard.fieldEditor(QStringLiteral("flavor_ref")));
        QVERIFY(spec->count() > 1);
        QVERIFY(wizard.specDetail()->text().contains(QLatin1String("vCPUs")));
        const QString first = wizard.specDetail()->text();
        spec->setCurrentIndex(1);
        QVERIFY(wizard.specDetail()->text() != first);
        // Not clipped: the combo is as wide as its longest entry.
        int widest = 0;
        for (int i = 0; i < spec->count(); ++i)
            widest = std::max(widest, spec->fontMetrics().horizontalAdvance(spec->itemText(i)));
        QVERIFY(spec->width() >= widest);
        // The fields it cannot look up say where to find them.
        QStringList hints;
        for (QLabel* l : wizard.findChildren<QLabel*>())
            if (l->openExternalLinks())
                hints << l->text();
        QVERIFY(hints.join(' ').contains(QLatin1String("VPC console")));
        QVERIFY(hints.join(' ').contains(QLatin1String("product id")));
    }
};

QTEST_MAIN(TestReachForms)
#include "tst_reachforms.moc"
