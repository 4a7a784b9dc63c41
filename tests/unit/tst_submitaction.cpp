// The validation primitives every form uses, the mapping of an API rejection to the field it
// names, and SubmitAction's contract: nothing sent while invalid or busy, one request otherwise.
#include "models/actions/AddDatabaseAction.h"
#include "models/api/ApiClient.h"
#include "models/api/FieldRules.h"
#include "tests/common/ClientRequests.h"

#include <QSignalSpy>
#include <QTest>

using namespace dbss;

namespace {
// A client whose every service points at a closed loopback port: a request fails fast.
api::ClientConfig unreachableConfig() {
    api::ClientConfig config;
    config.projectId = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    config.ak = QStringLiteral("AK");
    config.sk = QStringLiteral("SK");
    config.timeoutMs = 5000;
    config.maxRetries = 0;
    for (api::Service s : {api::Service::Dbss, api::Service::Iam, api::Service::Drs, api::Service::Das})
        config.endpointOverrides.insert(s, QUrl(QStringLiteral("http://127.0.0.1:1")));
    return config;
}

api::NewDatabase validDatabase() {
    api::NewDatabase db;
    db.dbClassification = QStringLiteral("ECS");
    db.name = QStringLiteral("orders");
    db.type = QStringLiteral("MYSQL");
    db.version = QStringLiteral("8.0");
    db.charset = QStringLiteral("UTF8");
    db.ip = QStringLiteral("192.168.0.10");
    db.port = QStringLiteral("3306");
    db.os = QStringLiteral("LINUX64");
    return db;
}
} // namespace

