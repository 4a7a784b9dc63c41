#pragma once

#include "models/api/ApiError.h"
#include "models/api/ApiRequest.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <map>

namespace dbss::api {
class ApiClient;
class ApiReply;
} // namespace dbss::api

namespace dbss::models {

// What a model made of one page: how many rows it held and the total the service announced.
struct PageResult {
    bool ok = false;
    int count = 0;
    int total = 0;
    api::ApiError error;
};

// Fetches a list page by page: the first page alone (to learn the total), then the rest with at
// most maxParallel requests in flight, handing pages to deliver() strictly in order. start() or
// abort() drop every reply of the previous run (stale replies never reach the model).
class PageLoader : public QObject {
    Q_OBJECT
public:
    explicit PageLoader(QObject* parent = nullptr);
    ~PageLoader() override;

    std::function<api::ApiRequest(int page, int pageSize)> request; // page is 0-based
    std::function<PageResult(const api::ApiReply& reply, int page)> deliver;
    std::function<void(int loaded, int total)> progress;
    std::function<void(bool ok, const api::ApiError& error)> done;

    void setClient(api::ApiClient* client) { m_client = client; }
    int pageSize = 100;
    int maxParallel = 4;
    bool paged = true; // false: the operation returns everything in one answer

    // Pages from firstPage until rowsWanted(total) rows (counted from row 0) are covered.
    void start(int firstPage, std::function<int(int total)> rowsWanted);
    void abort();
    bool isRunning() const { return m_running; }
    int requestsSent() const { return m_sent; } // for tests and measurements
    int peakParallel() const { return m_peak; }

private:
    void issue(int page);
    void onReply(int generation, int page, api::ApiReply* reply);
    void pump();
    void finish(bool ok, const api::ApiError& error);

    QPointer<api::ApiClient> m_client;
    std::function<int(int)> m_rowsWanted;
    int m_generation = 0;
    bool m_running = false;
    int m_next = 0;    // next page to request
    int m_deliver = 0; // next page to hand over
    int m_last = -1;   // last page wanted; -1 until the total is known
    int m_loaded = 0;
    int m_sent = 0;
    int m_peak = 0;
    std::map<int, QPointer<api::ApiReply>> m_inFlight;
    std::map<int, api::ApiReply*> m_ready; // arrived out of order
};

} // namespace dbss::models
