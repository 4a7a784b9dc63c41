#include "models/api/Pager.h"

namespace dbss::api {

Pager::Pager(ApiClient* client, MakeRequest make, Count count, Options options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_make(std::move(make))
    , m_count(std::move(count)) {
    setOptions(options);
}

void Pager::setOptions(const Options& options) {
    m_options = options;
    m_options.pageSize = qBound(1, m_options.pageSize, kMaxPageSize);
    m_options.maxParallel = qMax(1, m_options.maxParallel);
    m_options.maxHeld = qMax(m_options.maxParallel, m_options.maxHeld);
    m_options.maxPages = qMax<qint64>(1, m_options.maxPages);
}

Pager::~Pager() {
    dropAll();
}

qint64 Pager::positionOf(qint64 index) const {
    return m_options.mode == Mode::OffsetLimit ? index * m_options.pageSize : index + 1;
}

void Pager::start(qint64 firstIndex, qint64 rowLimit) {
    dropAll();
    ++m_run;
    m_running = true;
    m_first = qMax<qint64>(0, firstIndex);
    m_rowLimit = rowLimit;
    m_last = m_options.paged ? -1 : m_first;
    m_walking = false;
    m_total = -1;
    m_nextToRequest = m_nextToDeliver = m_first;
    request(m_nextToRequest++);
}

void Pager::abort() {
    if (m_running)
        fail(ApiError::make(ApiError::Kind::Cancelled, {}, {}));
}

void Pager::setClient(ApiClient* client) {
    abort();
    m_client = client;
}

void Pager::request(qint64 index) {
    ApiReply* reply = m_client->send(m_make(positionOf(index), m_options.pageSize));
    ++m_requested;
    m_inFlight[index] = reply;
    m_maxInFlightSeen = qMax(m_maxInFlightSeen, int(m_inFlight.size()));
    const int run = m_run;
    connect(reply, &ApiReply::finished, this, [this, run, index, reply] {
        if (run != m_run) {
            reply->deleteLater(); // a page of a run that was restarted or aborted
            return;
        }
        onReply(index, reply);
    });
}

bool Pager::learnTotal(qint64 index, qint64 total, ApiError* error) {
    const qint64 size = m_options.pageSize;
    m_total = total;
    if (total < 0) {
        m_walking = true; // no total: the walk ends at the first short page
        return true;
    }
    const qint64 wanted = m_rowLimit >= 0 ? qMin(total, m_rowLimit) : total;
    m_last = qMax(index, (wanted + size - 1) / size - 1);
    if (m_last - m_first + 1 > m_options.maxPages) {
        *error = ApiError::make(ApiError::Kind::Parse,
                                tr("the service announces %1 rows: %2 pages of %3, more than the %4 "
                                   "pages allowed")
                                    .arg(total)
                                    .arg(m_last - m_first + 1)
                                    .arg(size)
                                    .arg(m_options.maxPages));
        return false;
    }
    return true;
}

void Pager::onReply(qint64 index, ApiReply* reply) {
    m_inFlight.erase(index);
    qint64 rows = 0;
    qint64 total = -1;
    ApiError error;
    const bool ok = m_count(*reply, index, &rows, &total, &error);
    if (ok && rows == kCountLater) {
        m_counting[index] = reply;
        pump(); // its connection is free while a worker parses it
        return;
    }
    counted(index, reply, ok, rows, total, error);
}

void Pager::countDone(int run, qint64 index, bool ok, qint64 rows, qint64 total, const ApiError& error) {
    if (!isWaitingFor(run, index))
        return;
    const auto at = m_counting.find(index);
    ApiReply* reply = at->second;
    m_counting.erase(at);
    counted(index, reply, ok, rows, total, error);
}

void Pager::counted(qint64 index, ApiReply* reply, bool ok, qint64 rows, qint64 total, ApiError error) {
    if (ok && m_options.paged && rows > m_options.pageSize) {
        ok = false;
        error = ApiError::make(ApiError::Kind::Parse,
                               tr("page %1 has %2 rows, more than the %3 asked")
                                   .arg(index + 1)
                                   .arg(rows)
                                   .arg(m_options.pageSize),
                               reply->request().operation);
    }
    if (ok && m_options.paged && m_last < 0 && !m_walking)
        ok = learnTotal(index, total, &error);
    if (!ok) {
        if (error.operation.isEmpty())
            error.operation = reply->request().operation;
        reply->deleteLater();
        fail(error);
        return;
    }
    if (m_walking) {
        const bool coversLimit = m_rowLimit >= 0 && (index + 1) * m_options.pageSize >= m_rowLimit;
        if (rows < m_options.pageSize || coversLimit) {
            m_last = index;
            m_walking = false;
        } else if (index - m_first + 1 >= m_options.maxPages) {
            reply->deleteLater();
            fail(ApiError::make(ApiError::Kind::Parse,
                                tr("more than %1 full pages without a total").arg(m_options.maxPages),
                                reply->request().operation));
            return;
        }
    }
    m_ready[index] = {reply, rows};
    deliver();
    pump();
}

void Pager::pump() {
    if (!m_running)
        return;
    if (m_walking) {
        if (m_inFlight.empty() && m_ready.empty() && m_counting.empty())
            request(m_nextToRequest++);
        return;
    }
    // Connections are kept busy while earlier pages are parsed or wait for their turn, up to
    // maxHeld pages in memory.
    while (m_last >= 0 && m_nextToRequest <= m_last && qsizetype(m_inFlight.size()) < m_options.maxParallel &&
           qsizetype(m_inFlight.size() + m_ready.size() + m_counting.size()) < m_options.maxHeld)
        request(m_nextToRequest++);
}

void Pager::deliver() {
    const int run = m_run;
    while (m_running && !m_ready.empty() && m_ready.begin()->first == m_nextToDeliver) {
        auto [reply, rows] = m_ready.begin()->second;
        m_ready.erase(m_ready.begin());
        const qint64 index = m_nextToDeliver++;
        Q_EMIT pageReady(index, reply);
        reply->deleteLater();
        if (run != m_run || !m_running)
            return; // a slot aborted or restarted us
        // An empty page before the announced end: the list shrank meanwhile; nothing follows it.
        const bool shrank = rows == 0 && index > m_first;
        if (shrank || (m_last >= 0 && !m_walking && m_nextToDeliver > m_last)) {
            m_running = false;
            dropAll();
            Q_EMIT finished(ApiError{});
            return;
        }
    }
}

void Pager::fail(const ApiError& error) {
    m_running = false;
    dropAll();
    Q_EMIT finished(error);
}

void Pager::dropAll() {
    ++m_run;
    for (auto& [index, reply] : m_inFlight) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_inFlight.clear();
    for (auto& [index, ready] : m_ready)
        ready.first->deleteLater();
    m_ready.clear();
    for (auto& [index, reply] : m_counting)
        reply->deleteLater();
    m_counting.clear();
}

} // namespace dbss::api
