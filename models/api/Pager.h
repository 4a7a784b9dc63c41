#pragma once

#include "models/api/ApiClient.h"
#include "models/api/ParseReply.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <map>
#include <memory>

namespace dbss::api {

// The largest page every paged list operation accepts (limit / size 1 to 1000; see
// docs/api-client-notes.md, "Paging"). No list operation of the client has a smaller cap.
constexpr int kMaxPageSize = 1000;
// Qt's QNetworkAccessManager opens at most 6 connections per host (Qt 6.4); more requests in
// flight would only queue inside Qt.
constexpr int kMaxParallelPages = 6;
// Pages held at once (requested, arrived and being parsed, or waiting for their turn): the memory
// bound of one list. Larger than kMaxParallelPages so a page being parsed in a worker, or waiting
// behind a slow one, does not keep a connection idle.
constexpr int kMaxHeldPages = 4 * kMaxParallelPages;
// Bound on the pages one list may cause: a service that lies about its total cannot make the
// client ask (and hold) without end. 10 000 pages of 1000 rows = 10 million rows.
constexpr qint64 kDefaultMaxPages = 10000;

// The one paging engine (dbssctl and every model). The first page tells the total; the remaining
// pages are then requested with at most `maxParallel` in flight and `maxHeld` held (a page is held
// from its request until it is delivered) and delivered strictly in page order. A page is not re-requested
// here: ApiClient is the one layer that retries, so a page that still fails fails the whole run (finished()
// with its error; nothing more is delivered). A page with more rows than asked, or a total needing more than
// `maxPages` pages, is an error too.
class Pager : public QObject {
    Q_OBJECT
public:
    enum class Mode { OffsetLimit, PageSize }; // offset = index*size, or page = index+1

    struct Options {
        Mode mode = Mode::OffsetLimit;
        int pageSize = kMaxPageSize;
        int maxParallel = kMaxParallelPages; // requests in flight
        int maxHeld = kMaxHeldPages;         // at least maxParallel
        qint64 maxPages = kDefaultMaxPages;
        bool paged = true; // false: the operation answers everything at once (one request)
    };

    // make(offset or page number, size) builds the request of one page.
    using MakeRequest = std::function<ApiRequest(qint64 position, int size)>;
    // Reads a page when it arrives (in any order): its number of rows and the total (-1 if the
    // page does not say; the pager then walks page after page until a short one), or an error.
    using Count = std::function<bool(const ApiReply& reply, qint64 index, qint64* rows, qint64* total,
                                     ApiError* error)>;
    // A Count that parses elsewhere (a worker thread, so a large page does not stall the GUI) sets
    // *rows = kCountLater and returns true, then calls countDone(run(), index, ...) once it knows;
    // the page is held (it counts towards maxHeld, not maxParallel) until then. A late answer for an aborted
    // or restarted run is ignored (isWaitingFor() says whether it is still wanted).
    static constexpr qint64 kCountLater = -2;

    Pager(ApiClient* client, MakeRequest make, Count count, Options options, QObject* parent = nullptr);
    ~Pager() override;

    // Pages from firstIndex on, until rowLimit rows (counted from row 0; -1: every row) are covered.
    void start(qint64 firstIndex = 0, qint64 rowLimit = -1);
    void abort(); // in-flight requests cancelled; finished() with Kind::Cancelled
    bool isRunning() const { return m_running; }
    const Options& options() const { return m_options; }
    void setOptions(const Options& options); // for the next start()
    void setClient(ApiClient* client);       // another account or region: aborts the run first

    int run() const { return m_run; }
    bool isWaitingFor(int run, qint64 index) const {
        return run == m_run && m_running && m_counting.count(index) > 0;
    }
    void countDone(int run, qint64 index, bool ok, qint64 rows, qint64 total, const ApiError& error);

    qint64 pagesRequested() const { return m_requested; }
    int maxInFlightSeen() const { return m_maxInFlightSeen; }
    qint64 total() const { return m_total; } // -1 until known

    // The position make() receives for a page index, and the page that holds a row.
    qint64 positionOf(qint64 index) const;

Q_SIGNALS:
    // One page, in order (firstIndex, firstIndex+1, ...). The reply is valid during the emission only.
    void pageReady(qint64 index, const dbss::api::ApiReply* reply);
    void finished(const dbss::api::ApiError& error); // exactly once per start(); kind None on success

private:
    void request(qint64 index);
    void onReply(qint64 index, ApiReply* reply);
    void counted(qint64 index, ApiReply* reply, bool ok, qint64 rows, qint64 total, ApiError error);
    void pump();
    void deliver();
    void fail(const ApiError& error);
    void dropAll();
    bool learnTotal(qint64 index, qint64 total, ApiError* error);

