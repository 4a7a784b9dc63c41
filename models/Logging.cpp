#include "models/Logging.h"

namespace dbss::models {

// Warnings and above by default; "dbss.models.info=true" adds one line per completed table load.
Q_LOGGING_CATEGORY(lcModels, "dbss.models", QtWarningMsg)

} // namespace dbss::models
