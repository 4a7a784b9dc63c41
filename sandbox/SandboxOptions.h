#pragma once

#include <QList>
#include <QString>

namespace dbss::sandbox {

// One account's project in one region, with the account's keys (--fleet FILE). Several tenants may
// share an AK (one account, several regions: one project each); a request signed with an AK sees
// the projects of that AK only (403 otherwise).
struct SandboxTenant {
    QString ak;
    QString sk;
    QString projectId;
    QString region;
    QString user = QStringLiteral("demo"); // operation-log user of AK/SK calls
    int seed = 0;                          // as --seed, for this project's data
    bool operator==(const SandboxTenant&) const = default;
};

// Everything the dbss-sandbox command line (a contract: sandbox/README.md) can set.
// Defaults are the demo account the console's --sandbox mode opens.
struct SandboxOptions {
    QString ak = QStringLiteral("DBSSDEMOAK0000000001");
    QString sk = QStringLiteral("DbssSandboxDemoSecretKey0000000000000001");
    QString projectId = QStringLiteral("5f0c2a8e4b1d4e7a9c3f6b2d8e1a7c40");
    QString region = QStringLiteral("cn-north-4");
    QString iamUser = QStringLiteral("demo");
    QString iamPassword = QStringLiteral("Demo@12345");
    QString iamDomain = QStringLiteral("demo-account");
    QString stateFile;   // empty: in memory only
    int seed = 0;        // 0: small hand-written demo data; N: N operation-log rows and proportionate data
    int latencyMs = 0;   // added to every response
    double failRate = 0; // probability of answering failStatus instead of handling
    int failStatus = 503;
    double resetRate = 0;     // probability of dropping the connection without an answer
    double lostWriteRate = 0; // probability that a mutation is applied but its response is dropped
    quint32 faultSeed = 1;    // makes fault injection deterministic
    bool tls = false;
    int requestTimeoutMs =
        30'000; // --idle-timeout: a complete request within this of connecting / the last answer
    QList<SandboxTenant> tenants; // --fleet FILE: accounts and regions besides the main one

    // The main account (ak, sk, projectId, region, iamUser, seed) first, then `tenants`.
    QList<SandboxTenant> allTenants() const {
        QList<SandboxTenant> all{{ak, sk, projectId, region, iamUser, seed}};
        return all + tenants;
    }
};

} // namespace dbss::sandbox
