#pragma once

#include <QLoggingCategory>

namespace dbss::models {

// The one logging category of dbss_models ("dbss.models"): failed form submissions, at debug level.
Q_DECLARE_LOGGING_CATEGORY(lcModels)

} // namespace dbss::models
