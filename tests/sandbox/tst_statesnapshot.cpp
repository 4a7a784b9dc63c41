// The state file's format (StateSnapshot, version 2: JSON lines, operation logs as string table +
// row lines): a round trip keeps every row and field, escapes included; version 1 files still load;
// damaged files are refused with the line and the reason.
#include "sandbox/store/OperationLogLines.h"
#include "sandbox/store/StateSnapshot.h"

#include <QJsonDocument>
#include <QTest>

using namespace dbss::sandbox;

namespace {

QMap<QString, ProjectData> sample() {
    ProjectData p;
    p.projectId = QStringLiteral("p1");
    p.auditQuota = 3;
    for (int i = 0; i < 3; ++i) {
        InstanceRecord r;
        r.bean = QJsonObject{{QStringLiteral("id"), QStringLiteral("inst-%1").arg(i)}};
        r.databases.push_back(QJsonObject{{QStringLiteral("name"), QStringLiteral("db%1").arg(i)}});
        p.instances.push_back(std::move(r));
    }
    const QStringList texts{QStringLiteral("plain"), QStringLiteral("quote \" and \\ slash"),
                            QStringLiteral("tab\tnew\nline"), QStringLiteral("审计 ü"), QString()};
    for (int i = 0; i < 50; ++i) { // instance 1 keeps no log; some times out of order
        const QString& t = texts[i % texts.size()];
        p.instances[i % 3 == 1 ? 0 : 2].operateLog.append(
            {i % 4 ? QStringLiteral("id%1").arg(i) : t + QString::number(i), t,
             1'700'000'000 + (i % 7 == 0 ? -i : i) * 60, QStringLiteral("f"), t, t, t,
             QStringLiteral("success")});
    }
    p.instances[0].operateLog.append({QStringLiteral("before-1970"), QStringLiteral("u"), -400 * 86400 - 1,
                                      QStringLiteral("f"), QStringLiteral("a"), QStringLiteral("n"),
                                      QStringLiteral("d"), QStringLiteral("fail")});
    QMap<QString, ProjectData> projects;
    projects.insert(p.projectId, std::move(p));
    return projects;
}

QJsonObject everything(const QMap<QString, ProjectData>& projects) {
    QJsonObject o;
    for (const ProjectData& p : projects)
        o.insert(p.projectId, p.toJson()); // includes each instance's log as OperateLogInfo objects
    return o;
}

QString refusal(const QByteArray& data) {
    QMap<QString, ProjectData> projects;
    qint64 sequence = 0;
    bool current = false;
    QString reason;
    if (StateSnapshot::read(data, &projects, &sequence, &current, &reason))
        return {};
    return reason.isEmpty() ? QStringLiteral("(no reason)") : reason;
}

const QByteArray kHeader = R"({"format":"dbss-sandbox-state","journal_sequence":4,"version":2})"
                           "\n"
                           R"({"project":{"project_id":"p","instances":[{"bean":{"id":"i"}}]}})"
                           "\n";
const QByteArray kLog =
    R"({"operate_log":{"project":"p","index":0,"instance":"i","rows":2,"strings":["a","b"]}})"
    "\n";

} // namespace

