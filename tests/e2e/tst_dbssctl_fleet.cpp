// dbssctl fleet list against a sandbox fleet (--fleet): two profiles of the main account's two
// regions and a profile whose endpoint is unreachable. The rest is printed, the failure named on
// stderr, exit code 3; usage errors are 2. Credentials come from DBSS_AK/DBSS_SK (valid for every
// profile), so no keychain is needed; the profiles are written to dbssctl's settings file.
#include "CtlRunner.h"
#include "models/credentials/Profile.h"
#include "tests/common/FleetSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace dbss;
using namespace dbss::test;

class TestDbssctlFleet : public QObject {
    Q_OBJECT
    FleetSandbox m_fleet;
    QTemporaryDir m_config;

    QProcessEnvironment env() const {
        QProcessEnvironment e = cleanEnvironment();
        e.insert("XDG_CONFIG_HOME", m_config.path());
        e.insert("DBSS_AK", m_fleet.sandbox->ak());
        e.insert("DBSS_SK", m_fleet.sandbox->sk());
        return e;
    }
    void writeProfile(const QString& name, const QUrl& url, const QStringList& regions) {
        credentials::Profile p;
        p.name = name;
        p.projectId = m_fleet.sandbox->projectId();
        p.regions = regions;
        p.timeoutMs = 5000;
        for (api::Service s : {api::Service::Dbss, api::Service::Iam, api::Service::Drs, api::Service::Das})
            p.endpointOverrides.insert(s, url);
        QSettings settings(m_config.filePath(QStringLiteral("dbss-console/profiles.ini")),
                           QSettings::IniFormat);
        p.writeTo(settings);
    }
    QStringList instanceIds(const QString& projectId) {
        const CtlResult r = runCtl({"--endpoint", m_fleet.sandbox->url().toString(), "--project-id",
                                    projectId, "instances", "list", "--json"},
                                   {}, env());
        QStringList ids;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
            ids << v.toObject().value("id").toString();
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_config.isValid());
        QString error;
        QVERIFY2(m_fleet.start(&error), qPrintable(error));
        writeProfile("alpha", m_fleet.sandbox->url(), {"cn-north-4", "cn-east-3"});
        writeProfile("far", QUrl("http://127.0.0.1:1"), {});
    }

    void listsEveryRegionAndNamesTheFailure() {
        const CtlResult r = runCtl({"fleet", "list", "--profiles", "alpha,far", "--json"}, {}, env());
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("dbssctl: fleet: far/cn-north-4:"), r.err.constData());
        QVERIFY(!r.err.contains("alpha"));
        QHash<QString, QStringList> byRegion;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value("account").toString(), QStringLiteral("alpha"));
            QVERIFY(o.value("error").isNull());
            QVERIFY(o.value("databases_total").toInt() >= o.value("databases_audited").toInt());
            QVERIFY(o.value("risk_rules_on").toObject().contains("high"));
            byRegion[o.value("region").toString()] << o.value("instance_id").toString();
        }
        for (QStringList& ids : byRegion)
            ids.sort();
        QCOMPARE(byRegion.keys().size(), 2);
        QCOMPARE(byRegion.value("cn-north-4"), instanceIds(m_fleet.sandbox->projectId()));
        QCOMPARE(byRegion.value("cn-east-3"), instanceIds(FleetSandbox::kEastProject));
    }

    void regionsOptionAndCsv() {
        const CtlResult r =
            runCtl({"fleet", "list", "--profiles", "alpha", "--regions", "cn-east-3", "--csv"}, {}, env());
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.first().startsWith("Account,Region,Instance,Status,Specification,Databases audited"));
        QCOMPARE(lines.size() - 1, instanceIds(FleetSandbox::kEastProject).size());
        for (const QByteArray& line : lines.mid(1))
            QVERIFY(line.startsWith("alpha,cn-east-3,"));
    }

    void allProfiles() {
        const CtlResult r = runCtl({"fleet", "list", "--all-profiles", "--json"}, {}, env());
        QCOMPARE(r.exitCode, 3); // "far" is among them
        QVERIFY(!QJsonDocument::fromJson(r.out).array().isEmpty());
    }

    void usageErrors() {
        QCOMPARE(runCtl({"fleet", "list"}, {}, env()).exitCode, 2);
        QCOMPARE(runCtl({"fleet", "list", "--profiles", "alpha", "--all-profiles"}, {}, env()).exitCode, 2);
        const CtlResult unknown = runCtl({"fleet", "list", "--profiles", "alpha,nobody"}, {}, env());
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("nobody"));
        const CtlResult region =
            runCtl({"fleet", "list", "--profiles", "alpha", "--regions", "xx-nowhere-1"}, {}, env());
        QCOMPARE(region.exitCode, 2);
        QVERIFY(region.err.contains("xx-nowhere-1"));
        QVERIFY(region.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDbssctlFleet)
#include "tst_dbssctl_fleet.moc"
