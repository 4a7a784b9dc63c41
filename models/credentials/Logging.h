#pragma once

#include <QLoggingCategory>

namespace dbss::credentials {

// The one logging category of dbss_credentials ("dbss.credentials"): keychain and profile-store failures at
// debug level (status and the backend's message, never a secret value).
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)

} // namespace dbss::credentials
