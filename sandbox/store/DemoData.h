#pragma once

#include "sandbox/store/ProjectData.h"

namespace dbss::sandbox {

// The small, hand-written account that `dbss-console --sandbox` opens (no --seed): five
// instances covering the common statuses, each with databases, agents and rules.
ProjectData demoProject(const QString& projectId, const QString& region, const QString& user);

// RDS instances the account could add (ListRdsDatabases).
void addRdsCandidates(ProjectData& project);

// --seed N: N operation-log rows spread over max(3, N/200) instances with proportionate
// databases, agents, rules, tags and connections. Same N, same data.
ProjectData seededProject(const QString& projectId, const QString& region, const QString& user, int rows);

} // namespace dbss::sandbox
