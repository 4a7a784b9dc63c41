#include "views/Logging.h"

namespace dbss::views {

Q_LOGGING_CATEGORY(lcViews, "dbss.views", QtInfoMsg)

} // namespace dbss::views
