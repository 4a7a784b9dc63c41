// The local "created by this console" history: newest first, kept across restarts in a JSON file
// written atomically, bounded, and holding only what it was given (no secrets by construction:
// the file is checked for the password of the request that created the connection).
#include "models/CreatedHistory.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dbss;
using models::CreatedHistory;

class TestCreatedHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keptAcrossInstancesNewestFirst() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/created-history.json"));
        {
            CreatedHistory history(path);
            QAbstractItemModelTester tester(&history);
            QCOMPARE(history.rowCount(), 0);
            QVERIFY(
                history.add({QDateTime::currentDateTimeUtc(), QStringLiteral("drs_connection"),
                             QStringLiteral("835e1d79-24ac-411d-a1c8-22c000280659"),
                             QStringLiteral("DRS-mysql"), QStringLiteral("mysql 10.0.0.5:3306 as root")}));
            QVERIFY(history.add({QDateTime::currentDateTimeUtc(),
                                 QStringLiteral("instance_order"),
                                 QStringLiteral("CS2612021200ABCDE"),
                                 QStringLiteral("audit-1"),
                                 {}}));
            QCOMPARE(history.rowCount(), 2);
        }
        CreatedHistory again(path);
        QCOMPARE(again.rowCount(), 2);
        QCOMPARE(again.index(0, int(CreatedHistory::Column::Id)).data().toString(),
                 QStringLiteral("CS2612021200ABCDE"));
        QCOMPARE(again.index(0, int(CreatedHistory::Column::Kind)).data().toString(),
                 QStringLiteral("Instance order"));
        QCOMPARE(again.index(1, int(CreatedHistory::Column::Id)).data(Qt::UserRole).toString(),
                 QStringLiteral("835e1d79-24ac-411d-a1c8-22c000280659"));
        QCOMPARE(again.index(1, int(CreatedHistory::Column::Details)).data().toString(),
                 QStringLiteral("mysql 10.0.0.5:3306 as root"));
        QVERIFY(again.clear());
        QCOMPARE(CreatedHistory(path).rowCount(), 0);
    }

    void boundedToMaxEntries() {
        QTemporaryDir dir;
        CreatedHistory history(dir.filePath(QStringLiteral("h.json")));
        for (int i = 0; i < CreatedHistory::kMaxEntries + 5; ++i)
            history.add({QDateTime::currentDateTimeUtc(),
                         QStringLiteral("das_connection"),
                         QString::number(i),
                         {},
                         {}});
        QCOMPARE(history.rowCount(), CreatedHistory::kMaxEntries);
        QCOMPARE(history.entries().first().id, QString::number(CreatedHistory::kMaxEntries + 4));
    }

    void unwritableFileIsReportedAndTheEntryStaysShown() {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        CreatedHistory history(dir.filePath(QStringLiteral("file/h.json"))); // a file as the folder
        QVERIFY(!history.add({QDateTime::currentDateTimeUtc(),
                              QStringLiteral("drs_connection"),
                              QStringLiteral("x"),
                              {},
                              {}}));
        QVERIFY(!history.errorString().isEmpty());
        QCOMPARE(history.rowCount(), 1);
    }

    void corruptFileStartsEmpty() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        CreatedHistory history(path);
        QCOMPARE(history.rowCount(), 0);
    }
};

QTEST_MAIN(TestCreatedHistory)
#include "tst_createdhistory.moc"
