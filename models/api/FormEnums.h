#pragma once

// The enum values the forms offer, as the documents list them. Labels are product names (not
// translated); words such as "self-built" are translated by the views.

#include "models/api/FieldRules.h"

namespace dbss::api::enums {

// 000: database.type (17 values), db_classification, charset, os.
QList<EnumOption> databaseTypes();
QStringList dbClassifications(); // RDS, ECS
QStringList charsets();          // GBK, UTF8
QStringList operatingSystems();  // LINUX64, WINDOWS64, UNIX

// 001 3.5.1 RuleScopeInfo.action: the operations an audit scope can cover.
QStringList scopeActions();
// 004: db_ids/db_names for every database. The document says "set it to [ALL]" / "[All databases]";
// the brackets are read as part of the value (as the sandbox does). If the real service wants the
// bare words, only these two constants change.
inline const QString kAllDbIds = QStringLiteral("[ALL]");
inline const QString kAllDbNames = QStringLiteral("[All databases]");

// 002 (DRS CreateConnection): db_type, and the usual endpoint_name scenario types.
QStringList drsDbTypes(); // mysql, postgresql, mongodb, oracle
QStringList drsEndpointNames();

// 003 (DAS create-connection): engine_type and network_type. The seed's lists are empty; these are
// the DAS API reference's (das_01_0415: engine_type, network_type).
QStringList dasEngineTypes();
QStringList dasNetworkTypes();

QStringList valuesOf(const QList<EnumOption>& options);

} // namespace dbss::api::enums
