#include "sandbox/SandboxFleet.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace dbss::sandbox {

namespace {
QString tenantFieldProblem(const SandboxTenant& t) {
    static const QRegularExpression projectId(QStringLiteral("^[0-9a-fA-F]{32}$"));
    static const QRegularExpression region(QStringLiteral("^[a-z]{2}(-[a-z0-9]+)+$"));
    static const QRegularExpression ak(QStringLiteral("^[A-Za-z0-9]{1,128}$"));
    if (!ak.match(t.ak).hasMatch())
        return QStringLiteral("ak must be 1 to 128 letters and digits");
    if (t.sk.isEmpty())
        return QStringLiteral("sk must not be empty");
    if (!projectId.match(t.projectId).hasMatch())
        return QStringLiteral("project_id must be 32 hexadecimal digits");
    if (!region.match(t.region).hasMatch())
        return QStringLiteral("region must be a region code like cn-north-4");
    if (t.user.isEmpty())
        return QStringLiteral("user must not be empty");
    if (t.seed < 0 || t.seed > 10'000'000)
        return QStringLiteral("seed must be from 0 to 10000000");
    return {};
}
} // namespace

bool parseFleet(const QByteArray& json, QList<SandboxTenant>* tenants, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        !doc.object().value(QStringLiteral("tenants")).isArray()) {
        *error = QStringLiteral("a fleet file is a JSON object with a \"tenants\" array");
        return false;
    }
    QList<SandboxTenant> out;
    const QJsonArray list = doc.object().value(QStringLiteral("tenants")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        SandboxTenant t;
        t.ak = o.value(QStringLiteral("ak")).toString();
        t.sk = o.value(QStringLiteral("sk")).toString();
        t.projectId = o.value(QStringLiteral("project_id")).toString();
        t.region = o.value(QStringLiteral("region")).toString();
        t.user = o.value(QStringLiteral("user")).toString(t.user);
        const QJsonValue seed = o.value(QStringLiteral("seed"));
        t.seed = seed.isDouble() ? seed.toInt(-1) : (seed.isUndefined() ? 0 : -1);
        if (const QString problem = tenantFieldProblem(t); !problem.isEmpty()) {
            *error = QStringLiteral("tenant %1: %2").arg(i + 1).arg(problem);
            return false;
        }
        out << t;
    }
    *tenants = out;
    return true;
}

bool readFleetFile(const QString& path, QList<SandboxTenant>* tenants, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("--fleet: cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QString problem;
    if (!parseFleet(file.read(1024 * 1024), tenants, &problem)) {
        *error = QStringLiteral("--fleet %1: %2").arg(path, problem);
        return false;
    }
    return true;
}

QString fleetProblem(const SandboxOptions& options) {
    QSet<QString> projects;
    QSet<QString> akRegions;
    QHash<QString, QString> skOf;
    for (const SandboxTenant& t : options.allTenants()) {
        if (projects.contains(t.projectId))
            return QStringLiteral("project %1 belongs to two tenants").arg(t.projectId);
        projects << t.projectId;
        const QString key = t.ak + u'/' + t.region;
        if (akRegions.contains(key))
            return QStringLiteral("access key %1 has two projects in %2").arg(t.ak, t.region);
        akRegions << key;
        if (skOf.contains(t.ak) && skOf.value(t.ak) != t.sk)
            return QStringLiteral("access key %1 is given two different secret keys").arg(t.ak);
        skOf.insert(t.ak, t.sk);
    }
    return {};
}

QList<SandboxTenant> demoFleet(const SandboxOptions& main) {
    const QString opsAk = QStringLiteral("DBSSDEMOAK0000000002");
    const QString opsSk = QStringLiteral("DbssSandboxDemoSecretKey0000000000000002");
    return {
        {main.ak, main.sk, QStringLiteral("5f0c2a8e4b1d4e7a9c3f6b2d8e1a7c41"), QStringLiteral("cn-east-3"),
         main.iamUser, 0},
        {opsAk, opsSk, QStringLiteral("7a3e9d1c5b2f4a8e6d0c3b9f2e7a1d50"), QStringLiteral("cn-north-4"),
         QStringLiteral("ops"), 0},
        {opsAk, opsSk, QStringLiteral("7a3e9d1c5b2f4a8e6d0c3b9f2e7a1d51"), QStringLiteral("cn-south-1"),
         QStringLiteral("ops"), 0},
    };
}

} // namespace dbss::sandbox
