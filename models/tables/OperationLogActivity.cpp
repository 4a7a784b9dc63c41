#include "models/tables/OperationLogActivity.h"

#include "models/tables/OperationLogModel.h"

#include <QDateTime>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <numeric>

namespace dbss::models {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// The API's presets (ListOperationLogs time_range), as spans ending now.
qint64 presetSpanMs(const QString& preset) {
    static const QHash<QString, qint64> spans{{QStringLiteral("HALF_HOUR"), 30 * kMinute},
                                              {QStringLiteral("HOUR"), kHour},
                                              {QStringLiteral("THREE_HOUR"), 3 * kHour},
                                              {QStringLiteral("TWELVE_HOUR"), 12 * kHour},
                                              {QStringLiteral("DAY"), kDay},
                                              {QStringLiteral("WEEK"), 7 * kDay},
                                              {QStringLiteral("MONTH"), 30 * kDay}};
    return spans.value(preset, 0);
}

qint64 utcMs(const QString& text) { // the query's "yyyy-MM-dd HH:mm:ss" (UTC)
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    t.setTimeZone(QTimeZone::utc());
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace

OperationLogActivity::OperationLogActivity(QObject* parent)
    : QObject(parent) {}

qint64 OperationLogActivity::bucketWidthFor(qint64 spanMs) {
    static const qint64 widths[] = {kMinute,      2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute,
                                    30 * kMinute, kHour,       2 * kHour,   3 * kHour,    6 * kHour,
                                    12 * kHour,   kDay,        2 * kDay,    7 * kDay,     30 * kDay};
    for (qint64 w : widths)
        if ((spanMs + w - 1) / w <= kMaxBuckets)
            return w;
    return widths[std::size(widths) - 1];
}

void OperationLogActivity::setModel(OperationLogModel* model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (!model)
        return;
    // Pages arrive at the end: counted as they come. Anything else is recounted once.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        if (!m_recountPending && first == m_counted && last + 1 == m_model->rowCount()) {
            add(m_model->logRows(), first, last);
            m_counted = last + 1;
            return;
        }
        scheduleRecount();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &OperationLogActivity::scheduleRecount);
    connect(model, &QAbstractItemModel::dataChanged, this, &OperationLogActivity::scheduleRecount);
    connect(model, &QAbstractItemModel::layoutChanged, this, &OperationLogActivity::scheduleRecount);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        rangeFromModel(); // another query: another span
        recountModel();
    });
    rangeFromModel();
    recountModel();
}

std::pair<qint64, qint64> OperationLogActivity::rangeOf(const api::OperationLogQuery& q, qint64 nowMs) {
    if (!q.startTime.isEmpty())
        return {utcMs(q.startTime), utcMs(q.endTime) + 1000}; // the end second is included
    return {nowMs - presetSpanMs(q.timeRange), nowMs};
}

void OperationLogActivity::rangeFromModel() {
    const auto [start, end] = rangeOf(m_model->query(), QDateTime::currentMSecsSinceEpoch());
    // Counting follows in recountModel(); setRange's own recount would be a wasted pass.
    m_start = start;
    m_end = std::max(start, end);
}

void OperationLogActivity::setRange(qint64 startMs, qint64 endMs) {
    m_start = startMs;
    m_end = std::max(startMs, endMs);
    if (m_model)
        recountModel();
    else
        clearCounts();
}

void OperationLogActivity::setStackBy(StackBy by) {
    if (by == m_stackBy)
        return;
    m_stackBy = by;
    if (m_model)
        recountModel();
    else
        clearCounts();
}

void OperationLogActivity::clearCounts() {
    m_width = bucketWidthFor(m_end - m_start);
    // Buckets start on the width's boundaries in local time (hours at :00, days at midnight).
    const qint64 offset = qint64(QDateTime::fromMSecsSinceEpoch(m_start).offsetFromUtc()) * 1000;
    const qint64 local = m_start + offset;
    m_origin = local - (((local % m_width) + m_width) % m_width) - offset;
    m_buckets = m_end > m_start ? int((m_end - m_origin + m_width - 1) / m_width) : 0;
    m_keys.clear();
    m_keyIndex.clear();
    m_counts.clear();
    m_lastKey.clear();
    m_lastIndex = -1;
    m_total = 0;
    m_outside = 0;
    m_counted = 0;
    Q_EMIT changed();
}

