#pragma once

#include "models/api/ApiClient.h"
#include "models/api/ParseReply.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace dbss::api {

// Fetches every page of a list. The first page tells the total; the remaining pages are then
// requested with at most `maxParallel` in flight and delivered strictly in page order. A page that
// fails (after ApiClient's own retries) is requested again with the same offset/page number, up to
// `pageRetries` times, so no row is lost or delivered twice; when it still fails, finished()
// reports the error and nothing more is delivered.
class Pager : public QObject {
    Q_OBJECT
public:
    enum class Mode { OffsetLimit, PageSize }; // offset = index*size, or page = index+1

    struct Options {
        Mode mode = Mode::OffsetLimit;
        int pageSize = 100;
        int maxParallel = 4;
        int pageRetries = 2;
    };

    // make(offset or page number, size) builds the request of one page.
    using MakeRequest = std::function<ApiRequest(int position, int size)>;
    // Reads a page: its number of rows and the total (-1 if the page does not say), or an error.
    using Count = std::function<bool(const ApiReply& reply, int* rows, int* total, ApiError* error)>;

    Pager(ApiClient* client, MakeRequest make, Count count, Options options, QObject* parent = nullptr);
    ~Pager() override;

    void start();
    void abort(); // in-flight requests cancelled; finished() with Kind::Cancelled

    int pagesRequested() const { return m_requested; } // including retries
    int maxInFlightSeen() const { return m_maxInFlightSeen; }

Q_SIGNALS:
    // One page, in order (index 0, 1, 2, ...). The reply is valid during the emission only.
    void pageReady(int index, const dbss::api::ApiReply* reply);
    void finished(const dbss::api::ApiError& error); // exactly once; error.kind None on success

private:
    void request(int index);
    void onReply(int index, ApiReply* reply);
    void pump();
    void deliver();
    void fail(const ApiError& error);

    ApiClient* m_client;
    MakeRequest m_make;
    Count m_count;
    Options m_options;
    int m_pageCount = -1; // unknown until the first page
    int m_nextToRequest = 1;
    int m_nextToDeliver = 0;
    int m_requested = 0;
    int m_maxInFlightSeen = 0;
    bool m_done = false;
    QMap<int, int> m_attempts;
    QMap<int, QPointer<ApiReply>> m_inFlight;
    QMap<int, ApiReply*> m_ready; // finished out of order, waiting for their turn
};

// Every row of a list as typed items: Resp::fromJson per page, `items` and `total` pick the rows and
// the total of a page. done(items, error) is called once, while `context` lives.
template <class Resp, class Item>
Pager* fetchAllPages(ApiClient* client, Pager::MakeRequest make, QList<Item> Resp::*items, int Resp::*total,
                     Pager::Options options, QObject* context,
                     std::function<void(QList<Item>, const ApiError&)> done) {
    // Each page is parsed once: count() keeps its rows until the page's turn comes in pageReady().
    auto parsed = std::make_shared<QHash<const ApiReply*, QList<Item>>>();
    auto count = [items, total, parsed](const ApiReply& reply, int* rows, int* all, ApiError* error) {
        Resp resp;
        if (!parseReply(reply, &resp, error))
            return false;
        *rows = int((resp.*items).size());
        *all = resp.*total;
        parsed->insert(&reply, std::move(resp.*items));
        return true;
    };
    auto* pager = new Pager(client, std::move(make), count, options, context);
    auto collected = std::make_shared<QList<Item>>();
    QObject::connect(pager, &Pager::pageReady, context,
                     [collected, parsed](int, const ApiReply* reply) { *collected += parsed->take(reply); });
    QObject::connect(pager, &Pager::finished, context,
                     [pager, collected, parsed, done](const ApiError& error) {
                         pager->deleteLater();
                         parsed->clear();
                         done(error.isError() ? QList<Item>() : *collected, error);
                     });
    pager->start();
    return pager;
}

} // namespace dbss::api
