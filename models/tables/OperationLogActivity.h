#pragma once

#include "models/tables/OperationLogModel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <utility>
#include <vector>

namespace dbss::models {

// The operation log's activity over time, for the chart above the log: rows counted into buckets
// of one width (chosen from the span: a minute up to a day, at most kMaxBuckets), stacked by
// result or by user. Counted from the model's columns (timeMs() and the interned result/user
// strings), never through QVariant: rows appended at the end (pages arriving) are added as they
// come; anything else (a removal, a changed row, a reset) is recounted in one pass, deferred to
// the event loop so a burst of changes costs one pass.
class OperationLogActivity : public QObject {
    Q_OBJECT
public:
    enum class StackBy { Result, User };
    Q_ENUM(StackBy)
    static constexpr int kMaxBuckets = 60;

    struct Series {
        QString key;                 // a result ("success", "fail") or a user; empty: the others, merged
        std::vector<quint32> counts; // per bucket
        quint64 total = 0;
    };

    explicit OperationLogActivity(QObject* parent = nullptr);

    // Follows a model: the range from its query (a preset ends now), its rows as they arrive.
    void setModel(OperationLogModel* model);
    OperationLogModel* model() const { return m_model; }

    // The span shown; buckets are re-chosen and every row recounted. Empty spans count nothing.
    void setRange(qint64 startMs, qint64 endMs);
    void setStackBy(StackBy by);
    StackBy stackBy() const { return m_stackBy; }

    // Counting rows without a model (tests, tools): recount all of `rows`, or add rows first..last.
    void recount(const OperationLogRows& rows);
    void add(const OperationLogRows& rows, qint64 first, qint64 last);

    // The span a query covers: start..end (UTC ms, end exclusive); a preset ends at nowMs.
    static std::pair<qint64, qint64> rangeOf(const api::OperationLogQuery& query, qint64 nowMs);
    static qint64 bucketWidthFor(qint64 spanMs); // the smallest "round" width giving <= kMaxBuckets
    qint64 startMs() const { return m_start; }
    qint64 endMs() const { return m_end; }
    qint64 bucketMs() const { return m_width; }
    int bucketCount() const { return m_buckets; }
    qint64 bucketStart(int bucket) const { return m_origin + bucket * m_width; }
    qint64 bucketEnd(int bucket) const { return bucketStart(bucket + 1); } // exclusive
    int bucketOf(qint64 timeMs) const;                                     // -1: outside the span

    QStringList keys() const { return m_keys; } // results or users, in the order first seen
    quint32 count(int bucket, int key) const;
    quint64 bucketTotal(int bucket) const;
    quint64 total() const { return m_total; }     // rows inside the span
    quint64 outside() const { return m_outside; } // rows outside it, or with a time not understood
    // What the chart draws: results success, fail, then others; users by total, the largest
    // maxSeries - 1 and the rest merged into one series with an empty key.
    QList<Series> series(int maxSeries = 8) const;

Q_SIGNALS:
    void changed(); // counts, range or stacking changed

private:
    void clearCounts();
    void scheduleRecount();
    void recountModel();
    void rangeFromModel();
    int keyOf(const QString& key);

    QPointer<OperationLogModel> m_model;
    StackBy m_stackBy = StackBy::Result;
    qint64 m_start = 0;
    qint64 m_end = 0;
    qint64 m_origin = 0; // the first bucket's start: the span's start rounded down to the width
    qint64 m_width = 60'000;
    int m_buckets = 0;
    QStringList m_keys;
    QHash<QString, int> m_keyIndex;
    std::vector<std::vector<quint32>> m_counts; // [key][bucket]
    quint64 m_total = 0;
    quint64 m_outside = 0;
    qint64 m_counted = 0; // the model's rows counted so far (they are its first rows)
    bool m_recountPending = false;
    // The last key looked up: rows repeat a few values, so most lookups skip the hash.
    QString m_lastKey;
    int m_lastIndex = -1;
};

} // namespace dbss::models
