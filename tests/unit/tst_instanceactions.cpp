// Validation of the instance-level forms: tags (reference 3.4) and security group (3.1.7).
#include "models/actions/BuyInstanceAction.h"
#include "models/actions/SecurityGroupAction.h"
#include "models/actions/TagsAction.h"
#include "tests/common/FieldAsserts.h"

#include <QTest>

using dbss::test::fieldsOf;
using namespace dbss;

class TestInstanceActions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tags() {
        using models::TagsAction;
        const QString res = QStringLiteral("res-1");
        QVERIFY(TagsAction::validate(res, {{QStringLiteral("env"), QStringLiteral("prod")}}).isEmpty());
        QVERIFY(TagsAction::validate(res, {{QStringLiteral("env"), QString()}}).isEmpty()); // empty value
        QVERIFY(TagsAction::validate(res, {{QString(128, QLatin1Char('k')), QString(255, QLatin1Char('v'))}})
                    .isEmpty());
        QCOMPARE(fieldsOf(TagsAction::validate(res, {})), QStringList{"tags"});
        QCOMPARE(fieldsOf(TagsAction::validate({}, {{QStringLiteral("env"), {}}})),
                 QStringList{"resource_id"});
        QCOMPARE(fieldsOf(TagsAction::validate(res, {{QStringLiteral("  "), QStringLiteral("x")}})),
                 QStringList{"key"});
        QCOMPARE(fieldsOf(TagsAction::validate(res, {{QString(129, QLatin1Char('k')), {}}})),
                 QStringList{"key"});
        QCOMPARE(fieldsOf(TagsAction::validate(res, {{QStringLiteral("k"), QString(256, QLatin1Char('v'))}})),
                 QStringList{"value"});
        QCOMPARE(fieldsOf(TagsAction::validate(res, {{QStringLiteral("env"), QStringLiteral("a")},
                                                     {QStringLiteral(" env "), QStringLiteral("b")}})),
                 QStringList{"key"});
    }

    void securityGroup() {
        using models::SecurityGroupAction;
        QVERIFY(SecurityGroupAction::validate(QStringLiteral("res"), {QStringLiteral("sg")}).isEmpty());
        QCOMPARE(fieldsOf(SecurityGroupAction::validate(QStringLiteral("res"), {})),
                 QStringList{"securitygroup_ids"});
        QCOMPARE(fieldsOf(SecurityGroupAction::validate(QStringLiteral("res"),
                                                        {QStringLiteral("a"), QStringLiteral("b")})),
                 QStringList{"securitygroup_ids"});
        QCOMPARE(fieldsOf(SecurityGroupAction::validate({}, {QStringLiteral("sg")})),
                 QStringList{"instance_id"});
    }

    void periodOrder() {
        using models::BuyInstanceAction;
        api::PeriodOrderRequest o;
        o.region = QStringLiteral("cn-north-4");
        o.availabilityZone = QStringLiteral("cn-north-4a");
        o.flavorRef = QStringLiteral("c3ne.xlarge.4");
        o.resourceSpecCode = QStringLiteral("dbss.bypassaudit.low");
        o.name = QStringLiteral("audit_01-a");
        o.vpcId = QStringLiteral("vpc");
        o.subnetId = QStringLiteral("subnet");
        o.securityGroupIds = QStringList{QStringLiteral("sg")};
        o.productId = QStringLiteral("OFFI1");
        QVERIFY(BuyInstanceAction::validate(o).isEmpty());
        auto broken = [&](auto change) {
            api::PeriodOrderRequest copy = o;
            change(copy);
            return fieldsOf(BuyInstanceAction::validate(copy));
        };
        QCOMPARE(broken([](auto& c) { c.name = QString(65, QLatin1Char('a')); }), QStringList{"name"});
        QCOMPARE(broken([](auto& c) { c.name = QStringLiteral("a.b"); }), QStringList{"name"});
        QVERIFY(broken([](auto& c) { c.name = QString(64, QLatin1Char('a')); }).isEmpty());
        QCOMPARE(broken([](auto& c) { c.resourceSpecCode = QStringLiteral("dbss.bypassaudit.huge"); }),
                 QStringList{"resource_spec_code"});
        QCOMPARE(broken([](auto& c) { c.ipAddress = QStringLiteral("1.2.3"); }), QStringList{"ip_address"});
        QCOMPARE(broken([](auto& c) { c.securityGroupIds.clear(); }), QStringList{"security_groups"});
        QCOMPARE(broken([](auto& c) { c.periodType = 0; }), QStringList{"period_type"});
        QCOMPARE(broken([](auto& c) { c.periodNum = 0; }), QStringList{"period_num"});
        QCOMPARE(broken([](auto& c) { c.enterpriseProjectId.clear(); }),
                 QStringList{"enterprise_project_id"});
        QCOMPARE(broken([](auto& c) { c.availabilityZone.clear(); }), QStringList{"availability_zone"});
    }
};

QTEST_GUILESS_MAIN(TestInstanceActions)
#include "tst_instanceactions.moc"
