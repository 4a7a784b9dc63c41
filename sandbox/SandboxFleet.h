#pragma once

#include "sandbox/SandboxOptions.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dbss::sandbox {

// --fleet FILE: more accounts and regions in the same sandbox, each with its keys and its data.
//   {"tenants": [{"ak": "...", "sk": "...", "project_id": "<32 hex>", "region": "cn-east-3",
//                 "user": "ops", "seed": 0}, ...]}
// "user" (default "demo") and "seed" (default 0: the hand-written demo data) are optional. Tenants
// that share an AK are one account in several regions (one project each) and share its SK.
bool parseFleet(const QByteArray& json, QList<SandboxTenant>* tenants, QString* error);
bool readFleetFile(const QString& path, QList<SandboxTenant>* tenants, QString* error);

// The whole set, the main account included: an empty string when it is consistent, else why not
// (a project id used twice, an AK with two SKs, an AK twice in one region, a malformed field).
QString fleetProblem(const SandboxOptions& options);

// The small fleet `dbss-console --sandbox` opens: the main account also in cn-east-3, and a second
// account ("Sandbox Ops") in cn-north-4 and cn-south-1. Deterministic keys and ids.
QList<SandboxTenant> demoFleet(const SandboxOptions& main);

} // namespace dbss::sandbox
