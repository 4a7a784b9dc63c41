// Profile + secrets -> ClientConfig, and the DBSS_AK / DBSS_SK / DBSS_SECURITY_TOKEN overrides.
#include "models/credentials/ClientConfigFactory.h"

#include <QTest>

using namespace dbss::credentials;
using dbss::api::AuthKind;
using dbss::api::ClientConfig;
using dbss::api::Service;

namespace {
Profile profile(AuthKind kind) {
    Profile p;
    p.name = QStringLiteral("p");
    p.authKind = kind;
    p.region = QStringLiteral("cn-east-3");
    p.projectId = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    p.endpointOverrides.insert(Service::Iam, QUrl(QStringLiteral("http://127.0.0.1:9")));
    p.pinnedCertSha256 = QByteArray(64, 'b');
    p.timeoutMs = 12000;
    p.iamUser = QStringLiteral("user");
    p.iamDomain = QStringLiteral("domain");
    return p;
}

Secrets allSecrets() {
    Secrets s;
    s.set(SecretKind::AccessKey, "AK1");
    s.set(SecretKind::SecretKey, "SK1");
    s.set(SecretKind::SecurityToken, "TOKEN1");
    s.set(SecretKind::IamPassword, "PASSWORD1");
    return s;
}

QProcessEnvironment env(std::initializer_list<std::pair<const char*, const char*>> vars) {
    QProcessEnvironment e;
    for (const auto& [k, v] : vars)
        e.insert(QString::fromLatin1(k), QString::fromLatin1(v));
    return e;
}
} // namespace

class TestProfileClientConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void akSk() {
        const ClientConfig c = makeClientConfig(profile(AuthKind::AkSk), allSecrets());
        QCOMPARE(c.authKind, AuthKind::AkSk);
        QCOMPARE(c.region, QStringLiteral("cn-east-3"));
        QCOMPARE(c.projectId, QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9"));
        QCOMPARE(c.endpointOverrides.value(Service::Iam), QUrl(QStringLiteral("http://127.0.0.1:9")));
        QCOMPARE(c.pinnedCertSha256, QByteArray(64, 'b'));
        QCOMPARE(c.timeoutMs, 12000);
        QCOMPARE(c.ak, QStringLiteral("AK1"));
        QCOMPARE(c.sk, QStringLiteral("SK1"));
        QVERIFY(c.securityToken.isEmpty()); // only the secrets the auth kind uses
        QVERIFY(c.iamPassword.isEmpty());
        QVERIFY(c.iamUser.isEmpty());
    }

    void temporaryAndIam() {
        ClientConfig t = makeClientConfig(profile(AuthKind::TemporaryAkSk), allSecrets());
        QCOMPARE(t.securityToken, QStringLiteral("TOKEN1"));
        QCOMPARE(t.sk, QStringLiteral("SK1"));
        ClientConfig i = makeClientConfig(profile(AuthKind::IamPassword), allSecrets());
        QCOMPARE(i.iamUser, QStringLiteral("user"));
        QCOMPARE(i.iamDomain, QStringLiteral("domain"));
        QCOMPARE(i.iamPassword, QStringLiteral("PASSWORD1"));
        QVERIFY(i.ak.isEmpty() && i.sk.isEmpty());
        wipeSecrets(t);
        QVERIFY(t.ak.isEmpty() && t.sk.isEmpty() && t.securityToken.isEmpty());
    }

    void resolveFromRegionLeavesProjectEmpty() {
        Profile p = profile(AuthKind::AkSk);
        p.resolveProjectId = true;
        QVERIFY(makeClientConfig(p, allSecrets()).projectId.isEmpty());
    }

    void environmentKeysOverrideProfile() {
        ClientConfig c = makeClientConfig(profile(AuthKind::IamPassword), allSecrets());
        const auto r = applyEnvironmentCredentials(c, env({{"DBSS_AK", "ENVAK"}, {"DBSS_SK", "ENVSK"}}));
        QVERIFY(r.applied);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(c.authKind, AuthKind::AkSk);
        QCOMPARE(c.ak, QStringLiteral("ENVAK"));
        QCOMPARE(c.sk, QStringLiteral("ENVSK"));
        QVERIFY(c.iamPassword.isEmpty());
        QCOMPARE(c.region, QStringLiteral("cn-east-3")); // the rest of the profile stays
    }

    void environmentTokenMakesKeysTemporary() {
        ClientConfig c = makeClientConfig(profile(AuthKind::AkSk), allSecrets());
        const auto r = applyEnvironmentCredentials(
            c, env({{"DBSS_AK", "ENVAK"}, {"DBSS_SK", "ENVSK"}, {"DBSS_SECURITY_TOKEN", "ENVTOKEN"}}));
        QVERIFY(r.applied);
        QCOMPARE(c.authKind, AuthKind::TemporaryAkSk);
        QCOMPARE(c.securityToken, QStringLiteral("ENVTOKEN"));

        ClientConfig profileKeys = makeClientConfig(profile(AuthKind::AkSk), allSecrets());
        QVERIFY(applyEnvironmentCredentials(profileKeys, env({{"DBSS_SECURITY_TOKEN", "T"}})).applied);
        QCOMPARE(profileKeys.authKind, AuthKind::TemporaryAkSk);
        QCOMPARE(profileKeys.ak, QStringLiteral("AK1"));
    }

    void environmentErrorsLeaveConfigUnchanged_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("vars");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ak only") << int(AuthKind::AkSk) << QStringList{"DBSS_AK", "X"} << "only DBSS_AK";
        QTest::newRow("sk only") << int(AuthKind::AkSk) << QStringList{"DBSS_SK", "X"} << "only DBSS_SK";
        QTest::newRow("token for iam")
            << int(AuthKind::IamPassword) << QStringList{"DBSS_SECURITY_TOKEN", "X"} << "needs an access key";
    }
    void environmentErrorsLeaveConfigUnchanged() {
        QFETCH(int, kind);
        QFETCH(QStringList, vars);
        QFETCH(QString, expected);
        QProcessEnvironment e;
        e.insert(vars.at(0), vars.at(1));
        ClientConfig c = makeClientConfig(profile(AuthKind(kind)), allSecrets());
        const ClientConfig before = c;
        const auto r = applyEnvironmentCredentials(c, e);
        QVERIFY(!r.applied);
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QCOMPARE(c.ak, before.ak);
        QCOMPARE(c.authKind, before.authKind);
    }

    void emptyEnvironmentChangesNothing() {
        ClientConfig c = makeClientConfig(profile(AuthKind::AkSk), allSecrets());
        const auto r = applyEnvironmentCredentials(c, env({{"DBSS_AK", ""}, {"DBSS_SK", ""}}));
        QVERIFY(!r.applied);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(c.ak, QStringLiteral("AK1"));
    }
};

QTEST_GUILESS_MAIN(TestProfileClientConfig)
#include "tst_profileclientconfig.moc"
