#pragma once

#include "tests/common/SandboxAsserts.h"
#include "tests/common/SandboxProcess.h"
#include "tests/common/SandboxTestClient.h"

#include <QJsonArray>

#include <memory>

namespace dbss::test {

// A running dbss-sandbox plus a signing client and the paths tests need again and again.
class SandboxFixture {
public:
    explicit SandboxFixture(QStringList args = {})
        : process(std::move(args)) {}

    bool start(QString* error) {
        if (!process.start(error))
            return false;
        client = std::make_unique<SandboxTestClient>(process.url(), process.ak(), process.sk());
        return true;
    }

    QString project() const { return process.projectId(); }
    // "/v1/<project>" + rest, and the same for other versions.
    QString v1(const QString& rest) const { return QStringLiteral("/v1/") + project() + rest; }
    QString v2(const QString& rest) const { return QStringLiteral("/v2/") + project() + rest; }

    QJsonArray instances() {
        return client->get(v1(QStringLiteral("/dbss/audit/instances")))
            .json()
            .value(QStringLiteral("servers"))
            .toArray();
    }
    // The first instance with this status (demo data has ACTIVE, SHUTOFF, BUILD, ERROR).
    QJsonObject instance(const QString& status = QStringLiteral("ACTIVE")) {
        for (const QJsonValue& v : instances()) {
            if (v.toObject().value(QStringLiteral("status")).toString() == status)
                return v.toObject();
        }
        return {};
    }
    QString instanceId(const QString& status = QStringLiteral("ACTIVE")) {
        return instance(status).value(QStringLiteral("id")).toString();
    }
    QJsonArray databases(const QString& instanceId) {
        return client->get(v1(QStringLiteral("/%1/dbss/audit/databases").arg(instanceId)))
            .json()
            .value(QStringLiteral("databases"))
            .toArray();
    }
    // Newest first; size 1000 covers the demo and small seeds.
    QJsonArray operateLog(const QString& instanceId, const QJsonObject& filter = {}) {
        QJsonObject body = filter;
        if (!body.contains(QStringLiteral("size")))
            body.insert(QStringLiteral("size"), 1000);
        return client->postJson(v1(QStringLiteral("/%1/dbss/audit/operate-log").arg(instanceId)), body)
            .json()
            .value(QStringLiteral("operate_log"))
            .toArray();
    }

    SandboxProcess process;
    std::unique_ptr<SandboxTestClient> client;
};

} // namespace dbss::test
