#pragma once

#include <QString>

namespace dbss::models {

// A translated, human name for an API operation ("SwitchRiskRule" -> "Switch risk rules"), for the
// status bar and the change history. Unknown names come back unchanged.
QString operationTitle(const QString& apiName);

// True for operations that change something (not List*, Show*, Count*, tokens).
bool isChange(const QString& apiName);

} // namespace dbss::models
