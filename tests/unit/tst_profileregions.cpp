// Profile::regions (the fleet regions of an account): validation against the endpoint table,
// storage in the profile's settings group, fleetRegions(); the fleet's credential helpers
// (fleetProfiles, fleetConfigLoader: one answer per profile, a profile without keys fails alone)
// and regionConfig.
#include "models/api/EndpointTable.h"
#include "models/credentials/MemorySecretStore.h"
#include "models/credentials/ProfileAccess.h"
#include "models/credentials/ProfileStore.h"
#include "models/fleet/FleetConfig.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace dbss;
using namespace dbss::credentials;

namespace {
Profile makeProfile(const QString& name, const QStringList& regions) {
    Profile p;
    p.name = name;
    p.projectId = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    p.regions = regions;
    return p;
}
bool hasField(const api::FieldErrors& errors, const QString& field) {
    for (const api::FieldError& e : errors)
        if (e.field == field)
            return true;
    return false;
}
} // namespace

class TestProfileRegions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validation() {
        QVERIFY(makeProfile("a", {}).fieldProblems().isEmpty());
        QVERIFY(makeProfile("a", {"cn-east-3", "cn-south-1"}).fieldProblems().isEmpty());
        const api::FieldErrors unknown = makeProfile("a", {"cn-east-3", "xx-nowhere-9"}).fieldProblems();
        QVERIFY(hasField(unknown, "regions"));
        QVERIFY(unknown.first().reason.contains("xx-nowhere-9"));
        QVERIFY(hasField(makeProfile("a", {"cn-east-3", "cn-east-3"}).fieldProblems(), "regions"));
        // A region without DBSS (eu-west-0 offers DRS only) cannot be audited.
        QVERIFY(!api::EndpointTable::region("eu-west-0")->dbss);
        QVERIFY(hasField(makeProfile("a", {"eu-west-0"}).fieldProblems(), "regions"));
    }

    void fleetRegionsStartWithTheProfilesOwn() {
        Profile p = makeProfile("a", {"cn-east-3", "cn-north-4", "cn-south-1"});
        QCOMPARE(p.fleetRegions(), (QStringList{"cn-north-4", "cn-east-3", "cn-south-1"}));
        p.regions.clear();
        QCOMPARE(p.fleetRegions(), QStringList{"cn-north-4"});
    }

    void storedInTheSettingsGroup() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("p.ini"), QSettings::IniFormat);
        const Profile p = makeProfile("Fleet A", {"cn-east-3", "cn-south-1"});
        p.writeTo(settings);
        settings.sync();
        QCOMPARE(settings.value("profiles/Fleet A/regions").toString(),
                 QStringLiteral("cn-east-3,cn-south-1"));
        QCOMPARE(Profile::readFrom(settings, "Fleet A"), std::optional<Profile>(p));
        // Rewriting without regions leaves no stale key (older profiles read unchanged).
        Profile single = p;
        single.regions.clear();
        single.writeTo(settings);
        QVERIFY(!settings.contains("profiles/Fleet A/regions"));
        QCOMPARE(Profile::readFrom(settings, "Fleet A")->regions, QStringList());
    }

    void fleetProfilesAndLoader() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("p.ini"), QSettings::IniFormat);
        MemorySecretStore keychain;
        ProfileStore store(&settings, &keychain);
        QCOMPARE(store.save(makeProfile("with-keys", {"cn-east-3"})), QStringList());
        QCOMPARE(store.save(makeProfile("no-keys", {})), QStringList());
        Secrets secrets;
        secrets.set(SecretKind::AccessKey, "AKFLEET");
        secrets.set(SecretKind::SecretKey, "SKFLEET");
        bool saved = false;
        store.saveSecrets("with-keys", secrets, SecretStorage::Keychain, this, [&](OperationResult r) {
            QVERIFY(r.ok);
            saved = true;
        });
        QTRY_VERIFY(saved);

        QStringList unknown;
        const QList<fleet::FleetProfile> fleetList =
            fleetProfiles(&store, {"with-keys", "nobody", "no-keys"}, {}, &unknown);
        QCOMPARE(unknown, QStringList{"nobody"});
        QCOMPARE(fleetList.size(), 2);
        QCOMPARE(fleetList.at(0).regions, (QStringList{"cn-north-4", "cn-east-3"}));
        QCOMPARE(fleetProfiles(&store, {"no-keys"}, {"cn-south-1"}).first().regions,
                 QStringList{"cn-south-1"});

        const fleet::FleetConfigLoader loader = fleetConfigLoader(&store, QProcessEnvironment());
        QHash<QString, fleet::FleetConfigResult> answers;
        for (const QString& name : {QStringLiteral("with-keys"), QStringLiteral("no-keys")})
            loader(name, this, [&answers, name](fleet::FleetConfigResult r) { answers.insert(name, r); });
        QVERIFY(answers.isEmpty()); // answered later, never from inside the call
        QTRY_COMPARE(answers.size(), 2);
        QVERIFY(answers["with-keys"].ok);
        QCOMPARE(answers["with-keys"].config.ak, QStringLiteral("AKFLEET"));
        QVERIFY(!answers["no-keys"].ok);
        QVERIFY(answers["no-keys"].error.contains("no-keys"));
        QVERIFY(!answers["no-keys"].error.contains("SKFLEET"));
    }

    void regionConfigDropsTheProjectOfAnotherRegion() {
        api::ClientConfig base;
        base.region = "cn-north-4";
        base.projectId = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
        QCOMPARE(fleet::regionConfig(base, "cn-north-4").projectId, base.projectId);
        const api::ClientConfig east = fleet::regionConfig(base, "cn-east-3");
        QCOMPARE(east.region, QStringLiteral("cn-east-3"));
        QVERIFY(east.projectId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileRegions)
#include "tst_profileregions.moc"
