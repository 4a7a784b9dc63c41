#pragma once

#include <QLoggingCategory>

namespace dbss::api {

// The one logging category of dbss_api ("dbss.api"): a summary of every exchange at debug level (secrets
// redacted). Turn on with QT_LOGGING_RULES="dbss.api.debug=true"; see docs/design.md.
Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace dbss::api
