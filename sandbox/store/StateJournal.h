#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dbss::sandbox {

// The append-only file beside the state snapshot (FILE.journal): one JSON record per line,
// appended and fsync'ed before a change is acknowledged. A crash can only tear the last line,
// which read() drops (and cuts off the file, so the next record starts on a line of its own).
class StateJournal {
public:
    explicit StateJournal(QString path = {})
        : m_path(std::move(path)) {}

    QString path() const { return m_path; }
    // Complete lines, oldest first. *tornTail: the last line was incomplete or unreadable and was
    // dropped. A line that is not the last and does not parse is for the caller to refuse.
    bool read(QList<QByteArray>* lines, bool* tornTail, QString* error);
    // Appends line + '\n' and fsyncs. The file is opened by name every time, so a folder that
    // became unwritable fails the save instead of writing through an old descriptor. On failure the
    // file is cut back to its previous length. *errorText is the system's reason (no path).
    bool append(const QByteArray& line, QString* errorText);
    bool remove(QString* errorText); // after compaction; a missing file is fine
    qint64 size() const { return m_size; }

private:
    QString m_path;
    qint64 m_size = 0;
};

// fsync of a file's folder, so a rename or a new file in it survives a crash.
bool syncParentFolder(const QString& filePath);

} // namespace dbss::sandbox
