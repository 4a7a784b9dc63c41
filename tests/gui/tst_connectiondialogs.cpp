// The DRS (document 002) and DAS (document 003) connection forms: masked passwords that never
// reach the request log, every field validated, rejections shown with the input kept.
#include "models/actions/DasConnectionAction.h"
#include "models/actions/DrsConnectionAction.h"
#include "models/api/Databases.h"
#include "models/api/RequestLogEntry.h"
#include "views/DasConnectionDialog.h"
#include "views/DrsConnectionDialog.h"

#include "tst_dialogfixture.h"

#include <QCheckBox>
#include <QComboBox>

using namespace dbss;

namespace {
const QString kPassword = QStringLiteral("S3cret!pw-xyz");
}

class TestConnectionDialogs : public QObject {
    Q_OBJECT
    test::DialogFixture m_fx;
    QByteArrayList m_loggedBodies;
    QString m_rdsInstance;

    void fillDrs(views::DrsConnectionDialog* d, const QString& name) {
        test::typeInto(d, QStringLiteral("name"), name);
        test::typeInto(d, QStringLiteral("ip"), QStringLiteral("10.0.0.5"));
        test::typeInto(d, QStringLiteral("db_port"), QStringLiteral("3306"));
        test::typeInto(d, QStringLiteral("db_user"), QStringLiteral("root"));
        test::typeInto(d, QStringLiteral("db_password"), kPassword);
        test::typeInto(d, QStringLiteral("description"), QStringLiteral("from the GUI test"));
    }

    void fillDas(views::DasConnectionDialog* d) {
        test::typeInto(d, QStringLiteral("username"), QStringLiteral("root"));
        test::typeInto(d, QStringLiteral("password"), kPassword);
        test::typeInto(d, QStringLiteral("port"), QStringLiteral("3306"));
        test::typeInto(d, QStringLiteral("remarks"), QStringLiteral("create by api"));
    }

    void passwordNeverLogged() {
        for (const QByteArray& body : std::as_const(m_loggedBodies))
            QVERIFY2(!body.contains(kPassword.toUtf8()), body.constData());
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        connect(m_fx.client(), &api::ApiClient::requestLogged, this,
                [this](const api::RequestLogEntry& e) { m_loggedBodies << e.requestBody; });
        bool ok = false;
        const auto rds = m_fx.read<api::ListRdsDatabasesResponse>(api::listRdsDatabases({}, 0, 10), &ok);
        QVERIFY(ok && !rds.databases.isEmpty());
        m_rdsInstance = rds.databases.first().id;
    }

