// The --state journal in-process: every field toJson persists is noticed by the change check (so a
// new field cannot be silently left out of the journal), a journal replays to the same state as a
// snapshot, and an undo restores exactly what was saved.
#include "sandbox/store/DemoData.h"
#include "sandbox/store/StateDelta.h"
#include "sandbox/store/Store.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace dbss::sandbox;

namespace {

// A different value of the same JSON type.
QJsonValue changed(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Object: {
        QJsonObject o = v.toObject();
        o.insert(QStringLiteral("__changed"), true);
        return o;
    }
    case QJsonValue::Array: {
        QJsonArray a = v.toArray();
        a.append(QJsonObject{{QStringLiteral("__changed"), true}});
        return a;
    }
    case QJsonValue::String:
        return v.toString() + QStringLiteral("-changed");
    case QJsonValue::Double:
        return v.toInteger() + 1;
    case QJsonValue::Bool:
        return !v.toBool();
    default:
        return QStringLiteral("changed");
    }
}

QByteArray dump(const QMap<QString, ProjectData>& projects) {
    QJsonArray all;
    for (const ProjectData& p : projects)
        all.append(p.toJson());
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

} // namespace

class TestStateDelta : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyInstanceFieldIsCompared() {
        ProjectData p =
            demoProject(QStringLiteral("p1"), QStringLiteral("cn-north-4"), QStringLiteral("demo"));
        const InstanceRecord& original = p.instances.front();
        const QJsonObject json = original.toJson();
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (it.key() == QLatin1String("operate_log"))
                continue;
            QJsonObject edited = json;
            edited.insert(it.key(), changed(it.value()));
            const InstanceRecord other = InstanceRecord::fromJson(edited);
            QVERIFY2(!StateDelta::sameCore(original, other),
                     qPrintable(QStringLiteral("StateDelta::sameCore misses field %1").arg(it.key())));
        }
        QVERIFY(StateDelta::sameCore(original, InstanceRecord::fromJson(json)));
    }

    void everyProjectFieldIsCompared() {
        const ProjectData p =
            demoProject(QStringLiteral("p1"), QStringLiteral("cn-north-4"), QStringLiteral("demo"));
        const QJsonObject json = p.toJson();
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (it.key() == QLatin1String("instances"))
                continue;
            QJsonObject edited = json;
            edited.insert(it.key(), changed(it.value()));
            QVERIFY2(!StateDelta::sameMeta(p, ProjectData::fromJson(edited)),
                     qPrintable(QStringLiteral("StateDelta::sameMeta misses field %1").arg(it.key())));
        }
    }

    void journalReplaysToTheSameState() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.json"));
        Store store(file);
        bool loaded = false;
        QString error;
        QVERIFY(store.load(&loaded, &error));
        store.setProject(
            demoProject(QStringLiteral("p1"), QStringLiteral("cn-north-4"), QStringLiteral("demo")));
        QVERIFY2(store.compact(&error), qPrintable(error));

        ProjectData& p = store.project(QStringLiteral("p1"));
        // A log row, a changed bean, a tag, a quota, a new instance, a reordering: one save each.
        Store::log(p, p.instances.front(), QStringLiteral("u"), QStringLiteral("f"), QStringLiteral("a"),
                   QStringLiteral("n"), QStringLiteral("d"));
        QVERIFY(store.save(&error));
        p.instances.back().bean.insert(QStringLiteral("status"), QStringLiteral("SHUTOFF"));
        p.tags[QStringLiteral("r1")].push_back({{QStringLiteral("key"), QStringLiteral("k")}});
        p.auditQuota -= 1;
        QVERIFY(store.save(&error));
        InstanceRecord extra = p.instances.front();
        extra.bean.insert(QStringLiteral("id"), QStringLiteral("extra-instance"));
        p.instances.insert(p.instances.begin(), extra);
        QVERIFY(store.save(&error));
        std::swap(p.instances.front(), p.instances.back());
        QVERIFY(store.save(&error));
        QVERIFY(QFile::exists(file + QStringLiteral(".journal")));

        Store reloaded(file);
        QVERIFY2(reloaded.load(&loaded, &error), qPrintable(error));
        QMap<QString, ProjectData> a{{QStringLiteral("p1"), store.project(QStringLiteral("p1"))}};
        QMap<QString, ProjectData> b{{QStringLiteral("p1"), reloaded.project(QStringLiteral("p1"))}};
        QCOMPARE(dump(b), dump(a));
    }

    void undoRestoresWhatWasSaved() {
        QMap<QString, ProjectData> live{
            {QStringLiteral("p1"),
             demoProject(QStringLiteral("p1"), QStringLiteral("cn-north-4"), QStringLiteral("demo"))}};
        StateDelta saved;
        saved.reset(live);
        const QByteArray before = dump(live);
        ProjectData& p = live[QStringLiteral("p1")];
        Store::log(p, p.instances.front(), QStringLiteral("u"), QStringLiteral("f"), QStringLiteral("a"),
                   QStringLiteral("n"), QStringLiteral("d"));
        p.instances.front().databases.clear();
        p.nextSequence += 5;
        p.instances.push_back(p.instances.front());
        live.insert(QStringLiteral("p2"), ProjectData());
        QVERIFY(!saved.diff(live).isEmpty());
        saved.rollback(live);
        QCOMPARE(dump(live), before);
        QVERIFY(saved.diff(live).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStateDelta)
#include "tst_statedelta.moc"
