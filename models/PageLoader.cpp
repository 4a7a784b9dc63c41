#include "models/PageLoader.h"

#include "models/api/ApiClient.h"

namespace dbss::models {

PageLoader::PageLoader(QObject* parent)
    : QObject(parent) {}

PageLoader::~PageLoader() {
    abort();
}

void PageLoader::start(int firstPage, std::function<int(int)> rowsWanted) {
    abort();
    if (!m_client || !request)
        return;
    m_rowsWanted = std::move(rowsWanted);
    m_running = true;
    m_next = m_deliver = firstPage;
    m_last = -1;
    m_loaded = firstPage * pageSize;
    issue(m_next++);
}

void PageLoader::abort() {
    ++m_generation;
    m_running = false;
    for (auto& [page, reply] : m_inFlight) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_inFlight.clear();
    for (auto& [page, reply] : m_ready)
        reply->deleteLater();
    m_ready.clear();
}

void PageLoader::issue(int page) {
    api::ApiReply* reply = m_client->send(request(page, pageSize));
    ++m_sent;
    m_inFlight[page] = reply;
    m_peak = std::max(m_peak, int(m_inFlight.size()));
    const int generation = m_generation;
    connect(reply, &api::ApiReply::finished, this,
            [this, generation, page, reply] { onReply(generation, page, reply); });
}

void PageLoader::onReply(int generation, int page, api::ApiReply* reply) {
    if (generation != m_generation) {
        reply->deleteLater(); // a page of a run that was restarted or aborted
        return;
    }
    m_inFlight.erase(page);
    m_ready[page] = reply;
    while (m_running && !m_ready.empty() && m_ready.begin()->first == m_deliver) {
        api::ApiReply* next = m_ready.begin()->second;
        m_ready.erase(m_ready.begin());
        const PageResult result = deliver(*next, m_deliver);
        next->deleteLater();
        if (generation != m_generation)
            return; // deliver() restarted us
        if (!result.ok) {
            finish(false, result.error);
            return;
        }
        m_loaded += result.count;
        // Recomputed per page: a list without a total announces one more page while pages are full.
        const int wanted = std::min(result.total, m_rowsWanted(result.total));
        m_last = paged ? std::max(m_deliver, (wanted + pageSize - 1) / pageSize - 1) : m_deliver;
        if (progress)
            progress(std::min(m_loaded, result.total), result.total);
        if (generation != m_generation)
            return;
        ++m_deliver;
        if (result.count == 0 || m_deliver > m_last) {
            finish(true, {});
            return;
        }
    }
    pump();
}

void PageLoader::pump() {
    while (m_running && m_last >= 0 && m_next <= m_last &&
           int(m_inFlight.size() + m_ready.size()) < std::max(1, maxParallel))
        issue(m_next++);
}

void PageLoader::finish(bool ok, const api::ApiError& error) {
    abort(); // pages beyond an empty one, or after a failure, are not wanted
    if (done)
        done(ok, error);
}

} // namespace dbss::models
