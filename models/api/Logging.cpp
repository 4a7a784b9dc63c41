#include "models/api/Logging.h"

namespace dbss::api {

Q_LOGGING_CATEGORY(lcApi, "dbss.api", QtInfoMsg)

} // namespace dbss::api
