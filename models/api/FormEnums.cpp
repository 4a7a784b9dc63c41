#include "models/api/FormEnums.h"

namespace dbss::api::enums {

namespace {
QStringList list(std::initializer_list<const char*> values) {
    QStringList out;
    for (const char* v : values)
        out << QLatin1String(v);
    return out;
}
} // namespace

QList<EnumOption> databaseTypes() {
    static const QList<EnumOption> types{
        {QStringLiteral("MYSQL"), QStringLiteral("MySQL")},
        {QStringLiteral("ORACLE"), QStringLiteral("Oracle")},
        {QStringLiteral("POSTGRESQL"), QStringLiteral("PostgreSQL")},
        {QStringLiteral("SQLSERVER"), QStringLiteral("SQL Server")},
        {QStringLiteral("DAMENG"), QStringLiteral("DAMENG")},
        {QStringLiteral("TAURUS"), QStringLiteral("TaurusDB")},
        {QStringLiteral("DWS"), QStringLiteral("DWS")},
        {QStringLiteral("KINGBASE"), QStringLiteral("Kingbase")},
        {QStringLiteral("GAUSSDBOPENGAUSS"), QStringLiteral("GaussDB/openGauss")},
        {QStringLiteral("GREENPLUM"), QStringLiteral("Greenplum")},
        {QStringLiteral("HIGHGO"), QStringLiteral("HIGHGO")},
        {QStringLiteral("SHENTONG"), QStringLiteral("ShenTong")},
        {QStringLiteral("GBASE8A"), QStringLiteral("GBase 8a")},
        {QStringLiteral("GBASE8S"), QStringLiteral("GBase 8s")},
        {QStringLiteral("GBASEXDM"), QStringLiteral("GBase XDM")},
        {QStringLiteral("MONGODB"), QStringLiteral("MongoDB")},
        {QStringLiteral("DDS"), QStringLiteral("DDS (MongoDB)")},
    };
    return types;
}

QStringList dbClassifications() {
    return list({"RDS", "ECS"});
}
QStringList charsets() {
    return list({"GBK", "UTF8"});
}
QStringList operatingSystems() {
    return list({"LINUX64", "WINDOWS64", "UNIX"});
}

QStringList scopeActions() {
    return list({"LOGIN", "SELECT", "INSERT", "UPDATE", "DELETE", "SELECT_FOR_UPDATE", "CREATE_TABLE",
                 "DROP_TABLE", "CREATE_TABLESPACE", "DROP_TABLESPACE", "CREATE_USER", "DROP_USER", "GRANT",
                 "REVOKE", "ROLLBACK"});
}

QStringList drsDbTypes() {
    return list({"mysql", "postgresql", "mongodb", "oracle"});
}
QStringList drsEndpointNames() {
    return list({"mysql", "ecs_mysql", "cloud_mysql", "postgresql", "ecs_postgresql", "cloud_postgresql",
                 "oracle", "ecs_oracle", "mongodb", "ecs_mongodb", "cloud_mongodb"});
}

QStringList dasEngineTypes() {
    return list({"mysql", "sqlserver", "postgresql", "taurus", "gaussdbv5", "mongodb", "ddm"});
}
QStringList dasNetworkTypes() {
    return list({"rds", "gaussdb", "dds", "ddm"});
}

QStringList valuesOf(const QList<EnumOption>& options) {
    QStringList out;
    for (const EnumOption& o : options)
        out << o.value;
    return out;
}

} // namespace dbss::api::enums
