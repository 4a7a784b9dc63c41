#include "models/CreatedHistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace dbss::models {

CreatedHistory::CreatedHistory(const QString& path, QObject* parent)
    : QAbstractTableModel(parent)
    , m_path(path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                  QStringLiteral("/created-history.json")
                            : path) {
    reload();
}

QString CreatedHistory::kindText(const QString& kind) {
    if (kind == QLatin1String("drs_connection"))
        return tr("DRS connection");
    if (kind == QLatin1String("das_connection"))
        return tr("DAS connection");
    if (kind == QLatin1String("instance_order"))
        return tr("Instance order");
    return kind;
}

void CreatedHistory::reload() {
    beginResetModel();
    m_entries.clear();
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonArray items = QJsonDocument::fromJson(file.readAll()).array();
        for (const QJsonValue& v : items) {
            const QJsonObject o = v.toObject();
            Entry e{QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODate),
                    o.value(QLatin1String("kind")).toString(), o.value(QLatin1String("id")).toString(),
                    o.value(QLatin1String("name")).toString(), o.value(QLatin1String("details")).toString()};
            if (!e.id.isEmpty())
                m_entries << e;
        }
    }
    endResetModel();
}

bool CreatedHistory::add(const Entry& entry) {
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    if (m_entries.size() > kMaxEntries) {
        beginRemoveRows({}, kMaxEntries, int(m_entries.size()) - 1);
        m_entries.resize(kMaxEntries);
        endRemoveRows();
    }
    return save();
}

bool CreatedHistory::clear() {
    beginResetModel();
    m_entries.clear();
    endResetModel();
    return save();
}

bool CreatedHistory::save() {
    QJsonArray items;
    for (const Entry& e : std::as_const(m_entries))
        items.append(QJsonObject{{QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODate)},
                                 {QStringLiteral("kind"), e.kind},
                                 {QStringLiteral("id"), e.id},
                                 {QStringLiteral("name"), e.name},
                                 {QStringLiteral("details"), e.details}});
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(items).toJson()) < 0 || !file.commit()) {
        m_error = file.errorString();
        return false;
    }
    m_error.clear();
    return true;
}

int CreatedHistory::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CreatedHistory::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CreatedHistory::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries.at(index.row());
    if (role == Qt::UserRole)
        return e.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Column::Time:
        return e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Column::Kind:
        return kindText(e.kind);
    case Column::Id:
        return e.id;
    case Column::Name:
        return e.name;
    case Column::Details:
        return e.details;
    case Column::Count:
        break;
    }
    return {};
}

QVariant CreatedHistory::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Time:
        return tr("Created");
    case Column::Kind:
        return tr("What");
    case Column::Id:
        return tr("ID");
    case Column::Name:
        return tr("Name");
    case Column::Details:
        return tr("Details");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace dbss::models
