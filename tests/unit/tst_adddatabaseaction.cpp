// Validation of the add-database forms: document 000 (v2 self-built/RDS by description) field by
// field, and the RDS candidate selection (reference 3.3.2).
#include "models/actions/AddDatabaseAction.h"
#include "models/actions/AddRdsDatabasesAction.h"
#include "models/api/FormEnums.h"
#include "tests/common/FieldAsserts.h"

#include <QTest>

using dbss::test::fieldsOf;
using namespace dbss;

namespace {
api::NewDatabase validDatabase() {
    api::NewDatabase db;
    db.dbClassification = QStringLiteral("ECS");
    db.name = QStringLiteral("orders");
    db.type = QStringLiteral("POSTGRESQL");
    db.version = QStringLiteral("7.4");
    db.charset = QStringLiteral("UTF8");
    db.ip = QStringLiteral("1.1.1.1");
    db.port = QStringLiteral("66");
    db.os = QStringLiteral("LINUX64");
    db.instanceName = QStringLiteral("testaaa");
    return db;
}
} // namespace

class TestAddDatabaseAction : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void documentExampleIsValid() {
        QVERIFY(models::AddDatabaseAction::validate(QStringLiteral("inst"), validDatabase()).isEmpty());
        api::NewDatabase db = validDatabase();
        db.instanceName.clear(); // the only optional field
        db.ip = QStringLiteral("fd00::10");
        QVERIFY(models::AddDatabaseAction::validate(QStringLiteral("inst"), db).isEmpty());
    }

    void everyDocumentedTypeIsOffered() {
        const QStringList values = api::enums::valuesOf(api::enums::databaseTypes());
        QCOMPARE(values.size(), 17);
        for (const char* t : {"MYSQL", "ORACLE", "POSTGRESQL", "SQLSERVER", "DAMENG", "TAURUS", "DWS",
                              "KINGBASE", "GAUSSDBOPENGAUSS", "GREENPLUM", "HIGHGO", "SHENTONG", "GBASE8A",
                              "GBASE8S", "GBASEXDM", "MONGODB", "DDS"}) {
            QVERIFY2(values.contains(QLatin1String(t)), t);
            api::NewDatabase db = validDatabase();
            db.type = QLatin1String(t);
            QVERIFY(models::AddDatabaseAction::validate(QStringLiteral("inst"), db).isEmpty());
        }
    }

    void invalidField_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("classification") << "db_classification"
                                        << "CLOUD";
        QTest::newRow("classification empty") << "db_classification"
                                              << "";
        QTest::newRow("name empty") << "name"
                                    << "";
        QTest::newRow("name blank") << "name"
                                    << "   ";
        QTest::newRow("type unknown") << "type"
                                      << "MARIADB";
        QTest::newRow("type lowercase") << "type"
                                        << "mysql";
        QTest::newRow("version empty") << "version"
                                       << "";
        QTest::newRow("charset") << "charset"
                                 << "LATIN1";
        QTest::newRow("ip empty") << "ip"
                                  << "";
        QTest::newRow("ip bad") << "ip"
                                << "300.1.1.1";
        QTest::newRow("ip hostname") << "ip"
                                     << "db.local";
        QTest::newRow("port empty") << "port"
                                    << "";
        QTest::newRow("port zero") << "port"
                                   << "0";
        QTest::newRow("port too big") << "port"
                                      << "65536";
        QTest::newRow("port text") << "port"
                                   << "http";
        QTest::newRow("os") << "os"
                            << "MACOS";
    }
    void invalidField() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        api::NewDatabase db = validDatabase();
        const QHash<QString, QString*> target{{"db_classification", &db.dbClassification},
                                              {"name", &db.name},
                                              {"type", &db.type},
                                              {"version", &db.version},
                                              {"charset", &db.charset},
                                              {"ip", &db.ip},
                                              {"port", &db.port},
                                              {"os", &db.os}};
        *target.value(field) = value;
        const api::FieldErrors errors = models::AddDatabaseAction::validate(QStringLiteral("inst"), db);
        QCOMPARE(fieldsOf(errors), QStringList{field});
        QVERIFY(!errors.first().reason.isEmpty());
    }

    void everyFieldReportedAtOnce() {
        const api::FieldErrors errors = models::AddDatabaseAction::validate({}, api::NewDatabase{});
        QCOMPARE(fieldsOf(errors), (QStringList{"instance_id", "name", "type", "version", "charset", "ip",
                                                "port", "os"})); // db_classification defaults to ECS
    }

    void rdsSelection() {
        QCOMPARE(fieldsOf(models::AddRdsDatabasesAction::validate(QStringLiteral("inst"), {})),
                 QStringList{"databases"});
        api::RdsDatabase db;
        db.id = QStringLiteral("rds-1");
        db.dbName = QStringLiteral("orders");
        QVERIFY(models::AddRdsDatabasesAction::validate(QStringLiteral("inst"), {db}).isEmpty());
        QCOMPARE(fieldsOf(models::AddRdsDatabasesAction::validate({}, {db})), QStringList{"instance_id"});
        api::RdsDatabase unsupported = db;
        unsupported.isSupported = false;
        const api::FieldErrors errors =
            models::AddRdsDatabasesAction::validate(QStringLiteral("inst"), {db, unsupported});
        QCOMPARE(fieldsOf(errors), QStringList{"databases"});
        QVERIFY(errors.first().reason.contains(QLatin1String("orders")));
    }
};

QTEST_GUILESS_MAIN(TestAddDatabaseAction)
#include "tst_adddatabaseaction.moc"
