#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace dbss::models {

// What this console created that no list API can show again: DRS and DAS connection ids and the
// order ids of bought instances. Kept in the application data folder as JSON (written through
// QSaveFile, so a crash leaves the old file), newest first. Never holds a password or key: an
// entry is built from the service's answer and the names the operator chose.
class CreatedHistory : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Time, Kind, Id, Name, Details, Count };
    Q_ENUM(Column)
    struct Entry {
        QDateTime time; // UTC
        QString kind;   // "drs_connection", "das_connection", "instance_order"
        QString id;
        QString name;
        QString details; // e.g. "mysql 192.168.0.5:3306 as root"
    };

    // path: the JSON file; empty = <AppDataLocation>/created-history.json
    explicit CreatedHistory(const QString& path = {}, QObject* parent = nullptr);

    QString path() const { return m_path; }
    const QList<Entry>& entries() const { return m_entries; }
    static QString kindText(const QString& kind);
    static constexpr int kMaxEntries = 500; // the oldest are dropped beyond this

    // Adds at the top and saves; false (and errorString()) when the file could not be written.
    bool add(const Entry& entry);
    bool clear();
    void reload();
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool save();

    QString m_path;
    QList<Entry> m_entries;
    QString m_error;
};

} // namespace dbss::models
