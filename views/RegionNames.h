#pragma once

#include <QString>

namespace dbss::views {

// A region as the console shows it: "cn-north-4 — CN North-Beijing4", the name translated (the
// Huawei Cloud console's Chinese names under zh_CN); an unknown code stays as it is.
QString regionName(const QString& code); // the translated name alone, or the code
QString regionTitle(const QString& code);

} // namespace dbss::views
