#pragma once

#include <QString>

namespace dbss::sandbox {

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
};

} // namespace dbss::sandbox
