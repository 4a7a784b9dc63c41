#include "models/api/Pager.h"

#include <QCoreApplication>

namespace dbss::api {

Pager::Pager(ApiClient* client, MakeRequest make, Count count, Options options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_make(std::move(make))
    , m_count(std::move(count))
    , m_options(options) {
    m_options.pageSize = qMax(1, m_options.pageSize);
    m_options.maxParallel = qMax(1, m_options.maxParallel);
}

Pager::~Pager() {
    for (const QPointer<ApiReply>& r : std::as_const(m_inFlight)) {
        if (r) {
            r->disconnect(this);
            r->deleteLater();
        }
    }
    qDeleteAll(m_ready);
}

void Pager::start() {
    request(0);
}

void Pager::abort() {
    if (m_done)
        return;
    fail(ApiError::make(ApiError::Kind::Cancelled, {}, {}));
}

void Pager::request(int index) {
    const int position = m_options.mode == Mode::OffsetLimit ? index * m_options.pageSize : index + 1;
    ApiReply* reply = m_client->send(m_make(position, m_options.pageSize));
    ++m_requested;
    m_inFlight.insert(index, reply);
    m_maxInFlightSeen = qMax(m_maxInFlightSeen, int(m_inFlight.size()));
    connect(reply, &ApiReply::finished, this, [this, index, reply] { onReply(index, reply); });
}

void Pager::onReply(int index, ApiReply* reply) {
    m_inFlight.remove(index);
    if (m_done) {
        reply->deleteLater();
        return;
    }
    int rows = 0;
    int total = -1;
    ApiError error;
    if (!m_count(*reply, &rows, &total, &error)) {
        reply->deleteLater();
        const bool transient =
            error.kind != ApiError::Kind::Parse && error.kind != ApiError::Kind::Usage &&
            error.kind != ApiError::Kind::Cancelled &&
            !(error.kind == ApiError::Kind::Http && error.httpStatus < 500 && error.httpStatus != 429);
        if (transient && m_attempts.value(index) < m_options.pageRetries) {
            // The same page again (same offset): its rows arrive once, in their place.
            m_attempts[index] += 1;
            request(index);
            return;
        }
        fail(error);
        return;
    }
    if (index == 0) {
        if (total >= 0)
            m_pageCount = qMax(1, (total + m_options.pageSize - 1) / m_options.pageSize);
        else
            m_pageCount = rows < m_options.pageSize ? 1 : -1; // unknown total: walk until a short page
    } else if (m_pageCount < 0 && rows < m_options.pageSize) {
        m_pageCount = index + 1;
    }
    m_ready.insert(index, reply);
    deliver();
    pump();
}

void Pager::pump() {
    if (m_done)
        return;
    if (m_pageCount < 0) {
        // Total unknown: one page after the other.
        if (m_inFlight.isEmpty() && m_ready.isEmpty())
            request(m_nextToRequest++);
        return;
    }
    while (m_nextToRequest < m_pageCount && m_inFlight.size() < m_options.maxParallel)
        request(m_nextToRequest++);
    if (m_nextToDeliver >= m_pageCount && m_inFlight.isEmpty()) {
        m_done = true;
        Q_EMIT finished(ApiError{});
    }
}

void Pager::deliver() {
    while (m_ready.contains(m_nextToDeliver)) {
        ApiReply* reply = m_ready.take(m_nextToDeliver);
        Q_EMIT pageReady(m_nextToDeliver, reply);
        reply->deleteLater();
        ++m_nextToDeliver;
        if (m_done)
            return;
    }
}

void Pager::fail(const ApiError& error) {
    m_done = true;
    for (const QPointer<ApiReply>& r : std::as_const(m_inFlight)) {
        if (r) {
            r->disconnect(this);
            r->abort();
            r->deleteLater();
        }
    }
    m_inFlight.clear();
    Q_EMIT finished(error);
}

} // namespace dbss::api