class TestSubmitAction : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ip_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ipv4") << "10.0.0.1" << true;
        QTest::newRow("ipv4 edges") << "255.255.255.0" << true;
        QTest::newRow("ipv6") << "fd00::1" << true;
        QTest::newRow("ipv6 full") << "2001:db8:0:0:0:0:0:1" << true;
        QTest::newRow("octet 256") << "10.0.0.256" << false;
        QTest::newRow("three octets") << "10.0.1" << false;
        QTest::newRow("leading zero") << "10.0.0.01" << false;
        QTest::newRow("short form") << "1" << false;
        QTest::newRow("hostname") << "db.example.com" << false;
        QTest::newRow("ipv6 bad") << "fd00:::1" << false;
        QTest::newRow("scope id") << "fe80::1%eth0" << false;
        QTest::newRow("spaces") << " 10.0.0.1" << false;
        QTest::newRow("empty") << "" << false;
    }
    void ip() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(api::isIp(text), valid);
    }

    void port_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("1") << "1" << true;
        QTest::newRow("65535") << "65535" << true;
        QTest::newRow("3306") << "3306" << true;
        QTest::newRow("0") << "0" << false;
        QTest::newRow("65536") << "65536" << false;
        QTest::newRow("negative") << "-1" << false;
        QTest::newRow("plus") << "+80" << false;
        QTest::newRow("leading zero") << "080" << false;
        QTest::newRow("letters") << "80a" << false;
        QTest::newRow("huge") << "99999999999" << false;
        QTest::newRow("empty") << "" << false;
    }
    void port() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(api::isPort(text), valid);
    }

    void splitListTrimsAndDropsEmpty() {
        QCOMPARE(api::splitList(QStringLiteral(" a, b,,c ,")), (QStringList{"a", "b", "c"}));
        QVERIFY(api::splitList(QStringLiteral(" , ")).isEmpty());
    }

    void checkerKeepsFirstErrorPerField() {
        api::FieldChecker check;
        QVERIFY(!check.require(QStringLiteral("name"), QStringLiteral("  ")));
        QVERIFY(!check.require(QStringLiteral("name"), QStringLiteral("ab"), 4));
        QVERIFY(!check.port(QStringLiteral("port"), QStringLiteral("0"), false));
        QVERIFY(check.port(QStringLiteral("other"), QString(), false)); // optional and empty
        QVERIFY(!check.port(QStringLiteral("port2"), QString(), true));
        QCOMPARE(check.errors().size(), 3);
        QCOMPARE(check.errors().at(0).field, QStringLiteral("name"));
        QVERIFY(check.errors().at(0).reason.contains(QLatin1String("mandatory")));
        QVERIFY(!check.length(QStringLiteral("d"), QString(256, QLatin1Char('x')), 255));
        QVERIFY(check.length(QStringLiteral("e"), QString(255, QLatin1Char('x')), 255));
        QVERIFY(!check.oneOf(QStringLiteral("os"), QStringLiteral("linux64"), {QStringLiteral("LINUX64")}));
    }

    void rejectionNamesItsField_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("flat, plain key")
            << QByteArray(
                   R"({"error_code":"DBSS.10000001","error_msg":"port must be from 1 to 65535, got '0'"})")
            << QStringList{"port"};
        QTest::newRow("nested, object prefix")
            << QByteArray(R"({"error":{"error_code":"X","error_msg":"database.ip is not an IP address"}})")
            << QStringList{"ip"};
        QTest::newRow("name not inside db_name")
            << QByteArray(R"({"error_code":"X","error_msg":"db_name must not be empty"})") << QStringList{};
        QTest::newRow("earliest first")
            << QByteArray(R"({"error_code":"X","error_msg":"version too long; name too"})")
            << QStringList{"version", "name"};
        QTest::newRow("drs duplicate")
            << QByteArray(
                   R"({"error_code":"DRS.10010065","error_msg":"Connection manager name is already exists."})")
            << QStringList{"name"};
        QTest::newRow("none") << QByteArray(R"({"error_code":"X","error_msg":"quota exceeded"})")
                              << QStringList{};
    }
    void rejectionNamesItsField() {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, fields);
        const api::ApiError error = api::ApiError::fromHttpResponse(400, body, {}, QStringLiteral("Op"));
        const api::FieldErrors found =
            api::fieldsNamedIn(error, {QStringLiteral("name"), QStringLiteral("ip"), QStringLiteral("port"),
                                       QStringLiteral("version"), QStringLiteral("db_password")});
        QStringList names;
        for (const api::FieldError& e : found) {
            names << e.field;
            QCOMPARE(e.reason, error.errorMsg);
        }
        QCOMPARE(names, fields);
    }

    void invalidSendsNothing() {
        api::ApiClient client(unreachableConfig());
        test::DispatchCounter dispatched(&client);
        QSignalSpy logged(&client, &api::ApiClient::requestLogged);
        models::AddDatabaseAction action(&client);
        QSignalSpy invalid(&action, &models::SubmitAction::invalid);
        QSignalSpy busy(&action, &models::SubmitAction::busyChanged);
        api::NewDatabase db = validDatabase();
        db.port = QStringLiteral("70000");
        QVERIFY(!action.submit(QStringLiteral("inst"), db));
        QCOMPARE(invalid.size(), 1);
        QCOMPARE(action.fieldErrors().size(), 1);
        QCOMPARE(action.fieldErrors().first().field, QStringLiteral("port"));
        QVERIFY(!action.isBusy());
        QVERIFY(busy.isEmpty());
        QCOMPARE(dispatched.count(), 0); // counted when sent: no need to wait
        QVERIFY(logged.isEmpty());
    }

    void validSendsOnceAndReportsTheFailure() {
        api::ApiClient client(unreachableConfig());
        QSignalSpy logged(&client, &api::ApiClient::requestLogged);
        models::AddDatabaseAction action(&client);
        QSignalSpy failed(&action, &models::SubmitAction::failed);
        QSignalSpy succeeded(&action, &models::AddDatabaseAction::succeeded);
        QVERIFY(action.submit(QStringLiteral("inst"), validDatabase()));
        QVERIFY(action.isBusy());
        QVERIFY(!action.submit(QStringLiteral("inst"), validDatabase())); // in flight: refused
        QCOMPARE(action.lastError().kind, api::ApiError::Kind::Usage);
        QVERIFY(failed.wait(10000));
        QVERIFY(!action.isBusy());
        QCOMPARE(logged.size(), 1); // a mutation is never repeated
        QVERIFY(succeeded.isEmpty());
        const auto error = failed.first().at(0).value<api::ApiError>();
        QCOMPARE(error.kind, api::ApiError::Kind::Network);
        QCOMPARE(error.operation, QStringLiteral("AddAuditDatabase"));
        QVERIFY(failed.first().at(1).value<api::FieldErrors>().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSubmitAction)
#include "tst_submitaction.moc"
