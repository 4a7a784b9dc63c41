#include "models/DrsConnectionAction.h"

#include "models/api/FormEnums.h"
#include "models/api/ParseReply.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dbss::models {

namespace {

// MongoDB/DDS addresses: "host:port,host:port" (002: at most three for MongoDB).
bool isHostPortList(const QString& text, int maxItems) {
    static const QRegularExpression host(QStringLiteral(R"(^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$)"));
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
        if (!api::isIp(h) && !host.match(h).hasMatch())
            return false;
    }
    return true;
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
            QStringLiteral("enterprise_project_id")};
}

api::FieldErrors DrsConnectionAction::validate(const api::DrsConnectionRequest& r) {
    api::FieldChecker check;
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (check.require(QStringLiteral("name"), r.name, 4, 50) && !namePattern.match(r.name).hasMatch())
        check.add(QStringLiteral("name"), tr("Only letters, digits, hyphens (-) and underscores (_)."));
    check.oneOf(QStringLiteral("db_type"), r.dbType, api::enums::drsDbTypes());
    check.length(QStringLiteral("description"), r.description, 255);
    check.require(QStringLiteral("endpoint_name"), r.endpointName);
    if (r.ip.isEmpty()) {
        if (r.instanceId.isEmpty())
            check.add(QStringLiteral("ip"),
                      tr("Enter the database address, or the id of a cloud DB instance."));
    } else if (r.dbType == QLatin1String("mongodb")) {
        if (!isHostPortList(r.ip, 3))
            check.add(QStringLiteral("ip"),
                      tr("MongoDB addresses are host:port, at most three, separated by commas."));
    } else {
        check.ip(QStringLiteral("ip"), r.ip, false);
    }
    check.port(QStringLiteral("db_port"), r.dbPort, false);
    check.require(QStringLiteral("db_user"), r.dbUser);
    check.require(QStringLiteral("db_password"), r.dbPassword);
    // vpc: vpc_id and subnet_id are mandatory inside it; a security group needs the VPC.
    if (!r.vpcId.isEmpty() || !r.subnetId.isEmpty() || !r.securityGroupId.isEmpty()) {
        check.require(QStringLiteral("vpc_id"), r.vpcId);
        check.require(QStringLiteral("subnet_id"), r.subnetId);
    }
    // cloud: region and project_id are mandatory inside it.
    if (!r.region.isEmpty() || !r.projectId.isEmpty()) {
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
