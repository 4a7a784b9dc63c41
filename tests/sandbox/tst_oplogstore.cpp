// OperationLogStore (issue 11): time order, windows, filters and paging against a plain scan of
// the same rows, and its state-file form.
#include "sandbox/store/OperationLogStore.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using dbss::sandbox::OperationLogEntry;
using dbss::sandbox::OperationLogStore;

namespace {

const char* const kUsers[] = {"admin", "dba-ops", "auditor"};
const char* const kActions[] = {"Create", "Update", "UPDATE", "Delete", "DOWNLOAD"};

// The expected page by brute force: rows newest first (reverse insertion among equal times).
QStringList expectedIds(const std::vector<OperationLogEntry>& rows, const OperationLogStore::Query& q,
                        qint64* total) {
    std::vector<OperationLogEntry> sorted = rows;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const OperationLogEntry& a, const OperationLogEntry& b) { return a.time < b.time; });
    QStringList ids;
    *total = 0;
    for (auto it = sorted.crbegin(); it != sorted.crend(); ++it) {
        if (it->time < q.from || it->time > q.to || (!q.user.isEmpty() && it->user != q.user) ||
            (!q.action.isEmpty() && it->action.compare(q.action, Qt::CaseInsensitive) != 0) ||
            (!q.result.isEmpty() && it->result != q.result))
            continue;
        if (*total >= q.offset && ids.size() < q.limit)
            ids << it->id;
        ++*total;
    }
    return ids;
}

QStringList idsOf(const QJsonArray& rows) {
    QStringList ids;
    for (const QJsonValue& v : rows)
        ids << v.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

} // namespace

class TestOperationLogStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void timeText() {
        qint64 s = 0;
        QVERIFY(OperationLogStore::parseTime(u"2021-04-22 06:40:52", &s));
        QCOMPARE(s, QDateTime(QDate(2021, 4, 22), QTime(6, 40, 52), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(OperationLogStore::formatTime(s), QStringLiteral("2021-04-22 06:40:52"));
        QVERIFY(OperationLogStore::parseTime(u"2024-02-29 23:59:59", &s));
        QCOMPARE(OperationLogStore::formatTime(s), QStringLiteral("2024-02-29 23:59:59"));
        QCOMPARE(OperationLogStore::formatTime(0), QStringLiteral("1970-01-01 00:00:00"));
        for (const char16_t* bad :
             {u"2023-02-29 00:00:00", u"2021-13-01 00:00:00", u"2021-04-22T06:40:52", u"2021-04-22 24:00:00",
              u"2021-4-22 06:40:52", u"", u"2021-04-22 06:40:5x"})
            QVERIFY2(!OperationLogStore::parseTime(bad, &s), qPrintable(QString::fromUtf16(bad)));
    }

    // Random rows, some appended out of time order; every query agrees with a plain scan.
    void queriesMatchAScan() {
        QRandomGenerator rng(42);
        std::vector<OperationLogEntry> rows;
        OperationLogStore store;
        for (int i = 0; i < 3000; ++i) {
            OperationLogEntry e{QStringLiteral("id%1").arg(i),
                                QLatin1String(kUsers[rng.bounded(3)]),
                                1'700'000'000 + i * 10 - (i % 97 == 0 ? 5000 : 0) + qint64(rng.bounded(3)),
                                QStringLiteral("Database list"),
                                QLatin1String(kActions[rng.bounded(5)]),
                                QStringLiteral("db"),
                                QStringLiteral("d"),
                                rng.bounded(10) == 0 ? QStringLiteral("fail") : QStringLiteral("success")};
            rows.push_back(e);
            store.append(e);
        }
        QCOMPARE(store.size(), qsizetype(rows.size()));
        for (int n = 0; n < 300; ++n) {
            OperationLogStore::Query q;
            if (n % 2) {
                q.from = 1'700'000'000 + qint64(rng.bounded(30000));
                q.to = q.from + qint64(rng.bounded(15000));
            }
            if (n % 3 == 0)
                q.user = QLatin1String(kUsers[rng.bounded(3)]);
            if (n % 5 < 2)
                q.action = n % 2 ? QStringLiteral("update") : QLatin1String(kActions[rng.bounded(5)]);
            if (n % 7 == 0)
                q.result = QStringLiteral("fail");
            q.offset = qsizetype(rng.bounded(200));
            q.limit = 1 + qsizetype(rng.bounded(150));
            qint64 total = 0;
            const QStringList expected = expectedIds(rows, q, &total);
            const OperationLogStore::Page page = store.query(q);
            QCOMPARE(page.total, total);
            QCOMPARE(idsOf(store.rowsJson(page)), expected);
        }
        // Unknown filter values and an empty window match nothing.
        OperationLogStore::Query none;
        none.user = QStringLiteral("nobody");
        QCOMPARE(store.query(none).total, 0);
        none.user.clear();
        none.from = 10;
        none.to = 5;
        QCOMPARE(store.query(none).total, 0);
    }

    // The page text written from the cached strings is what QJsonDocument writes, escapes included.
    void pageTextIsQJsonDocuments() {
        OperationLogStore store;
        const QStringList texts{QStringLiteral("plain"),
                                QStringLiteral("quote \" and \\ slash"),
                                QStringLiteral("tab\tnew\nline\u0001"),
                                QStringLiteral("审计 ü €"),
                                QStringLiteral("del\u007f"),
                                QString()};
        for (int i = 0; i < 40; ++i) {
            const QString& t = texts[i % texts.size()];
            store.append({i % 3 ? QStringLiteral("id%1").arg(i) : t + QString::number(i), t,
                          1'700'000'000 + i * 3600 * 24 * 40, t, t, t, t, t});
        }
        store.append({QStringLiteral("old"), QStringLiteral("u"), -86400 * 400, {}, {}, {}, {}, {}});
        OperationLogStore::Query q;
        q.limit = 1000;
        const OperationLogStore::Page page = store.query(q);
        QCOMPARE(page.rows.size(), size_t(41));
        QByteArray text;
        store.writeRowsJson(page, &text);
        QCOMPARE(text, QJsonDocument(store.rowsJson(page)).toJson(QJsonDocument::Compact));
        QByteArray empty;
        store.writeRowsJson({}, &empty);
        QCOMPARE(empty, QByteArray("[]"));
    }

    void stateFileForm() {
        OperationLogStore store;
        store.append({QStringLiteral("b"), QStringLiteral("u"), 200, QStringLiteral("f"),
                      QStringLiteral("Update"), QStringLiteral("n"), QStringLiteral("d"),
                      QStringLiteral("success")});
        store.append({QStringLiteral("a"), QStringLiteral("u"), 100, QStringLiteral("f"),
                      QStringLiteral("Create"), QStringLiteral("n"), QStringLiteral("d"),
                      QStringLiteral("fail")});
        const QJsonArray json = store.toJson();
        QCOMPARE(json.size(), 2);
        QCOMPARE(json.at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("a")); // oldest first
        QCOMPARE(json.at(0).toObject().keys(),
                 (QStringList{"action", "description", "function", "id", "name", "result", "time", "user"}));
        QCOMPARE(json.at(1).toObject().value(QStringLiteral("time")).toString(),
                 QStringLiteral("1970-01-01 00:03:20"));
        // Rows out of order in a file are put in order; an unreadable time becomes the epoch.
        QJsonArray reversed{json.at(1), json.at(0)};
        QJsonObject broken = json.at(0).toObject();
        broken.insert(QStringLiteral("id"), QStringLiteral("c"));
        broken.insert(QStringLiteral("time"), QStringLiteral("yesterday"));
        reversed.append(broken);
        const OperationLogStore back = OperationLogStore::fromJson(reversed);
        QCOMPARE(idsOf(back.toJson()), (QStringList{"c", "a", "b"}));
        QCOMPARE(back.toJson().at(1), json.at(0));
    }
};

QTEST_MAIN(TestOperationLogStore)
#include "tst_oplogstore.moc"
