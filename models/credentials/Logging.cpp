#include "models/credentials/Logging.h"

namespace dbss::credentials {

Q_LOGGING_CATEGORY(lcCredentials, "dbss.credentials", QtInfoMsg)

} // namespace dbss::credentials
