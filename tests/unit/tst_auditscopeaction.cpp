// Validation of the audit scope form (document 004; actions from reference 3.5.1).
#include "models/actions/AuditScopeAction.h"
#include "models/api/FormEnums.h"
#include "tests/common/FieldAsserts.h"

#include <QTest>

using dbss::test::fieldsOf;
using namespace dbss;

namespace {
api::NewAuditScope validScope() {
    api::NewAuditScope s;
    s.ruleName = QStringLiteral("test");
    s.dbIds = QStringList{QStringLiteral("lQZpwJgB0g4pz3UTv74a")};
    s.dbNames = QStringList{QStringLiteral("MySQL")};
    return s;
}
} // namespace

class TestAuditScopeAction : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void documentExampleIsValid() {
        QVERIFY(models::AuditScopeAction::validate(QStringLiteral("inst"), validScope()).isEmpty());
    }

    void everyOptionalListValid() {
        api::NewAuditScope s = validScope();
        s.dbUsers = QStringList{QStringLiteral("root"), QStringLiteral("app")};
        s.sourceIps = QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("fd00::2")};
        s.sourcePorts = QStringList{QStringLiteral("3306"), QStringLiteral("65535")};
        s.exceptionIps = QStringList{QStringLiteral("10.0.0.9")};
        s.actions = api::enums::scopeActions();
        QCOMPARE(s.actions.size(), 15);
        QVERIFY(models::AuditScopeAction::validate(QStringLiteral("inst"), s).isEmpty());
    }

    void allDatabases() {
        api::NewAuditScope s = validScope();
        s.dbIds = QStringList{api::enums::kAllDbIds};
        s.dbNames = QStringList{api::enums::kAllDbNames};
        QVERIFY(models::AuditScopeAction::validate(QStringLiteral("inst"), s).isEmpty());
        s.dbIds << QStringLiteral("db2");
        s.dbNames << QStringLiteral("two");
        QCOMPARE(fieldsOf(models::AuditScopeAction::validate(QStringLiteral("inst"), s)),
                 QStringList{"db_ids"});
    }

    void invalid_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("no name") << 0 << "rule_name";
        QTest::newRow("no database") << 1 << "db_ids";
        QTest::newRow("names do not match ids") << 2 << "db_names";
        QTest::newRow("bad source ip") << 3 << "source_ips";
        QTest::newRow("bad source port") << 4 << "source_ports";
        QTest::newRow("bad exception ip") << 5 << "exception_ips";
        QTest::newRow("unknown action") << 6 << "action";
        QTest::newRow("comma in a user") << 7 << "db_users";
        QTest::newRow("no instance") << 8 << "instance_id";
    }
    void invalid() {
        QFETCH(int, which);
        QFETCH(QString, field);
        api::NewAuditScope s = validScope();
        QString instance = QStringLiteral("inst");
        switch (which) {
        case 0:
            s.ruleName = QStringLiteral(" ");
            break;
        case 1:
            s.dbIds.clear();
            s.dbNames.clear();
            break;
        case 2:
            s.dbNames.clear();
            break;
        case 3:
            s.sourceIps = QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0")};
            break;
        case 4:
            s.sourcePorts = QStringList{QStringLiteral("0")};
            break;
        case 5:
            s.exceptionIps = QStringList{QStringLiteral("example.com")};
            break;
        case 6:
            s.actions = QStringList{QStringLiteral("SELECT"), QStringLiteral("TRUNCATE")};
            break;
        case 7:
            s.dbUsers = QStringList{QStringLiteral("a,b")};
            break;
        case 8:
            instance.clear();
            break;
        }
        const api::FieldErrors errors = models::AuditScopeAction::validate(instance, s);
        QCOMPARE(fieldsOf(errors), QStringList{field});
    }

    void bodyJoinsListsWithCommas() {
        api::NewAuditScope s = validScope();
        s.sourceIps = QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")};
        const QJsonObject body = s.toJson();
        QCOMPARE(body.value(QLatin1String("source_ips")).toString(), QStringLiteral("10.0.0.1,10.0.0.2"));
        QVERIFY(!body.contains(QLatin1String("action"))); // empty optional fields are left out
    }
};

QTEST_GUILESS_MAIN(TestAuditScopeAction)
#include "tst_auditscopeaction.moc"
