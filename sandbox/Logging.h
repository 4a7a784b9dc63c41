#pragma once

#include <QLoggingCategory>

namespace dbss::sandbox {

// The one logging category of dbss_sandbox ("dbss.sandbox"): handler errors (500s) as warnings.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

} // namespace dbss::sandbox
