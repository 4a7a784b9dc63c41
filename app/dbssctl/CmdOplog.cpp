// oplog list --instance ID [--range R | --from T --to T] [--user U] [--operation O] [--result R]

#include "app/dbssctl/CmdSupport.h"
#include "app/dbssctl/Commands.h"
#include "models/api/OperationLogs.h"

#include <QDateTime>

namespace dbss::ctl {

namespace {

bool validTime(const QString& t) {
    return QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid();
}

int list(Session& s, const QStringList&) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    if (!instance)
        return code;
    api::OperationLogQuery q;
    q.timeRange = s.args().value(QStringLiteral("--range")).toUpper();
    q.startTime = s.args().value(QStringLiteral("--from"));
    q.endTime = s.args().value(QStringLiteral("--to"));
    q.userName = s.args().value(QStringLiteral("--user"));
    q.operateName = s.args().value(QStringLiteral("--operation"));
    q.result = s.args().value(QStringLiteral("--result")).toLower();
    if (!q.timeRange.isEmpty() && (!q.startTime.isEmpty() || !q.endTime.isEmpty()))
        return s.usage(ctlTr("give --range or --from/--to, not both"));
    if (!q.timeRange.isEmpty() && !api::OperationLogQuery::isValidRange(q.timeRange))
        return s.usage(ctlTr("--range is HALF_HOUR, HOUR, THREE_HOUR, TWELVE_HOUR, DAY, WEEK or MONTH"));
    if (q.startTime.isEmpty() != q.endTime.isEmpty())
        return s.usage(ctlTr("--from and --to go together"));
    if (!q.startTime.isEmpty() && (!validTime(q.startTime) || !validTime(q.endTime)))
        return s.usage(ctlTr("--from/--to are UTC times 'yyyy-MM-dd HH:mm:ss'"));
    if (!q.result.isEmpty() && q.result != QLatin1String("success") && q.result != QLatin1String("fail"))
        return s.usage(ctlTr("--result is success or fail"));

    // Rows go to stdout page by page, in order, as they arrive (--json/--csv need no memory for
    // the output; the table buffers for its column widths). Each page is formatted in the worker
    // that parsed it, so this thread only moves bytes.
    using Block = ListingWriter::Block;
    ListingWriter out(s.out(), s.args().global.format,
                      {ctlTr("ID"), ctlTr("Time"), ctlTr("User"), ctlTr("Function"), ctlTr("Action"),
                       ctlTr("Object"), ctlTr("Description"), ctlTr("Result")});
    const Format format = out.format();
    const bool ok = forEachPageMapped<api::ListOperationLogsResponse, api::OperationLog>(
        s,
        [&](qint64 page, int size) {
            api::OperationLogQuery pageQuery = q;
            pageQuery.page = int(page);
            pageQuery.size = size;
            return api::listOperationLogs(*instance, pageQuery);
        },
        &api::ListOperationLogsResponse::operateLog, &api::ListOperationLogsResponse::totalNum, &code,
        std::function<Block(QList<api::OperationLog>&)>([format](QList<api::OperationLog>& logs) {
            Block block(format);
            for (const api::OperationLog& l : std::as_const(logs))
                block.row({l.id, l.time, l.user, l.function, l.action, l.name, l.description, l.result},
                          l.raw);
            logs.clear(); // freed here, not in the thread that writes
            return block;
        }),
        std::function<void(Block&)>([&out](Block& block) { out.write(block); }), api::Pager::Mode::PageSize);
    if (!ok)
        return code;
    out.finish();
    return ExitOk;
}

} // namespace

QList<Command> oplogCommands() {
    return {
        {{"oplog", "list"},
         QStringLiteral(
             "--instance ID [--range HALF_HOUR|HOUR|THREE_HOUR|TWELVE_HOUR|DAY|WEEK|MONTH | --from T --to T] "
             "[--user U] [--operation O] [--result R]"),
         {"--instance", "--range", "--from", "--to", "--user", "--operation", "--result"},
         0,
         true,
         list},
    };
}

} // namespace dbss::ctl
