#include "sandbox/Logging.h"

namespace dbss::sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "dbss.sandbox", QtInfoMsg)

} // namespace dbss::sandbox
