// Validation of the DRS (document 002) and DAS (document 003) connection forms.
#include "models/actions/DasConnectionAction.h"
#include "models/actions/DrsConnectionAction.h"
#include "tests/common/FieldAsserts.h"

#include <QTest>

using dbss::test::fieldsOf;
using namespace dbss;

namespace {
api::DrsConnectionRequest validDrs() { // the document's example request
    api::DrsConnectionRequest r;
    r.name = QStringLiteral("DRS-mysql");
    r.dbType = QStringLiteral("mysql");
    r.description = QStringLiteral("description");
    r.endpointName = QStringLiteral("mysql");
    r.ip = QStringLiteral("127.0.0.1");
    r.dbPort = QStringLiteral("3306");
    r.dbUser = QStringLiteral("root");
    r.dbPassword = QStringLiteral("password");
    r.enterpriseProjectId = QStringLiteral("0");
    return r;
}

api::DasConnectionRequest validDas() { // the document's example request
    api::DasConnectionRequest r;
    r.instanceId = QStringLiteral("bcfa975193f1402fa11a6d4fd6baf5fbin01");
    r.engineType = QStringLiteral("mysql");
    r.networkType = QStringLiteral("rds");
    r.username = QStringLiteral("root");
    r.password = QStringLiteral("Gauss_2345");
    r.savePassword = true;
    r.sqlRecord = true;
    r.sqlRecordSet = true;
    r.remarks = QStringLiteral("create by api");
    return r;
}
} // namespace

class TestConnectionActions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void drsExampleIsValid() {
        QVERIFY(models::DrsConnectionAction::validate(validDrs()).isEmpty());
        api::DrsConnectionRequest r = validDrs();
        r.dbType = QStringLiteral("mongodb");
        r.endpointName = QStringLiteral("mongodb");
        r.ip = QStringLiteral("10.0.0.1:8635,10.0.0.2:8635,mongo3.local:8635");
        r.dbPort.clear();
        QVERIFY(models::DrsConnectionAction::validate(r).isEmpty());
        r = validDrs();
        r.ip.clear();
        r.instanceId = QStringLiteral("rds-instance-1"); // a cloud instance instead of an address
        QVERIFY(models::DrsConnectionAction::validate(r).isEmpty());
    }

    void drsInvalid_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("name short") << 0 << "name";
        QTest::newRow("name long") << 1 << "name";
        QTest::newRow("name chars") << 2 << "name";
        QTest::newRow("db type") << 3 << "db_type";
        QTest::newRow("description 256") << 4 << "description";
        QTest::newRow("no address") << 5 << "ip";
        QTest::newRow("bad ip") << 6 << "ip";
        QTest::newRow("four mongo hosts") << 7 << "ip";
        QTest::newRow("mongo without port") << 8 << "ip";
        QTest::newRow("port") << 9 << "db_port";
        QTest::newRow("no user") << 10 << "db_user";
        QTest::newRow("no password") << 11 << "db_password";
        QTest::newRow("vpc without subnet") << 12 << "subnet_id";
        QTest::newRow("security group without vpc") << 13 << "vpc_id";
        QTest::newRow("region without project") << 14 << "project_id";
        QTest::newRow("no scenario") << 15 << "endpoint_name";
    }
    void drsInvalid() {
        QFETCH(int, which);
        QFETCH(QString, field);
        api::DrsConnectionRequest r = validDrs();
        switch (which) {
        case 0:
            r.name = QStringLiteral("abc");
            break;
        case 1:
            r.name = QString(51, QLatin1Char('a'));
            break;
        case 2:
            r.name = QStringLiteral("my conn");
            break;
        case 3:
            r.dbType = QStringLiteral("redis");
            break;
        case 4:
            r.description = QString(256, QLatin1Char('d'));
            break;
        case 5:
            r.ip.clear();
            break;
        case 6:
            r.ip = QStringLiteral("127.0.0");
            break;
        case 7:
            r.dbType = QStringLiteral("mongodb");
            r.ip = QStringLiteral("a:1,b:2,c:3,d:4");
            break;
        case 8:
            r.dbType = QStringLiteral("mongodb");
            r.ip = QStringLiteral("10.0.0.1");
            break;
        case 9:
            r.dbPort = QStringLiteral("65536");
            break;
        case 10:
            r.dbUser.clear();
            break;
        case 11:
            r.dbPassword.clear();
            break;
        case 12:
            r.vpcId = QStringLiteral("vpc-1");
            break;
        case 13:
            r.securityGroupId = QStringLiteral("sg-1");
            break;
        case 14:
            r.region = QStringLiteral("cn-north-4");
            break;
        case 15:
            r.endpointName.clear();
            break;
        }
        const api::FieldErrors errors = models::DrsConnectionAction::validate(r);
        QVERIFY(fieldsOf(errors).contains(field));
        QVERIFY2(errors.size() <= 2, qPrintable(fieldsOf(errors).join(',')));
    }

    void drsNameBounds() {
        api::DrsConnectionRequest r = validDrs();
        r.name = QStringLiteral("abcd");
        QVERIFY(models::DrsConnectionAction::validate(r).isEmpty());
        r.name = QString(50, QLatin1Char('z'));
        QVERIFY(models::DrsConnectionAction::validate(r).isEmpty());
    }

    void dasExampleIsValid() {
        QVERIFY(models::DasConnectionAction::validate(validDas()).isEmpty());
        api::DasConnectionRequest r = validDas();
        r.port = 65535;
        r.nodeIds = QStringList{QString(32, QLatin1Char('a'))};
        QVERIFY(models::DasConnectionAction::validate(r).isEmpty());
    }

    void dasInvalid_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("no instance") << 0 << "instance_id";
        QTest::newRow("instance chars") << 1 << "instance_id";
        QTest::newRow("engine") << 2 << "engine_type";
        QTest::newRow("network") << 3 << "network_type";
        QTest::newRow("no user") << 4 << "username";
        QTest::newRow("no password") << 5 << "password";
        QTest::newRow("port typed wrong") << 6 << "port";
        QTest::newRow("port too big") << 7 << "port";
        QTest::newRow("node id short") << 8 << "node_ids";
    }
    void dasInvalid() {
        QFETCH(int, which);
        QFETCH(QString, field);
        api::DasConnectionRequest r = validDas();
        switch (which) {
        case 0:
            r.instanceId.clear();
            break;
        case 1:
            r.instanceId = QStringLiteral("../admin");
            break;
        case 2:
            r.engineType = QStringLiteral("oracle");
            break;
        case 3:
            r.networkType = QStringLiteral("internet");
            break;
        case 4:
            r.username.clear();
            break;
        case 5:
            r.password.clear();
            break;
        case 6:
            r.port = -1;
            break;
        case 7:
            r.port = 65536;
            break;
        case 8:
            r.nodeIds = QStringList{QStringLiteral("abc")};
            break;
        }
        QCOMPARE(fieldsOf(models::DasConnectionAction::validate(r)), QStringList{field});
    }
};

QTEST_GUILESS_MAIN(TestConnectionActions)
#include "tst_connectionactions.moc"
