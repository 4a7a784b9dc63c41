#include "models/Logging.h"

namespace dbss::models {

Q_LOGGING_CATEGORY(lcModels, "dbss.models", QtInfoMsg)

} // namespace dbss::models