    ApiClient* m_client;
    MakeRequest m_make;
    Count m_count;
    Options m_options;
    int m_run = 0; // start() count: replies of an earlier run are dropped
    bool m_running = false;
    qint64 m_first = 0;
    qint64 m_rowLimit = -1;
    qint64 m_last = -1;     // last page index to fetch; -1 until the total is known
    bool m_walking = false; // total unknown: one page after the other until a short one
    qint64 m_total = -1;
    qint64 m_nextToRequest = 0;
    qint64 m_nextToDeliver = 0;
    qint64 m_requested = 0;
    int m_maxInFlightSeen = 0;
    std::map<qint64, QPointer<ApiReply>> m_inFlight;
    std::map<qint64, std::pair<ApiReply*, qint64>> m_ready; // arrived out of order: reply, rows
    std::map<qint64, ApiReply*> m_counting;                 // arrived, Count answers later
};

// Every row of a list, page by page: Resp::fromJson per page, `items` and `total` pick the rows and
// the total of a page, and map(rows) turns a page's rows into what onPage(page) gets, in page
// order, as soon as its turn comes (so a caller can stream them out); done(error) is called once,
// while `context` lives.
// Pages are parsed, and mapped, in worker threads (QtConcurrent) as they arrive: the thread that
// owns the pager only moves bytes and delivers, so it asks for the next page at once, and the
// parsing of 1000-row pages overlaps the service's latency instead of adding to it. map must touch
// nothing but its argument (dbssctl formats its output there).
template <class Resp, class Item, class Total, class Page>
Pager* forEachPageMapped(ApiClient* client, Pager::MakeRequest make, QList<Item> Resp::*items,
                         Total Resp::*total, Pager::Options options, QObject* context,
                         std::function<Page(QList<Item>&)> map, std::function<void(Page&)> onPage,
                         std::function<void(const ApiError&)> done) {
    struct Parsed {
        bool ok = false;
        Page page;
        qint64 rows = 0;
        qint64 total = -1;
        ApiError error;
    };
    // Each page waits in `parsed` until its turn.
    auto parsed = std::make_shared<QHash<qint64, Page>>();
    auto self = std::make_shared<QPointer<Pager>>();
    auto count = [items, total, map, parsed, self, context](const ApiReply& reply, qint64 index, qint64* rows,
                                                            qint64*, ApiError* error) {
        if (!reply.ok()) {
            *error = reply.error();
            return false;
        }
        const int run = (*self)->run();
        auto* watcher = new QFutureWatcher<Parsed>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                         [watcher, parsed, self, run, index] {
                             watcher->deleteLater();
                             Parsed page = watcher->future().takeResult();
                             if (!*self || !(*self)->isWaitingFor(run, index))
                                 return; // aborted meanwhile
                             if (page.ok)
                                 parsed->insert(index, std::move(page.page));
                             (*self)->countDone(run, index, page.ok, page.rows, page.total, page.error);
                         });
        // The body is copied (shared): the reply may be gone before the worker runs.
        watcher->setFuture(
            QtConcurrent::run([items, total, map, body = reply.body(), operation = reply.request().operation,
                               status = reply.httpStatus()] {
                Parsed out;
                Resp resp;
                out.ok = parseBody(body, operation, status, &resp, &out.error);
                if (out.ok) {
                    out.rows = qint64((resp.*items).size());
                    out.total = total ? qint64(resp.*total) : -1;
                    out.page = map(resp.*items);
                }
                return out;
            }));
        *rows = Pager::kCountLater;
        return true;
    };
    auto* pager = new Pager(client, std::move(make), count, options, context);
    *self = pager;
    QObject::connect(pager, &Pager::pageReady, context, [parsed, onPage](qint64 index, const ApiReply*) {
        Page page = parsed->take(index);
        onPage(page);
    });
    QObject::connect(pager, &Pager::finished, context, [pager, parsed, done](const ApiError& error) {
        pager->deleteLater();
        parsed->clear();
        done(error);
    });
    pager->start();
    return pager;
}

// The same with each page's typed items as they are.
template <class Resp, class Item, class Total>
Pager* forEachPage(ApiClient* client, Pager::MakeRequest make, QList<Item> Resp::*items, Total Resp::*total,
                   Pager::Options options, QObject* context, std::function<void(QList<Item>&)> onPage,
                   std::function<void(const ApiError&)> done) {
    return forEachPageMapped<Resp, Item, Total, QList<Item>>(
        client, std::move(make), items, total, options, context,
        [](QList<Item>& rows) { return std::move(rows); }, std::move(onPage), std::move(done));
}

// Every row collected into one list (for lists that are small by nature); done(items, error).
template <class Resp, class Item, class Total>
Pager* fetchAllPages(ApiClient* client, Pager::MakeRequest make, QList<Item> Resp::*items, Total Resp::*total,
                     Pager::Options options, QObject* context,
                     std::function<void(QList<Item>, const ApiError&)> done) {
    auto collected = std::make_shared<QList<Item>>();
    return forEachPage<Resp, Item, Total>(
        client, std::move(make), items, total, options, context,
        [collected](QList<Item>& rows) { *collected += std::move(rows); },
        [collected, done](const ApiError& error) {
            done(error.isError() ? QList<Item>() : std::move(*collected), error);
        });
}

} // namespace dbss::api
