#include "sandbox/handlers/ScopeBody.h"

namespace dbss::sandbox {

const QStringList& scopeActions() {
    static const QStringList actions{QStringLiteral("REVOKE"),
                                     QStringLiteral("DROP_TABLE"),
                                     QStringLiteral("SELECT_FOR_UPDATE"),
                                     QStringLiteral("SELECT"),
                                     QStringLiteral("ROLLBACK"),
                                     QStringLiteral("CREATE_TABLESPACE"),
                                     QStringLiteral("DELETE"),
                                     QStringLiteral("GRANT"),
                                     QStringLiteral("DROP_USER"),
                                     QStringLiteral("DROP_TABLESPACE"),
                                     QStringLiteral("UPDATE"),
                                     QStringLiteral("INSERT"),
                                     QStringLiteral("CREATE_USER"),
                                     QStringLiteral("CREATE_TABLE"),
                                     QStringLiteral("LOGIN")};
    return actions;
}

Rejection validateScopeBody(ErrorShape shape, const QJsonObject& b, const InstanceRecord& instance,
                            const QString& editedId) {
    QString e = firstError({requireString(b, QStringLiteral("rule_name"), true, 1, 64),
                            requireString(b, QStringLiteral("db_ids"), true),
                            requireString(b, QStringLiteral("db_names"), true),
                            requireString(b, QStringLiteral("action"), false),
                            requireString(b, QStringLiteral("db_users"), false, 0, 1024),
                            requireString(b, QStringLiteral("exception_ips"), false),
                            requireString(b, QStringLiteral("source_ips"), false),
                            requireString(b, QStringLiteral("source_ports"), false)});
    if (e.isEmpty())
        e = firstError(
            {checkCsvIps(QStringLiteral("source_ips"), b.value(QStringLiteral("source_ips")).toString()),
             checkCsvIps(QStringLiteral("exception_ips"),
                         b.value(QStringLiteral("exception_ips")).toString()),
             checkCsvPorts(QStringLiteral("source_ports"),
                           b.value(QStringLiteral("source_ports")).toString())});
    const QString action = b.value(QStringLiteral("action")).toString();
    if (e.isEmpty() && !action.isEmpty()) {
        bool ok = false;
        for (const QString& a : splitCsv(action, &ok)) {
            if (!ok || !scopeActions().contains(a))
                e = QStringLiteral("action must be comma-separated from %1, got '%2'")
                        .arg(scopeActions().join(u','), action);
        }
    }
    if (!e.isEmpty())
        return badRequest(shape, e);
    const QString name = b.value(QStringLiteral("rule_name")).toString();
    for (const QJsonObject& s : instance.scopes) {
        if (s.value(QStringLiteral("name")).toString() == name &&
            s.value(QStringLiteral("id")).toString() != editedId)
            return badRequest(shape, QStringLiteral("an audit scope named '%1' already exists").arg(name));
    }
    // db_ids: "[ALL]" or ids of this instance's databases; one unknown id rejects the request.
    const QString dbIds = b.value(QStringLiteral("db_ids")).toString();
    if (dbIds != QLatin1String("[ALL]")) {
        bool ok = false;
        const QStringList ids = splitCsv(dbIds, &ok);
        if (!ok)
            return badRequest(shape, QStringLiteral("db_ids must be [ALL] or comma-separated database ids"));
        for (const QString& id : ids) {
            const bool known = std::any_of(
                instance.databases.cbegin(), instance.databases.cend(),
                [&](const QJsonObject& db) { return db.value(QStringLiteral("id")).toString() == id; });
            if (!known)
                return notFound(shape, QStringLiteral("database %1 does not exist in this instance").arg(id));
        }
    }
    return std::nullopt;
}

void applyScopeBody(const QJsonObject& b, QJsonObject* row) {
    row->insert(QStringLiteral("name"), b.value(QStringLiteral("rule_name")).toString());
    for (const char* key :
         {"action", "exception_ips", "source_ips", "source_ports", "db_ids", "db_names", "db_users"})
        row->insert(QLatin1String(key), b.value(QLatin1String(key)).toString());
}

} // namespace dbss::sandbox