    void drsCreatesTheConnection() {
        views::DrsConnectionDialog dialog(m_fx.client());
        dialog.show();
        auto* password = qobject_cast<QLineEdit*>(dialog.fieldEditor(QStringLiteral("db_password")));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        fillDrs(&dialog, QStringLiteral("drs-gui-mysql"));
        QCOMPARE(dialog.request().endpointName, QStringLiteral("mysql")); // follows the type
        QSignalSpy submitted(&dialog, &views::DrsConnectionDialog::submitted);
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QVERIFY(!dialog.submitButton()->isEnabled());
        QVERIFY(submitted.wait(10000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto connection = submitted.first().at(0).value<api::DrsConnection>();
        QVERIFY(!connection.connectionId.isEmpty());
        QCOMPARE(connection.name, QStringLiteral("drs-gui-mysql"));
        QCOMPARE(connection.endpointIp, QStringLiteral("10.0.0.5"));
        QVERIFY(password->text().isEmpty()); // not kept once sent
        passwordNeverLogged();
    }

    void drsDuplicateNameIsShownBesideTheName() {
        // The connection of the previous test exists: the service refuses the same name
        // (DRS.10010065), which proves it was stored.
        views::DrsConnectionDialog dialog(m_fx.client());
        dialog.show();
        fillDrs(&dialog, QStringLiteral("DRS-GUI-MYSQL")); // names are case-insensitive
        QSignalSpy failed(dialog.action(), &models::SubmitAction::failed);
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).value<api::ApiError>().errorCode, QStringLiteral("DRS.10010065"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.flaggedFields(), QStringList{QStringLiteral("name")});
        QVERIFY(dialog.errorBanner()->text().contains(QLatin1String("DRS.10010065")));
        QCOMPARE(test::textOf(&dialog, QStringLiteral("name")), QStringLiteral("DRS-GUI-MYSQL"));
        QCOMPARE(test::textOf(&dialog, QStringLiteral("db_password")), kPassword); // kept for the retry
        QCOMPARE(test::textOf(&dialog, QStringLiteral("ip")), QStringLiteral("10.0.0.5"));
        QVERIFY(dialog.submitButton()->isEnabled());
        passwordNeverLogged();
    }

    void drsInvalidFieldIsFlaggedAndNothingSent_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("flagged");
        QTest::newRow("name short") << "name"
                                    << "abc"
                                    << "name";
        QTest::newRow("name space") << "name"
                                    << "my conn"
                                    << "name";
        QTest::newRow("ip") << "ip"
                            << "10.0.0"
                            << "ip";
        QTest::newRow("port") << "db_port"
                              << "0"
                              << "db_port";
        QTest::newRow("user") << "db_user"
                              << ""
                              << "db_user";
        QTest::newRow("password") << "db_password"
                                  << ""
                                  << "db_password";
        QTest::newRow("vpc without subnet") << "vpc_id"
                                            << "vpc-1"
                                            << "subnet_id";
        QTest::newRow("region without project") << "region"
                                                << "cn-north-4"
                                                << "project_id";
    }
    void drsInvalidFieldIsFlaggedAndNothingSent() {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QString, flagged);
        views::DrsConnectionDialog dialog(m_fx.client());
        dialog.show();
        fillDrs(&dialog, QStringLiteral("never-sent"));
        test::typeInto(&dialog, field, typed);
        const qsizetype sentBefore = m_fx.sent().size();
        const int dispatchedBefore = m_fx.dispatched();
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QCOMPARE(dialog.flaggedFields(), QStringList{flagged});
        QVERIFY(dialog.isVisible());
        QCOMPARE(m_fx.dispatched(), dispatchedBefore); // counted when sent: no need to wait
        QCOMPARE(m_fx.sent().size(), sentBefore);
    }

    void dasCreatesTheConnection() {
        views::DasConnectionDialog dialog(m_fx.client(), m_rdsInstance);
        dialog.show();
        QCOMPARE(test::textOf(&dialog, QStringLiteral("instance_id")), m_rdsInstance);
        auto* password = qobject_cast<QLineEdit*>(dialog.fieldEditor(QStringLiteral("password")));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        auto* save = qobject_cast<QCheckBox*>(dialog.fieldEditor(QStringLiteral("is_save_password")));
        QVERIFY(!save->isChecked()); // never remembered unless asked
        fillDas(&dialog);
        QCOMPARE(dialog.request().port, 3306);
        QVERIFY(!dialog.request().savePassword);
        QSignalSpy submitted(&dialog, &views::DasConnectionDialog::submitted);
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QVERIFY(submitted.wait(10000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(submitted.first().at(0).toString(), m_rdsInstance);
        QCOMPARE(submitted.first().at(1).value<api::DasConnection>().connectionId.size(), 36);
        QVERIFY(password->text().isEmpty());
        passwordNeverLogged();
    }

    void dasUnknownInstanceKeepsTheForm() {
        views::DasConnectionDialog dialog(m_fx.client(),
                                          QStringLiteral("nosuchinstance0000000000000000in01"));
        dialog.show();
        fillDas(&dialog);
        QSignalSpy failed(dialog.action(), &models::SubmitAction::failed);
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorBanner()->text().contains(QLatin1String("404")));
        QCOMPARE(test::textOf(&dialog, QStringLiteral("password")), kPassword);
        QCOMPARE(test::textOf(&dialog, QStringLiteral("username")), QStringLiteral("root"));
        passwordNeverLogged();
    }

    void dasInvalidFieldIsFlaggedAndNothingSent_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::newRow("instance") << "instance_id"
                                  << "";
        QTest::newRow("instance chars") << "instance_id"
                                        << "abc/def";
        QTest::newRow("user") << "username"
                              << "";
        QTest::newRow("password") << "password"
                                  << "";
        QTest::newRow("port") << "port"
                              << "99999";
        QTest::newRow("node id") << "node_ids"
                                 << "abc";
    }
    void dasInvalidFieldIsFlaggedAndNothingSent() {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        views::DasConnectionDialog dialog(m_fx.client(), m_rdsInstance);
        dialog.show();
        fillDas(&dialog);
        test::typeInto(&dialog, field, typed);
        const qsizetype sentBefore = m_fx.sent().size();
        const int dispatchedBefore = m_fx.dispatched();
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QCOMPARE(dialog.flaggedFields(), QStringList{field});
        QCOMPARE(m_fx.dispatched(), dispatchedBefore); // counted when sent: no need to wait
        QCOMPARE(m_fx.sent().size(), sentBefore);
    }
};

QTEST_MAIN(TestConnectionDialogs)
#include "tst_connectiondialogs.moc"
