#pragma once

// The rule lists of an instance as printable listings, shared by `rules ... list` and `rules export`.

#include "app/dbssctl/Output.h"
#include "models/api/AuditScopes.h"

#include <optional>

namespace dbss::ctl {

class Session;

std::optional<Listing> scopesListing(Session& s, const QString& instance, int* code);
std::optional<Listing> sqlInjectionListing(Session& s, const QString& instance, const QStringList& levels,
                                           int* code);
std::optional<Listing> riskListing(Session& s, const QString& instance, const QString& name,
                                   const QStringList& levels, int* code);
std::optional<Listing> masksListing(Session& s, const QString& instance, int* code);

// The audit scope of `rules scopes add|update`: --name's value and the list options.
api::NewAuditScope scopeFromArgs(Session& s, const QString& name);

} // namespace dbss::ctl