void OperationLogActivity::scheduleRecount() {
    if (m_recountPending)
        return;
    m_recountPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_recountPending && m_model)
            recountModel();
    });
}

void OperationLogActivity::recountModel() {
    m_recountPending = false;
    recount(m_model->logRows());
    m_counted = m_model->logRows().size();
}

void OperationLogActivity::recount(const OperationLogRows& rows) {
    QSignalBlocker quiet(this); // one changed() for the whole pass
    clearCounts();
    if (!rows.isEmpty())
        add(rows, 0, rows.size() - 1);
    m_counted = rows.size();
    quiet.unblock();
    Q_EMIT changed();
}

int OperationLogActivity::bucketOf(qint64 timeMs) const {
    if (timeMs < m_start || timeMs >= m_end || timeMs == OperationLogRows::kNoTime)
        return -1;
    return int((timeMs - m_origin) / m_width);
}

int OperationLogActivity::keyOf(const QString& key) {
    if (m_lastIndex >= 0 && key == m_lastKey)
        return m_lastIndex;
    auto it = m_keyIndex.constFind(key);
    int index = 0;
    if (it != m_keyIndex.cend()) {
        index = *it;
    } else {
        index = int(m_keys.size());
        m_keys.append(key);
        m_keyIndex.insert(key, index);
        m_counts.emplace_back(size_t(m_buckets), 0u);
    }
    m_lastKey = key;
    m_lastIndex = index;
    return index;
}

void OperationLogActivity::add(const OperationLogRows& rows, qint64 first, qint64 last) {
    const bool byUser = m_stackBy == StackBy::User;
    for (qint64 r = first; r <= last; ++r) {
        const int bucket = bucketOf(rows.timeMs(r));
        if (bucket < 0) {
            ++m_outside;
            continue;
        }
        const int key = keyOf(byUser ? rows.user(r) : rows.result(r));
        ++m_counts[size_t(key)][size_t(bucket)];
        ++m_total;
    }
    Q_EMIT changed();
}

quint32 OperationLogActivity::count(int bucket, int key) const {
    if (key < 0 || key >= int(m_counts.size()) || bucket < 0 || bucket >= m_buckets)
        return 0;
    return m_counts[size_t(key)][size_t(bucket)];
}

quint64 OperationLogActivity::bucketTotal(int bucket) const {
    quint64 sum = 0;
    for (int k = 0; k < int(m_counts.size()); ++k)
        sum += count(bucket, k);
    return sum;
}

QList<OperationLogActivity::Series> OperationLogActivity::series(int maxSeries) const {
    QList<Series> all;
    for (int k = 0; k < int(m_keys.size()); ++k) {
        const auto& c = m_counts[size_t(k)];
        all.append({m_keys.at(k), c, std::accumulate(c.begin(), c.end(), quint64(0))});
    }
    if (m_stackBy == StackBy::Result) {
        auto rank = [](const QString& key) {
            return key == QLatin1String("success") ? 0 : key == QLatin1String("fail") ? 1 : 2;
        };
        std::stable_sort(all.begin(), all.end(),
                         [&rank](const Series& a, const Series& b) { return rank(a.key) < rank(b.key); });
    } else {
        std::stable_sort(all.begin(), all.end(),
                         [](const Series& a, const Series& b) { return a.total > b.total; });
    }
    if (maxSeries < 1 || all.size() <= maxSeries)
        return all;
    Series other{QString(), std::vector<quint32>(size_t(m_buckets), 0u), 0};
    for (qsizetype i = maxSeries - 1; i < all.size(); ++i) {
        for (size_t b = 0; b < other.counts.size(); ++b)
            other.counts[b] += all.at(i).counts[b];
        other.total += all.at(i).total;
    }
    all.resize(maxSeries - 1);
    all.append(std::move(other));
    return all;
}

} // namespace dbss::models
