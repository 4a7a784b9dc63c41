// OperationLogActivity on rows built here: the bucket width chosen from the span, exact counts per
// bucket and per result or user at the span's edges, incremental counting equal to one pass and to
// a naive count, the merged "others" series, and rows outside the span or without a time.
#include "models/api/OperationLogs.h"
#include "models/tables/OperationLogActivity.h"
#include "models/tables/OperationLogRows.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <random>

using namespace dbss;
using models::OperationLogActivity;
using models::OperationLogRows;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

qint64 utc(const char* text) {
    QDateTime t = QDateTime::fromString(QLatin1String(text), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    t.setTimeZone(QTimeZone::utc());
    return t.toMSecsSinceEpoch();
}

QString utcText(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void append(OperationLogRows& rows, const QString& time, const QString& user, const QString& result) {
    api::OperationLog log;
    log.id = QString::number(rows.size() + 1);
    log.time = time;
    log.user = user;
    log.result = result;
    log.function = QStringLiteral("instance");
    log.action = QStringLiteral("UPDATE");
    log.name = QStringLiteral("n");
    rows.append(log);
}

} // namespace

class TestOperationLogActivity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bucketWidths_data() {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<qint64>("width");
        QTest::newRow("half hour") << 30 * kMinute << kMinute;
        QTest::newRow("hour") << kHour << kMinute;
        QTest::newRow("3 hours") << 3 * kHour << 5 * kMinute;
        QTest::newRow("12 hours") << 12 * kHour << 15 * kMinute;
        QTest::newRow("day") << kDay << 30 * kMinute;
        QTest::newRow("week") << 7 * kDay << 3 * kHour;
        QTest::newRow("month") << 30 * kDay << 12 * kHour;
        QTest::newRow("quarter") << 90 * kDay << 2 * kDay;
    }
    void bucketWidths() {
        QFETCH(qint64, span);
        QFETCH(qint64, width);
        QCOMPARE(OperationLogActivity::bucketWidthFor(span), width);
        QVERIFY(span / width <= OperationLogActivity::kMaxBuckets);
    }

    void exactCountsAtTheEdges() {
        OperationLogRows rows;
        append(rows, QStringLiteral("2026-12-01 10:00:00"), QStringLiteral("alice"),
               QStringLiteral("success"));
        append(rows, QStringLiteral("2026-12-01 10:00:59"), QStringLiteral("bob"), QStringLiteral("fail"));
        append(rows, QStringLiteral("2026-12-01 10:01:00"), QStringLiteral("alice"),
               QStringLiteral("success"));
        append(rows, QStringLiteral("2026-12-01 10:01:30"), QStringLiteral("alice"),
               QStringLiteral("success"));
        append(rows, QStringLiteral("2026-12-01 10:59:59"), QStringLiteral("bob"), QStringLiteral("fail"));
        append(rows, QStringLiteral("2026-12-01 11:00:00"), QStringLiteral("bob"), QStringLiteral("fail"));
        append(rows, QStringLiteral("2026-12-01 09:59:59"), QStringLiteral("bob"), QStringLiteral("success"));
        append(rows, QStringLiteral("not a time"), QStringLiteral("bob"), QStringLiteral("success"));

        OperationLogActivity activity;
        QSignalSpy changed(&activity, &OperationLogActivity::changed);
        activity.setRange(utc("2026-12-01 10:00:00"), utc("2026-12-01 11:00:00"));
        activity.recount(rows);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(activity.bucketMs(), kMinute);
        QCOMPARE(activity.bucketCount(), 60);
        QCOMPARE(activity.bucketStart(0), utc("2026-12-01 10:00:00"));
        QCOMPARE(activity.bucketEnd(59), utc("2026-12-01 11:00:00"));
        QCOMPARE(activity.keys(), (QStringList{QStringLiteral("success"), QStringLiteral("fail")}));
        QCOMPARE(activity.count(0, 0), 1u);
        QCOMPARE(activity.count(0, 1), 1u);
        QCOMPARE(activity.count(1, 0), 2u);
        QCOMPARE(activity.count(1, 1), 0u);
        QCOMPARE(activity.count(59, 1), 1u);
        QCOMPARE(activity.bucketTotal(0), 2u);
        QCOMPARE(activity.bucketTotal(30), 0u);
        QCOMPARE(activity.total(), 5u);
        QCOMPARE(activity.outside(), 3u); // 11:00:00 (end exclusive), 09:59:59, no time

        activity.setStackBy(OperationLogActivity::StackBy::User);
        activity.recount(rows);
        QCOMPARE(activity.keys(), (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
        QCOMPARE(activity.count(1, 0), 2u);
        QCOMPARE(activity.count(59, 1), 1u);
        const auto series = activity.series(8);
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.at(0).key, QStringLiteral("alice"));
        QCOMPARE(series.at(0).total, 3u);
        QCOMPARE(series.at(1).total, 2u);
    }

    // Pages added one after another count exactly what one pass and a naive count do.
    void incrementalEqualsOnePass() {
        const qint64 start = utc("2026-11-30 00:00:00");
        std::mt19937 random(7);
        const QStringList users{QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3"),
                                QStringLiteral("u4"), QStringLiteral("u5")};
        OperationLogRows rows;
        for (int i = 0; i < 20'000; ++i) {
            const qint64 t = start - kHour + qint64(random() % quint32((kDay + 2 * kHour) / 1000)) * 1000;
            append(rows, utcText(t), users.at(int(random() % 5)),
                   random() % 4 == 0 ? QStringLiteral("fail") : QStringLiteral("success"));
        }
        for (auto by : {OperationLogActivity::StackBy::Result, OperationLogActivity::StackBy::User}) {
            OperationLogActivity once;
            once.setStackBy(by);
            once.setRange(start, start + kDay);
            once.recount(rows);
            OperationLogActivity paged;
            paged.setStackBy(by);
            paged.setRange(start, start + kDay);
            for (qint64 first = 0; first < rows.size(); first += 997)
                paged.add(rows, first, std::min(rows.size(), first + 997) - 1);
            QCOMPARE(paged.keys(), once.keys());
            QCOMPARE(paged.total() + paged.outside(), quint64(rows.size()));
            QCOMPARE(once.total(), paged.total());
            QCOMPARE(once.bucketMs(), 30 * kMinute);
            // Naive: each bucket's rows by comparing times with its edges.
            for (int b = 0; b < once.bucketCount(); ++b) {
                for (int k = 0; k < once.keys().size(); ++k) {
                    quint32 naive = 0;
                    for (qint64 r = 0; r < rows.size(); ++r) {
                        const QString& key =
                            by == OperationLogActivity::StackBy::User ? rows.user(r) : rows.result(r);
                        naive += rows.timeMs(r) >= std::max(start, once.bucketStart(b)) &&
                                 rows.timeMs(r) < std::min(start + kDay, once.bucketEnd(b)) &&
                                 key == once.keys().at(k);
                    }
                    QCOMPARE(once.count(b, k), naive);
                    QCOMPARE(paged.count(b, k), naive);
                }
            }
        }
    }

    void othersMerged() {
        OperationLogRows rows;
        const char* users[] = {"a", "b", "b", "c", "c", "c", "d", "d", "d", "d"};
        for (const char* u : users)
            append(rows, QStringLiteral("2026-12-01 10:05:00"), QLatin1String(u), QStringLiteral("success"));
        OperationLogActivity activity;
        activity.setStackBy(OperationLogActivity::StackBy::User);
        activity.setRange(utc("2026-12-01 10:00:00"), utc("2026-12-01 10:30:00"));
        activity.recount(rows);
        const auto series = activity.series(3);
        QCOMPARE(series.size(), 3);
        QCOMPARE(series.at(0).key, QStringLiteral("d"));
        QCOMPARE(series.at(1).key, QStringLiteral("c"));
        QCOMPARE(series.at(2).key, QString()); // a and b
        QCOMPARE(series.at(2).total, 3u);
        QCOMPARE(series.at(2).counts.at(5), 3u);
    }

    void rangeOfAQuery() {
        api::OperationLogQuery custom;
        custom.startTime = QStringLiteral("2026-12-01 10:00:00");
        custom.endTime = QStringLiteral("2026-12-01 10:59:59"); // the service includes the end second
        QCOMPARE(OperationLogActivity::rangeOf(custom, 0),
                 std::make_pair(utc("2026-12-01 10:00:00"), utc("2026-12-01 11:00:00")));
        api::OperationLogQuery preset;
        preset.timeRange = QStringLiteral("DAY");
        const qint64 now = utc("2026-12-03 04:00:00");
        QCOMPARE(OperationLogActivity::rangeOf(preset, now), std::make_pair(now - kDay, now));
    }

    void emptySpanCountsNothing() {
        OperationLogRows rows;
        append(rows, QStringLiteral("2026-12-01 10:05:00"), QStringLiteral("a"), QStringLiteral("success"));
        OperationLogActivity activity;
        activity.setRange(utc("2026-12-01 10:00:00"), utc("2026-12-01 10:00:00"));
        activity.recount(rows);
        QCOMPARE(activity.bucketCount(), 0);
        QCOMPARE(activity.total(), 0u);
        QCOMPARE(activity.outside(), 1u);
    }
};

QTEST_GUILESS_MAIN(TestOperationLogActivity)
#include "tst_operationlogactivity.moc"