class TestStateSnapshot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip() {
        QMap<QString, ProjectData> projects = sample();
        const QJsonObject before = everything(projects);
        const QByteArray data = StateSnapshot::write(projects, 17);
        QCOMPARE(everything(projects), before); // the logs were moved back
        QVERIFY(data.startsWith(R"({"format":"dbss-sandbox-state","journal_sequence":17,"version":2})"
                                "\n"));
        QMap<QString, ProjectData> back;
        qint64 sequence = 0;
        bool current = false;
        QString reason;
        QVERIFY2(StateSnapshot::read(data, &back, &sequence, &current, &reason), qPrintable(reason));
        QCOMPARE(sequence, 17);
        QVERIFY(current);
        QCOMPARE(everything(back), before);
        QCOMPARE(back[QStringLiteral("p1")].instances[2].operateLog.size(), qsizetype(33));
        // Queries work on the loaded log (row lists rebuilt).
        OperationLogStore::Query q;
        q.action = QStringLiteral("PLAIN");
        q.limit = 100;
        QCOMPARE(back[QStringLiteral("p1")].instances[2].operateLog.query(q).total,
                 projects[QStringLiteral("p1")].instances[2].operateLog.query(q).total);
    }

    // Version 1: one document with the logs as arrays of objects.
    void version1StillLoads() {
        const QMap<QString, ProjectData> projects = sample();
        QJsonArray list;
        for (const ProjectData& p : projects)
            list.append(p.toJson());
        const QByteArray v1 =
            QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("dbss-sandbox-state")},
                                      {QStringLiteral("version"), 1},
                                      {QStringLiteral("journal_sequence"), 5},
                                      {QStringLiteral("projects"), list}})
                .toJson(QJsonDocument::Indented);
        QMap<QString, ProjectData> back;
        qint64 sequence = 0;
        bool current = true;
        QString reason;
        QVERIFY2(StateSnapshot::read(v1, &back, &sequence, &current, &reason), qPrintable(reason));
        QVERIFY(!current); // to be rewritten as version 2
        QCOMPARE(sequence, 5);
        QCOMPARE(everything(back), everything(projects));
    }

    void damageRefused_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("reason");
        QTest::newRow("rows missing") << kHeader + kLog + "[1,\"x\",0,0,0,1,1,1]\n"
                                      << "line 4: the file ends after 1 of 2 operate_log rows";
        QTest::newRow("index past table") << kHeader + kLog + "[1,\"x\",0,0,0,1,1,2]\n[2,\"y\",0,0,0,0,0,0]\n"
                                          << "line 4: string index 2 is past the string table (2 strings)";
        QTest::newRow("not a row") << kHeader + kLog + "[1,\"x\",0,0,0,1,1]\n[2,\"y\",0,0,0,0,0,0]\n"
                                   << "line 4: not a row [time, \"id\", user, function, action, name, "
                                      "description, result]";
        QTest::newRow("unknown instance") << kHeader + QByteArray(kLog).replace("\"i\"", "\"j\"")
                                          << "line 3: operate_log of an instance not "
                                             "listed before it (project, index, instance)";
        QTest::newRow("unknown record") << kHeader + "{\"hello\":1}\n"
                                        << "line 3: neither a project nor an operate_log record";
        QTest::newRow("newer version") << QByteArray(R"({"format":"dbss-sandbox-state","version":3})"
                                                     "\n")
                                       << "version 3 of the format; this sandbox reads versions 1 and 2";
    }

    void damageRefused() {
        QFETCH(QByteArray, data);
        QFETCH(QString, reason);
        QCOMPARE(refusal(data), reason);
    }

    void escapedLinesReadToo() {
        // A hand-edited line with escapes and spaces goes through the slow path.
        const QByteArray data = kHeader + kLog + "[1, \"x\\u0041\", 0,0,0,1,1,1]\n[2,\"y\",0,0,0,0,0,0]  \n";
        QMap<QString, ProjectData> back;
        qint64 sequence = 0;
        bool current = false;
        QString reason;
        QVERIFY2(StateSnapshot::read(data, &back, &sequence, &current, &reason), qPrintable(reason));
        const OperationLogStore& log = back[QStringLiteral("p")].instances[0].operateLog;
        QCOMPARE(log.size(), qsizetype(2));
        QCOMPARE(log.row(0).value(QStringLiteral("id")).toString(), QStringLiteral("xA"));
        QCOMPARE(log.row(0).value(QStringLiteral("name")).toString(), QStringLiteral("b"));
        QCOMPARE(log.row(1).value(QStringLiteral("user")).toString(), QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TestStateSnapshot)
#include "tst_statesnapshot.moc"
