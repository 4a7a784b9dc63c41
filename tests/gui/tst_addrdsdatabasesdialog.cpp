// Adding agent-free RDS databases: candidates listed, several checked, the report of accepted
// (legal_db_id) and refused (illegal_db_id) ids.
#include "models/actions/AddRdsDatabasesAction.h"
#include "models/actions/DatabaseSlots.h"
#include "models/api/Databases.h"
#include "views/AddRdsDatabasesDialog.h"

#include "tst_dialogfixture.h"

#include <QComboBox>
#include <QTableWidget>

using namespace dbss;

class TestAddRdsDatabasesDialog : public QObject {
    Q_OBJECT
    test::DialogFixture m_fx;
    QString m_instance;
    QList<api::RdsDatabase> m_candidates;

    std::unique_ptr<views::AddRdsDatabasesDialog> openLoaded(const QString& instance) {
        auto dialog = std::make_unique<views::AddRdsDatabasesDialog>(m_fx.client(), instance);
        QSignalSpy loaded(dialog.get(), &views::AddRdsDatabasesDialog::candidatesLoaded);
        dialog->show();
        if (!loaded.wait(10000))
            return nullptr;
        // The slots are read too; wait so they do not count as requests of the test.
        if (!QTest::qWaitFor([&] { return !dialog->databaseSlots()->isBusy(); }, 10000))
            return nullptr;
        return dialog;
    }

    QStringList auditedRdsIds() {
        bool ok = false;
        const auto list =
            m_fx.read<api::ListAuditDatabasesResponse>(api::listAuditDatabases(m_instance, {}, 0, 100), &ok);
        QStringList ids;
        for (const api::AuditDatabase& db : list.databases)
            ids << db.rdsId;
        return ids;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        m_instance = m_fx.activeInstanceId();
        QVERIFY(!m_instance.isEmpty());
        bool ok = false;
        m_candidates =
            m_fx.read<api::ListRdsDatabasesResponse>(api::listRdsDatabases({}, 0, 100), &ok).databases;
        QVERIFY(ok);
        QVERIFY(m_candidates.size() >= 3);
    }

    void listsTheCandidates() {
        auto dialog = openLoaded(m_instance);
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), m_candidates.size());
        QVERIFY(dialog->errorBanner()->isHidden());
        // The type filter asks the service again.
        auto* type = qobject_cast<QComboBox*>(dialog->fieldEditor(QStringLiteral("db_type")));
        QSignalSpy loaded(dialog.get(), &views::AddRdsDatabasesDialog::candidatesLoaded);
        type->setCurrentIndex(type->findData(QStringLiteral("MYSQL")));
        QVERIFY(loaded.wait(10000));
        QVERIFY(dialog->table()->rowCount() >= 1);
        QVERIFY(dialog->table()->rowCount() < m_candidates.size());
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            QCOMPARE(dialog->table()->item(row, views::AddRdsDatabasesDialog::Type)->text(),
                     QStringLiteral("MYSQL"));
    }

    void addsCheckedAndReportsAcceptedAndRefused() {
        auto dialog = openLoaded(m_instance);
        QVERIFY(dialog);
        const QString first = m_candidates.at(0).id;
        const QString second = m_candidates.at(1).id;
        dialog->setChecked(first, true);
        // A click on the check box of the second row, as a user would.
        for (int row = 0; row < dialog->table()->rowCount(); ++row) {
            QTableWidgetItem* item = dialog->table()->item(row, views::AddRdsDatabasesDialog::Name);
            if (item->data(Qt::UserRole).toString() == second)
                item->setCheckState(Qt::Checked);
        }
        QCOMPARE(dialog->checkedDatabases().size(), 2);
        QSignalSpy submitted(dialog.get(), &views::AddRdsDatabasesDialog::submitted);
        QSignalSpy reloaded(dialog.get(), &views::AddRdsDatabasesDialog::candidatesLoaded);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QVERIFY(!dialog->submitButton()->isEnabled());
        QVERIFY(submitted.wait(10000));
        auto response = submitted.first().at(1).value<api::AddRdsDatabasesResponse>();
        QCOMPARE(QSet<QString>(response.legalDbIds.begin(), response.legalDbIds.end()),
                 (QSet<QString>{first, second}));
        QVERIFY(response.illegalDbIds.isEmpty());
        QVERIFY(dialog->isVisible()); // stays open with the report
        QVERIFY(dialog->reportLabel()->isVisible());
        QVERIFY(dialog->reportLabel()->text().contains(QLatin1String("Added (2)")));
        QVERIFY(dialog->reportLabel()->text().contains(m_candidates.at(0).dbName));
        const QStringList audited = auditedRdsIds();
        QVERIFY(audited.contains(first));
        QVERIFY(audited.contains(second));

        // Listed again, the two just added are shown as audited and no longer offered.
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000); // the candidates are listed again
        QCOMPARE(dialog->table()->rowCount(), m_candidates.size());
        QVERIFY(dialog->checkedDatabases().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isOffered(first) && !dialog->isOffered(second), 10000);
        const QString third = m_candidates.at(2).id;
        QVERIFY(dialog->isOffered(third));
        dialog->setChecked(first, true); // not offered: stays unchecked
        QVERIFY(dialog->checkedDatabases().isEmpty());
        dialog->setChecked(third, true);
        submitted.clear();
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QVERIFY(submitted.wait(10000));
        response = submitted.first().at(1).value<api::AddRdsDatabasesResponse>();
        QCOMPARE(response.legalDbIds, QStringList{third});
        QVERIFY(response.illegalDbIds.isEmpty());
        QVERIFY(dialog->reportLabel()->text().contains(QLatin1String("Refused (0)")));
    }

    void nothingCheckedIsFlaggedAndNothingSent() {
        auto dialog = openLoaded(m_instance);
        QVERIFY(dialog);
        const qsizetype sentBefore = m_fx.sent().size();
        const int dispatchedBefore = m_fx.dispatched();
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QCOMPARE(dialog->flaggedFields(), QStringList{QStringLiteral("databases")});
        QCOMPARE(m_fx.dispatched(), dispatchedBefore); // counted when sent: no need to wait
        QCOMPARE(m_fx.sent().size(), sentBefore);
    }

    void apiRejectionKeepsTheSelection() {
        auto dialog = openLoaded(QStringLiteral("no-such-instance"));
        QVERIFY(dialog);
        dialog->setChecked(m_candidates.at(3).id, true);
        QSignalSpy failed(dialog->action(), &models::SubmitAction::failed);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorBanner()->isHidden());
        QVERIFY(dialog->errorBanner()->text().contains(QLatin1String("404")));
        QVERIFY(dialog->reportLabel()->isHidden());
        QCOMPARE(dialog->checkedDatabases().size(), 1);
        QVERIFY(dialog->submitButton()->isEnabled());
    }
};

QTEST_MAIN(TestAddRdsDatabasesDialog)
#include "tst_addrdsdatabasesdialog.moc"
