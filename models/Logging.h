#pragma once

#include <QLoggingCategory>

namespace dbss::models {

// The one logging category of dbss_models ("dbss.models"): failed form submissions (debug) and one
// line per completed table load (info; the cold-start bench watches for the instances' one).
Q_DECLARE_LOGGING_CATEGORY(lcModels)

} // namespace dbss::models
