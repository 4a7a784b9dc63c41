#include "models/actions/AddDatabaseAction.h"

#include "models/api/FormEnums.h"
#include "models/api/ParseReply.h"

namespace dbss::models {

AddDatabaseAction::AddDatabaseAction(api::ApiClient* client, QObject* parent)
    : SubmitAction(client, parent) {}

QStringList AddDatabaseAction::fields() {
    return {QStringLiteral("instance_id"), QStringLiteral("db_classification"),
            QStringLiteral("name"),        QStringLiteral("type"),
            QStringLiteral("version"),     QStringLiteral("charset"),
            QStringLiteral("ip"),          QStringLiteral("port"),
            QStringLiteral("os"),          QStringLiteral("instance_name")};
}

api::FieldErrors AddDatabaseAction::validate(const QString& instanceId, const api::NewDatabase& db) {
    api::FieldChecker check;
    check.require(QStringLiteral("instance_id"), instanceId);
    check.oneOf(QStringLiteral("db_classification"), db.dbClassification, api::enums::dbClassifications());
    check.require(QStringLiteral("name"), db.name);
    check.oneOf(QStringLiteral("type"), db.type, api::enums::valuesOf(api::enums::databaseTypes()));
    check.require(QStringLiteral("version"), db.version);
    check.oneOf(QStringLiteral("charset"), db.charset, api::enums::charsets());
    check.ip(QStringLiteral("ip"), db.ip, true);
    check.port(QStringLiteral("port"), db.port, true);
    check.oneOf(QStringLiteral("os"), db.os, api::enums::operatingSystems());
    return check.errors();
}

bool AddDatabaseAction::submit(const QString& instanceId, const api::NewDatabase& database) {
    return submitChecked(validate(instanceId, database), api::addAuditDatabase(instanceId, database),
                         fields(), [this](const api::ApiReply& reply) {
                             api::ApiError error;
                             api::parseReply(reply, &m_result, &error);
                             return error;
                         });
}

void AddDatabaseAction::emitSucceeded() {
    Q_EMIT succeeded(m_result);
}

} // namespace dbss::models
