#pragma once

#include <QLoggingCategory>

namespace dbss::views {

// The one logging category of dbss_views ("dbss.views"): failures shown to the user, at debug level, for bug
// reports.
Q_DECLARE_LOGGING_CATEGORY(lcViews)

} // namespace dbss::views
