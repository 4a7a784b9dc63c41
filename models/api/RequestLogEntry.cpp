#include "models/api/RequestLogEntry.h"

namespace dbss::api {

QString RequestLogEntry::summary() const {
    // One multi-argument arg(): a chained arg() would replace the "%26" of an encoded URL.
    QString s = QStringLiteral("%1 %2 -> %3 (%4 ms)")
                    .arg(QString::fromLatin1(method), url,
                         httpStatus ? QString::number(httpStatus) : QStringLiteral("no answer"),
                         QString::number(durationMs));
    if (!errorCode.isEmpty())
        s += QLatin1Char(' ') + errorCode;
    if (attempt > 1)
        s += QStringLiteral(" attempt %1").arg(attempt);
    if (!requestId.isEmpty())
        s += QStringLiteral(" [%1]").arg(requestId);
    return s;
}

} // namespace dbss::api
