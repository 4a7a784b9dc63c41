// Validation of the instance-level forms: tags (reference 3.4) and security group (3.1.7).
#include "models/SecurityGroupAction.h"
#include "models/TagsAction.h"

#include <QTest>

using namespace dbss;

namespace {
QStringList fieldsOf(const api::FieldErrors& errors) {
    QStringList out;
    for (const api::FieldError& e : errors)
        out << e.field;
    return out;
}
} // namespace

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
                 QStringList{"resource_id"});
    }
};

QTEST_GUILESS_MAIN(TestInstanceActions)
#include "tst_instanceactions.moc"
