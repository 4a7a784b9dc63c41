#pragma once

#include <QString>

namespace dbss::api {

// The cloud services the console talks to; each has its own endpoint per region.
enum class Service { Dbss, Iam, Drs, Das };

inline QString serviceKey(Service s) {
    switch (s) {
    case Service::Dbss:
        return QStringLiteral("dbss");
    case Service::Iam:
        return QStringLiteral("iam");
    case Service::Drs:
        return QStringLiteral("drs");
    case Service::Das:
        return QStringLiteral("das");
    }
    return {};
}

} // namespace dbss::api
