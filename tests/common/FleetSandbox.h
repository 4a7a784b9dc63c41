#pragma once

// A dbss-sandbox run as a small fleet (--fleet FILE) for the fleet tests: the main account
// (SandboxProcess's keys) in cn-north-4 and cn-east-3, a second account in cn-north-4 and
// cn-south-1. Config helpers give each account's ClientConfig for the fleet's loaders.
#include "models/api/ClientConfig.h"
#include "models/fleet/FleetConfig.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/TestClient.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTimer>

namespace dbss::test {

struct FleetSandbox {
    static constexpr const char* kEastProject = "0a1b2c3d4e5f60718293a4b5c6d7e8fa";
    static constexpr const char* kOpsAk = "TESTOPSAK00000000002";
    static constexpr const char* kOpsSk = "TestOpsSecretKey00000000000000000000002";
    static constexpr const char* kOpsNorthProject = "1b2c3d4e5f60718293a4b5c6d7e8f9a0";
    static constexpr const char* kOpsSouthProject = "1b2c3d4e5f60718293a4b5c6d7e8f9a1";

    QTemporaryDir dir;
    std::unique_ptr<SandboxProcess> sandbox;

    // seed > 0: every tenant gets --seed-like data (max(3, seed/200) instances each).
    bool start(QString* error, int seed = 0, const QStringList& extra = {}) {
        const QString file = dir.filePath(QStringLiteral("fleet.json"));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        const QString tenant =
            QStringLiteral(R"({"ak":"%1","sk":"%2","project_id":"%3","region":"%4","user":"%5","seed":%6})");
        const QString json =
            QStringLiteral(R"({"tenants":[%1,%2,%3]})")
                .arg(tenant.arg(SandboxProcess::kAk, SandboxProcess::kSk, kEastProject, "cn-east-3", "demo")
                         .arg(seed),
                     tenant.arg(kOpsAk, kOpsSk, kOpsNorthProject, "cn-north-4", "ops").arg(seed),
                     tenant.arg(kOpsAk, kOpsSk, kOpsSouthProject, "cn-south-1", "ops").arg(seed));
        f.write(json.toUtf8());
        f.close();
        QStringList args{QStringLiteral("--fleet"), file};
        if (seed > 0)
            args << QStringLiteral("--seed") << QString::number(seed);
        sandbox = std::make_unique<SandboxProcess>(args + extra);
        return sandbox->start(error);
    }

    // The main account ("alpha") and the second one ("beta"), in cn-north-4 with its project id.
    api::ClientConfig alpha() const { return clientConfigFor(*sandbox); }
    api::ClientConfig beta() const {
        api::ClientConfig c = clientConfigFor(*sandbox);
        c.ak = QString::fromLatin1(kOpsAk);
        c.sk = QString::fromLatin1(kOpsSk);
        c.projectId = QString::fromLatin1(kOpsNorthProject);
        return c;
    }

    // A loader answering from a table (later, as the real one does); a name missing from the table
    // fails like a locked keychain.
    static fleet::FleetConfigLoader loader(QHash<QString, api::ClientConfig> configs) {
        return [configs](const QString& profile, QObject* context,
                         std::function<void(fleet::FleetConfigResult)> done) {
            QTimer::singleShot(0, context, [configs, profile, done] {
                if (!configs.contains(profile))
                    done({false, {}, QStringLiteral("The keychain is locked.")});
                else
                    done({true, configs.value(profile), {}});
            });
        };
    }
};

} // namespace dbss::test
