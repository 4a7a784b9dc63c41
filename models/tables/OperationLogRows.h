#pragma once

#include "models/api/OperationLogs.h"
#include "models/tables/TextNeedle.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <limits>
#include <vector>

namespace dbss::models {

// Operation log rows stored by column, for logs of a million rows (~1.9 kB a row as
// api::OperationLog with its raw QJsonObject; this layout holds a row in a few times its text):
// times as UTC milliseconds parsed once; user, function, action and result interned (few distinct
// values); id, name, description (and a time the parser did not understand) as UTF-8 in one arena;
// an open-addressing id index of 4-byte slots. The raw object is rebuilt on demand (raw()).
class OperationLogRows {
public:
    static constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();

    qint64 size() const { return qint64(m_time.size()); }
    bool isEmpty() const { return m_time.empty(); }
    void clear();
    void reserve(qint64 rows, qint64 textBytes);
    // Room for `rows` rows like sample's, once (no-op when there is): growing a million rows'
    // arena and id index page by page copies and rehashes them all in the GUI thread.
    void reserveFor(qint64 rows, const OperationLogRows& sample);

    void append(const api::OperationLog& log);
    void append(const OperationLogRows& other); // every row of another block (a parsed page)
    void append(const OperationLogRows& other, qint64 otherRow);
    void assign(qint64 row, const OperationLogRows& other, qint64 otherRow); // row := other's row
    bool sameRow(qint64 row, const OperationLogRows& other, qint64 otherRow) const;
    void erase(qint64 first, qint64 last); // rows first..last inclusive; the index is rebuilt

    qint64 find(QByteArrayView id) const; // -1 when absent
    qint64 find(const QString& id) const { return find(QByteArrayView(id.toUtf8())); }

    QString id(qint64 row) const { return text(row, Id); }
    QByteArrayView idBytes(qint64 row) const { return bytes(row, Id); }
    QString name(qint64 row) const { return text(row, Name); }
    QString description(qint64 row) const { return text(row, Description); }
    const QString& user(qint64 row) const { return m_users.values.at(m_user[size_t(row)]); }
    const QString& function(qint64 row) const { return m_functions.values.at(m_function[size_t(row)]); }
    const QString& action(qint64 row) const { return m_actions.values.at(m_action[size_t(row)]); }
    const QString& result(qint64 row) const { return m_results.values.at(m_result[size_t(row)]); }
    // The results as interned: resultValues()[resultIndex(row)] == result(row).
    quint32 resultIndex(qint64 row) const { return m_result[size_t(row)]; }
    const QStringList& resultValues() const { return m_results.values; }
    qint64 timeMs(qint64 row) const { return m_time[size_t(row)]; } // kNoTime: not understood
    QString timeText(qint64 row) const; // as the service sent it (UTC "yyyy-MM-dd HH:mm:ss")
    // "yyyy-MM-dd HH:mm:ss" in local time, and ISO-8601 UTC ("...T...Z", as CSV exports times):
    // formatted by hand with the zone offset cached per hour (QDateTime::toLocalTime costs
    // microseconds, and a filter or an export formats every row).
    QString localTimeText(qint64 row) const;
    QString isoUtcText(qint64 row) const;
    QJsonObject raw(qint64 row) const; // the row as a service object (rebuilt, not kept)
    // UTF-8 of the texts, for a CSV export without a QString per cell (views into the rows, or
    // into scratch; valid until the rows or scratch change).
    QByteArrayView isoUtcUtf8(qint64 row, QByteArray& scratch) const; // empty when kNoTime
    QByteArrayView timeTextUtf8(qint64 row) const { return bytes(row, TimeText); }
    QByteArrayView nameUtf8(qint64 row) const { return bytes(row, Name); }
    QByteArrayView descriptionUtf8(qint64 row) const { return bytes(row, Description); }
    QByteArrayView userUtf8(qint64 row) const { return m_users.utf8[m_user[size_t(row)]]; }
    QByteArrayView functionUtf8(qint64 row) const { return m_functions.utf8[m_function[size_t(row)]]; }
    QByteArrayView actionUtf8(qint64 row) const { return m_actions.utf8[m_action[size_t(row)]]; }
    // The needle is in one of the row's shown texts: local time, user, function, action, name or
    // description (not the id; the result is shown translated, so the model tests it). For a
    // filter over a million rows: no QString per row, the interned columns decided once per value.
    bool contains(qint64 row, const TextNeedle& needle) const;

    qint64 memoryBytes() const; // what the rows hold, container overhead included

private:
    enum Field { Id, Name, Description, TimeText, FieldCount };
    struct Pool { // interned strings: a column holds the index
        QStringList values;
        std::vector<QByteArray> utf8; // values' UTF-8, for exports
        QHash<QString, quint32> index;
        quint32 intern(const QString& s);
    };

    QByteArrayView bytes(qint64 row, Field f) const;
    QString text(qint64 row, Field f) const { return QString::fromUtf8(bytes(row, f)); }
    void appendRow(qint64 time, const QString& user, const QString& function, const QString& action,
                   const QString& result, const QByteArrayView (&texts)[FieldCount]);
    void indexRow(qint64 row);
    void rehash(size_t slots);

    std::vector<qint64> m_time;
    std::vector<quint32> m_user, m_function, m_action, m_result;
    std::vector<quint32> m_textStart;  // arena offset of the row's first field
    std::vector<quint32> m_textLength; // FieldCount lengths per row
    QByteArray m_arena;                // UTF-8 texts of every row, back to back
    Pool m_users, m_functions, m_actions, m_results;
    std::vector<quint32> m_slots; // id index: row + 1, 0 = empty
    struct ZoneOffset {
        qint64 hour = std::numeric_limits<qint64>::min();
        qint64 offsetMs = 0;
    };
    mutable ZoneOffset m_zone[64]; // local offset by hour since the epoch, direct-mapped
    struct Hits {                  // contains(): per interned value, -1 not yet asked, 0 / 1
        TextNeedle needle;
        bool timeLike = false; // only characters a formatted time has
        std::vector<qint8> pool[3];
    };
    mutable Hits m_hits;
    bool poolHit(int which, const Pool& pool, quint32 value) const;
};

} // namespace dbss::models
