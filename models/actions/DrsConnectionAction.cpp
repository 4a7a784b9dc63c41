#include "models/actions/DrsConnectionAction.h"

#include "models/api/FormEnums.h"
#include "models/api/ParseReply.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dbss::models {

namespace {

// 002 accepts "IP addresses or domain names": a DNS name of letters, digits, dots and hyphens.
bool isHostName(const QString& h) {
    static const QRegularExpression numeric(QStringLiteral(R"(^[0-9.]+$)"));
    if (numeric.match(h).hasMatch())
        return false; // digits and dots only: an IP address or nothing (isIp decides)
    static const QRegularExpression host(QStringLiteral(
        R"(^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$)"));
    return host.match(h).hasMatch();
}

// MongoDB/DDS addresses: "host:port,host:port" (002: at most three for MongoDB).
bool isHostPortList(const QString& text, int maxItems) {
    const QStringList items = api::splitList(text);
    if (items.isEmpty() || items.size() > maxItems)
        return false;
    for (const QString& item : items) {
        const qsizetype colon = item.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0 || !api::isPort(item.mid(colon + 1)))
            return false;
        QString h = item.left(colon);
        if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
            h = h.mid(1, h.size() - 2);
        if (!api::isIp(h) && !isHostName(h))
            return false;
    }
    return true;
}
// The scenario names the engine (mysql, ecs_mysql, cloud_mysql): a known scenario of another engine
// is a mistake; a scenario the console does not know is left to the service.
bool scenarioFits(const QString& endpointName, const QString& dbType) {
    if (endpointName == dbType || endpointName.endsWith(QLatin1Char('_') + dbType))
        return true;
    return !api::enums::drsEndpointNames().contains(endpointName);
}
} // namespace

DrsConnectionAction::DrsConnectionAction(api::ApiClient* client, QObject* parent)
    : SubmitAction(client, parent) {}

QStringList DrsConnectionAction::fields() {
    return {QStringLiteral("name"),
            QStringLiteral("db_type"),
            QStringLiteral("description"),
            QStringLiteral("endpoint_name"),
            QStringLiteral("ip"),
            QStringLiteral("db_port"),
            QStringLiteral("db_user"),
            QStringLiteral("db_password"),
            QStringLiteral("instance_id"),
            QStringLiteral("instance_name"),
            QStringLiteral("db_name"),
            QStringLiteral("vpc_id"),
            QStringLiteral("subnet_id"),
            QStringLiteral("security_group_id"),
            QStringLiteral("region"),
            QStringLiteral("project_id"),
            QStringLiteral("az_code"),
            QStringLiteral("enterprise_project_id"),
            QStringLiteral("id"),
            QStringLiteral("source_sharding"),
            QStringLiteral("ssl_cert_name"),
            QStringLiteral("ssl_cert_key"),
            QStringLiteral("ssl_cert_check_sum"),
            QStringLiteral("ssl_cert_password"),
            QStringLiteral("driver_name")};
}

api::FieldErrors DrsConnectionAction::validate(const api::DrsConnectionRequest& r) {
    api::FieldChecker check;
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (check.require(QStringLiteral("name"), r.name, 4, 50) && !namePattern.match(r.name).hasMatch())
        check.add(QStringLiteral("name"), tr("Only letters, digits, hyphens (-) and underscores (_)."));
    check.oneOf(QStringLiteral("db_type"), r.dbType, api::enums::drsDbTypes());
    check.length(QStringLiteral("description"), r.description, 255);
    if (check.require(QStringLiteral("endpoint_name"), r.endpointName) &&
        !scenarioFits(r.endpointName, r.dbType))
        check.add(QStringLiteral("endpoint_name"),
                  tr("Scenario %1 is not for %2 databases; choose %2, ecs_%2 or cloud_%2.")
                      .arg(r.endpointName, r.dbType));
    if (r.ip.isEmpty()) {
        if (r.instanceId.isEmpty())
            check.add(QStringLiteral("ip"),
                      tr("Enter the database address, or the id of a cloud DB instance."));
    } else if (r.dbType == QLatin1String("mongodb")) {
        if (!isHostPortList(r.ip, 3))
            check.add(QStringLiteral("ip"),
                      tr("MongoDB addresses are host:port, at most three, separated by commas."));
    } else if (!api::isIp(r.ip) && !isHostName(r.ip)) {
        check.add(QStringLiteral("ip"), tr("Enter an IP address or a host name."));
    }
    for (const QString& shard : r.sourceShards)
        if (!isHostPortList(shard, 1)) {
            check.add(
                QStringLiteral("source_sharding"),
                tr("%1: each shard is host:port (an IP address or host name, port 1-65535).").arg(shard));
            break;
        }
    if (r.sslLink) {
        // 002: the checksum is mandatory for a secure connection; a .p12 certificate needs its password.
        check.require(QStringLiteral("ssl_cert_check_sum"), r.sslCertCheckSum);
        if (r.sslCertName.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive))
            check.require(QStringLiteral("ssl_cert_password"), r.sslCertPassword);
        static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/\\s]*={0,2}\\s*$"));
        if (!r.sslCertKey.isEmpty() && !base64.match(r.sslCertKey).hasMatch())
            check.add(QStringLiteral("ssl_cert_key"), tr("The certificate content must be Base64."));
    }
    check.length(QStringLiteral("driver_name"), r.driverName, 255);
    check.port(QStringLiteral("db_port"), r.dbPort, false);
    check.require(QStringLiteral("db_user"), r.dbUser);
    check.require(QStringLiteral("db_password"), r.dbPassword);
    // vpc: vpc_id and subnet_id are mandatory inside it; a security group needs the VPC.
    if (!r.vpcId.isEmpty() || !r.subnetId.isEmpty() || !r.securityGroupId.isEmpty()) {
        check.require(QStringLiteral("vpc_id"), r.vpcId);
        check.require(QStringLiteral("subnet_id"), r.subnetId);
    }
    // cloud: region and project_id are mandatory inside it.
    if (!r.region.isEmpty() || !r.projectId.isEmpty() || !r.azCode.isEmpty()) {
        check.require(QStringLiteral("region"), r.region);
        check.require(QStringLiteral("project_id"), r.projectId);
    }
    return check.errors();
}

bool DrsConnectionAction::submit(const api::DrsConnectionRequest& request) {
    return submitChecked(validate(request), api::createDrsConnection(request), fields(),
                         [this](const api::ApiReply& reply) {
                             api::ApiError error;
                             api::parseReply(reply, &m_result, &error);
                             return error;
                         });
}

void DrsConnectionAction::emitSucceeded() {
    Q_EMIT succeeded(m_result);
}

} // namespace dbss::models
