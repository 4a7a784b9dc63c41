#pragma once

#include "sandbox/store/OperationLogStore.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>

#include <vector>

namespace dbss::sandbox {

// An instance's operation log in the state file (version 2, see StateSnapshot): its string table
// as one JSON array, then one line per row, oldest first,
//   [time, "id", user, function, action, name, description, result]
// with time in UTC seconds and the other six as indices into the string table. Lines are read by
// hand (lines with escapes go through QJsonDocument), so a million rows load and save without a
// QJsonObject per row.
class OperationLogLines {
public:
    static QJsonArray stringTable(const OperationLogStore& log);
    static void writeRows(const OperationLogStore& log, QByteArray* out); // each line ends with '\n'

    // Fills `log` (empty) from a string table and then its row lines, in file order.
    OperationLogLines(OperationLogStore* log, const QJsonArray& strings, QString* error);
    bool addRow(QByteArrayView line, QString* reason);
    void finish(); // puts rows in time order if the file did not, and builds the row lists

private:
    struct Parsed {
        qint64 time = 0;
        QString id;
        quint32 fields[6] = {};
    };
    static bool parseFast(QByteArrayView line, Parsed* row);
    static bool parseSlow(QByteArrayView line, Parsed* row);

    OperationLogStore* m_log;
    std::vector<quint32> m_map; // file string index -> the store's interned index
    bool m_sorted = true;
};

} // namespace dbss::sandbox
