// The instance-level forms: the tags editor (reference 3.4.2/3.4.4/3.4.5) and the security group
// change (3.1.7), against the in-process sandbox.
#include "models/actions/SecurityGroupAction.h"
#include "models/actions/TagsAction.h"
#include "models/api/Tags.h"
#include "views/SecurityGroupsDialog.h"
#include "views/TagsDialog.h"

#include "tst_dialogfixture.h"

#include <QTableWidget>

using namespace dbss;

class TestInstanceDialogs : public QObject {
    Q_OBJECT
    test::DialogFixture m_fx;
    api::AuditInstance m_instance;

    QList<api::ResourceTag> tagsFromApi(const QString& resourceId) {
        bool ok = false;
        const auto list = m_fx.read<api::ListTaggedResourcesResponse>(
            api::filterResourcesByTag(api::TagFilter{}, 0, 100), &ok);
        for (const api::TaggedResource& r : list.resources) {
            if (r.resourceId == resourceId)
                return r.tags;
        }
        return {};
    }

    static QStringList keysOf(const QList<api::ResourceTag>& tags) {
        QStringList keys;
        for (const api::ResourceTag& t : tags)
            keys << t.key + QLatin1Char('=') + t.value;
        keys.sort();
        return keys;
    }

    std::unique_ptr<views::TagsDialog> openTags(const QString& resourceId) {
        auto dialog = std::make_unique<views::TagsDialog>(m_fx.client(), resourceId);
        QSignalSpy loaded(dialog.get(), &views::TagsDialog::tagsLoaded);
        dialog->show();
        if (!loaded.wait(10000))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        bool ok = false;
        const auto list = m_fx.read<api::ListAuditInstancesResponse>(api::listAuditInstances(0, 100), &ok);
        QVERIFY(ok && !list.servers.isEmpty());
        m_instance = list.servers.first();
        QVERIFY(!m_instance.resourceId.isEmpty());
    }

    void tagsListedAddedAndDeleted() {
        auto dialog = openTags(m_instance.resourceId);
        QVERIFY(dialog);
        QCOMPARE(keysOf(dialog->shownTags()), keysOf(tagsFromApi(m_instance.resourceId)));

        QSignalSpy changed(dialog.get(), &views::TagsDialog::tagsChanged);
        QSignalSpy loaded(dialog.get(), &views::TagsDialog::tagsLoaded);
        test::typeInto(dialog.get(), QStringLiteral("key"), QStringLiteral("cost-center"));
        test::typeInto(dialog.get(), QStringLiteral("value"), QStringLiteral("CC-42"));
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QVERIFY(!dialog->submitButton()->isEnabled());
        QVERIFY(!dialog->deleteButton()->isEnabled());
        QVERIFY(changed.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QVERIFY(keysOf(tagsFromApi(m_instance.resourceId)).contains(QStringLiteral("cost-center=CC-42")));
        QVERIFY(keysOf(dialog->shownTags()).contains(QStringLiteral("cost-center=CC-42")));
        QVERIFY(test::textOf(dialog.get(), QStringLiteral("key")).isEmpty()); // ready for the next one
        QVERIFY(dialog->isVisible());

        dialog->setChecked(QStringLiteral("cost-center"), true);
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QVERIFY(changed.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
        QVERIFY(!keysOf(tagsFromApi(m_instance.resourceId)).contains(QStringLiteral("cost-center=CC-42")));
        QCOMPARE(keysOf(dialog->shownTags()), keysOf(tagsFromApi(m_instance.resourceId)));
    }

    void invalidTagsFlaggedAndNothingSent() {
        auto dialog = openTags(m_instance.resourceId);
        QVERIFY(dialog);
        const qsizetype sentBefore = m_fx.sent().size();
        const int dispatchedBefore = m_fx.dispatched();
        test::typeInto(dialog.get(), QStringLiteral("key"), QStringLiteral("   "));
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QCOMPARE(dialog->flaggedFields(), QStringList{QStringLiteral("key")});
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton); // nothing checked
        QCOMPARE(dialog->flaggedFields(), QStringList{QStringLiteral("tags")});
        QCOMPARE(m_fx.dispatched(), dispatchedBefore); // counted when sent: no need to wait
        QCOMPARE(m_fx.sent().size(), sentBefore);
    }

    void tagsRejectionKeepsTheInput() {
        auto dialog = openTags(QStringLiteral("no-such-resource"));
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), 0);
        test::typeInto(dialog.get(), QStringLiteral("key"), QStringLiteral("env"));
        test::typeInto(dialog.get(), QStringLiteral("value"), QStringLiteral("qa"));
        QSignalSpy failed(dialog->action(), &models::SubmitAction::failed);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorBanner()->text().contains(QLatin1String("404")));
        QCOMPARE(test::textOf(dialog.get(), QStringLiteral("key")), QStringLiteral("env"));
        QCOMPARE(test::textOf(dialog.get(), QStringLiteral("value")), QStringLiteral("qa"));
        QVERIFY(dialog->submitButton()->isEnabled());
    }

    void securityGroupChanged() {
        const QString group = QStringLiteral("0b5c3f2e-7d1a-4c9e-8f60-1a2b3c4d5e6f");
        views::SecurityGroupsDialog dialog(m_fx.client(), m_instance.id, m_instance.securityGroupId);
        dialog.show();
        QCOMPARE(test::textOf(&dialog, QStringLiteral("securitygroup_ids")), m_instance.securityGroupId);
        test::typeInto(&dialog, QStringLiteral("securitygroup_ids"), group);
        QSignalSpy submitted(&dialog, &views::SecurityGroupsDialog::submitted);
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QVERIFY(!dialog.submitButton()->isEnabled());
        QVERIFY(submitted.wait(10000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(submitted.first().at(1).toString(), group);
        bool ok = false;
        const auto list = m_fx.read<api::ListAuditInstancesResponse>(api::listAuditInstances(0, 100), &ok);
        bool found = false;
        for (const api::AuditInstance& i : list.servers) {
            if (i.id == m_instance.id) {
                found = true;
                QCOMPARE(i.securityGroupId, group);
            }
        }
        QVERIFY(found);
    }

    void securityGroupInvalidAndRejected() {
        views::SecurityGroupsDialog dialog(m_fx.client(), m_instance.id);
        dialog.show();
        const qsizetype sentBefore = m_fx.sent().size();
        const int dispatchedBefore = m_fx.dispatched();
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton); // empty
        QCOMPARE(dialog.flaggedFields(), QStringList{QStringLiteral("securitygroup_ids")});
        test::typeInto(&dialog, QStringLiteral("securitygroup_ids"), QStringLiteral("sg-a, sg-b"));
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton); // two: one per change
        QCOMPARE(dialog.flaggedFields(), QStringList{QStringLiteral("securitygroup_ids")});
        QCOMPARE(m_fx.dispatched(), dispatchedBefore); // counted when sent: no need to wait
        QCOMPARE(m_fx.sent().size(), sentBefore);
        // Not an id the service knows the shape of: its rejection is shown beside the field.
        test::typeInto(&dialog, QStringLiteral("securitygroup_ids"), QStringLiteral("not-a-group"));
        QSignalSpy failed(dialog.action(), &models::SubmitAction::failed);
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QCOMPARE(dialog.flaggedFields(), QStringList{QStringLiteral("securitygroup_ids")});
        QVERIFY(dialog.isVisible());
        QCOMPARE(test::textOf(&dialog, QStringLiteral("securitygroup_ids")), QStringLiteral("not-a-group"));
    }
};

QTEST_MAIN(TestInstanceDialogs)
#include "tst_instancedialogs.moc"
