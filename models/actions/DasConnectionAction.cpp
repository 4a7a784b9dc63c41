#include "models/actions/DasConnectionAction.h"

#include "models/api/FormEnums.h"
#include "models/api/ParseReply.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dbss::models {

namespace {

const QRegularExpression& idPattern() {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]+$"));
    return re;
}
} // namespace

DasConnectionAction::DasConnectionAction(api::ApiClient* client, QObject* parent)
    : SubmitAction(client, parent) {}

QStringList DasConnectionAction::fields() {
    return {QStringLiteral("instance_id"), QStringLiteral("engine_type"), QStringLiteral("network_type"),
            QStringLiteral("username"),    QStringLiteral("password"),    QStringLiteral("node_ids"),
            QStringLiteral("remarks"),     QStringLiteral("port"),        QStringLiteral("database_name")};
}

api::FieldErrors DasConnectionAction::validate(const api::DasConnectionRequest& r) {
    api::FieldChecker check;
    // 003 says "32 characters, letters and digits", but its own example id has 36: only the
    // character set is checked.
    if (check.require(QStringLiteral("instance_id"), r.instanceId) &&
        !idPattern().match(r.instanceId).hasMatch())
        check.add(QStringLiteral("instance_id"), tr("Only letters and digits."));
    check.oneOf(QStringLiteral("engine_type"), r.engineType, api::enums::dasEngineTypes());
    check.oneOf(QStringLiteral("network_type"), r.networkType, api::enums::dasNetworkTypes());
    check.require(QStringLiteral("username"), r.username);
    check.require(QStringLiteral("password"), r.password);
    for (const QString& node : r.nodeIds) {
        if (node.size() != 32 || !idPattern().match(node).hasMatch())
            check.add(QStringLiteral("node_ids"), tr("A node id is 32 letters or digits: %1").arg(node));
    }
    if (r.port < 0 || r.port > 65535)
        check.add(QStringLiteral("port"), tr("A port is a number from 1 to 65535."));
    return check.errors();
}

bool DasConnectionAction::submit(const api::DasConnectionRequest& request) {
    return submitChecked(validate(request), api::createDasConnection(request), fields(),
                         [this](const api::ApiReply& reply) {
                             api::ApiError error;
                             api::parseReply(reply, &m_result, &error);
                             return error;
                         });
}

void DasConnectionAction::emitSucceeded() {
    Q_EMIT succeeded(m_result);
}

} // namespace dbss::models
