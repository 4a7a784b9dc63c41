#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <limits>
#include <vector>

namespace dbss::sandbox {

// One row of an instance's operation log (OperateLogInfo, 001 3.1.6) as it is appended.
struct OperationLogEntry {
    QString id;
    QString user;
    qint64 time = 0; // UTC seconds since the epoch
    QString function;
    QString action;
    QString name;
    QString description;
    QString result = QStringLiteral("success");
};

// An instance's operation log, built for paging a million rows: rows kept in time order with the
// time parsed once (seconds), repeated texts interned, and one row-index list per user, per action
// (ignoring case) and per result, so a page costs two binary searches plus the page itself (one
// filter) or one pass over the smallest matching list (several filters), never the whole log.
class OperationLogStore {
public:
    struct Query {
        qint64 from = std::numeric_limits<qint64>::min(); // inclusive, UTC seconds
        qint64 to = std::numeric_limits<qint64>::max();   // inclusive
        QString user;                                     // exact, empty = any
        QString action;                                   // ignoring case, empty = any
        QString result;                                   // exact, empty = any
        qsizetype offset = 0;
        qsizetype limit = 10;
    };
    struct Page {
        qint64 total = 0;
        std::vector<quint32> rows; // row indices, newest first (rowsJson/writeRowsJson read them)
    };

    void append(const OperationLogEntry& entry); // keeps time order (equal times: insertion order)
    qsizetype size() const { return qsizetype(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }
    QJsonObject row(qsizetype index) const; // 0 = oldest
    Page query(const Query& q) const;
    QJsonArray rowsJson(const Page& page) const; // OperateLogInfo objects
    // The same rows as compact JSON text (`[{...},...]`, byte for byte what QJsonDocument writes for
    // rowsJson()), written from per-string cached JSON: a 1000-row page costs no QJsonObject.
    void writeRowsJson(const Page& page, QByteArray* out) const;
    void clear();
    // For the state journal (StateDelta): rows appended since a save, and undo back to a size.
    // Rows are only ever appended at the end between saves (their times are "now").
    void appendJson(const QJsonArray& rows);
    void truncate(qsizetype size);

    // The state file's form: an array of OperateLogInfo objects, oldest first. Rows whose time
    // cannot be read are kept at 1970-01-01 00:00:00 (the state file is the sandbox's own).
    QJsonArray toJson() const;
    static OperationLogStore fromJson(const QJsonArray& rows);

    // "yyyy-MM-dd HH:mm:ss" (UTC, 001 3.1.6) <-> seconds; parse fails on anything else.
    static bool parseTime(QStringView text, qint64* seconds);
    static QString formatTime(qint64 seconds);
    // A string as a JSON string literal (quotes included), escaped exactly as QJsonDocument does.
    static QByteArray jsonString(const QString& text);

    friend class OperationLogLines; // the state file's form of the log

private:
    struct Row {
        qint64 time;
        QString id;
        quint32 user, function, action, name, description, result;
        quint32 actionKey; // the action ignoring case
    };
    using Postings = QHash<quint32, std::vector<quint32>>; // interned key -> row indices, ascending

    Row rowFromJson(const QJsonObject& o);
    quint32 intern(const QString& text);
    quint32 actionKeyOf(quint32 actionString); // the action key of an interned action text
    void index(quint32 rowIndex);
    void writeRowJson(const Row& r, QByteArray* out) const;
    void rebuildIndex();
    qsizetype lowerBound(qint64 time) const;
    qsizetype upperBound(qint64 time) const;

    static constexpr quint32 kNone = std::numeric_limits<quint32>::max();
    std::vector<Row> m_rows;
    std::vector<QString> m_strings;
    std::vector<QByteArray> m_stringsJson; // m_strings as JSON string literals
    QHash<QString, quint32> m_stringIndex;
    QHash<QString, quint32> m_actionKeys;     // case-folded action -> key
    std::vector<quint32> m_actionKeyOfString; // interned action text -> key (kNone: not yet)
    Postings m_byUser, m_byAction, m_byResult;
};

} // namespace dbss::sandbox
