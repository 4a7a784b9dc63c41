#include "models/InstancesModel.h"

#include "models/api/ApiClient.h"
#include "models/api/ParseReply.h"

#include <QColor>
#include <QDateTime>
#include <QSet>

namespace dbss::models {

using api::AuditInstance;

namespace {

// The service sends "2021-04-21 04:37:54" in UTC.
QDateTime parseServiceTime(const QString& s) {
    QDateTime t = QDateTime::fromString(s, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (t.isValid())
        t.setTimeSpec(Qt::UTC);
    return t;
}

QString localTimeText(const QString& s) {
    const QDateTime t = parseServiceTime(s);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : s;
}

QColor statusColor(const QString& status) {
    if (status == QLatin1String("ACTIVE"))
        return QColor(0x2e, 0x7d, 0x32);
    if (status == QLatin1String("ERROR") || status == QLatin1String("FROZEN"))
        return QColor(0xc6, 0x28, 0x28);
    if (status == QLatin1String("SHUTOFF"))
        return QColor(0x75, 0x75, 0x75);
    return QColor(0xef, 0x6c, 0x00); // transitional: BUILD, DELETING, HAWAIT, UPGRADEING
}

bool sameRow(const AuditInstance& a, const AuditInstance& b) {
    return a.raw == b.raw;
}

} // namespace

InstancesModel::InstancesModel(api::ApiClient* client, QObject* parent)
    : RemoteTableModel(parent)
    , m_client(client) {}

InstancesModel::~InstancesModel() {
    cancel();
}

int InstancesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstancesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(Column::Count);
}

const AuditInstance* InstancesModel::instance(int row) const {
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int InstancesModel::rowOfId(const QString& id) const {
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

QString InstancesModel::statusText(const QString& status) {
    if (status == QLatin1String("ACTIVE"))
        return tr("Running");
    if (status == QLatin1String("SHUTOFF"))
        return tr("Stopped");
    if (status == QLatin1String("BUILD"))
        return tr("Creating");
    if (status == QLatin1String("DELETING"))
        return tr("Deleting");
    if (status == QLatin1String("DELETED"))
        return tr("Deleted");
    if (status == QLatin1String("ERROR"))
        return tr("Error");
    if (status == QLatin1String("HAWAIT"))
        return tr("Waiting for standby");
    if (status == QLatin1String("FROZEN"))
        return tr("Frozen");
    if (status == QLatin1String("UPGRADEING"))
        return tr("Upgrading");
    return status;
}

QVariant InstancesModel::displayValue(const AuditInstance& i, Column column) const {
    switch (column) {
    case Column::Name:
        return i.name;
    case Column::Status:
        return statusText(i.status);
    case Column::Specification:
        return i.specification;
    case Column::Version:
        return i.version;
    case Column::Zone:
        return i.zone;
    case Column::Address:
        return i.connectIpv6.isEmpty() ? i.connectIp : i.connectIp + QStringLiteral(", ") + i.connectIpv6;
    case Column::ChargeMode:
        if (i.chargeModel == QLatin1String("Period"))
            return tr("Yearly/Monthly");
        if (i.chargeModel == QLatin1String("Demand"))
            return tr("Pay-per-use");
        return i.chargeModel;
    case Column::Created:
        return localTimeText(i.created);
    case Column::Expires:
        return i.expired.isEmpty() ? QString() : localTimeText(i.expired);
    case Column::Count:
        break;
    }
    return {};
}

QVariant InstancesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditInstance& i = m_rows[size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(i, column);
    case Qt::ToolTipRole:
        if (column == Column::Status && !i.task.isEmpty() && i.task != QLatin1String("NO_TASK"))
            return tr("%1 (task: %2)").arg(statusText(i.status), i.task);
        if (column == Column::Name)
            return tr("%1\nID: %2").arg(i.name, i.id);
        return displayValue(i, column);
    case Qt::DecorationRole:
        return column == Column::Status ? QVariant(statusColor(i.status)) : QVariant();
    case IdRole:
        return i.id;
    case RawRole:
        return i.raw;
    case StatusRole:
        return i.status;
    case SortRole:
        if (column == Column::Created)
            return parseServiceTime(i.created);
        if (column == Column::Expires)
            return parseServiceTime(i.expired);
        return displayValue(i, column);
    default:
        return {};
    }
}

QVariant InstancesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Status:
        return tr("Status");
    case Column::Specification:
        return tr("Specification");
    case Column::Version:
        return tr("Version");
    case Column::Zone:
        return tr("AZ");
    case Column::Address:
        return tr("IP address");
    case Column::ChargeMode:
        return tr("Billing");
    case Column::Created:
        return tr("Created");
    case Column::Expires:
        return tr("Expires");
    case Column::Count:
        break;
    }
    return {};
}

QHash<int, QByteArray> InstancesModel::roleNames() const {
    QHash<int, QByteArray> names = RemoteTableModel::roleNames();
    names.insert(IdRole, "instanceId");
    names.insert(RawRole, "raw");
    names.insert(SortRole, "sortValue");
    names.insert(StatusRole, "status");
    return names;
}

void InstancesModel::refresh() {
    cancel();
    if (!m_client)
        return;
    m_seen.clear();
    setLoading(true);
    fetchPage(0);
}

void InstancesModel::cancel() {
    if (m_inFlight) {
        api::ApiReply* reply = m_inFlight;
        m_inFlight = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    setLoading(false);
}

void InstancesModel::fetchPage(int offset) {
    api::ApiReply* reply = m_client->send(api::listAuditInstances(offset, m_pageSize));
    m_inFlight = reply;
    connect(reply, &api::ApiReply::finished, this, [this, reply, offset] { onPage(reply, offset); });
}

void InstancesModel::onPage(api::ApiReply* reply, int offset) {
    reply->deleteLater();
    if (reply != m_inFlight)
        return; // a stale page of a cancelled refresh
    m_inFlight = nullptr;

    api::ListAuditInstancesResponse page;
    api::ApiError error;
    if (!api::parseReply(*reply, &page, &error)) {
        setError(error); // rows of the previous refresh stay: better stale than empty
        return;
    }
    merge(page.servers);
    const int loaded = offset + int(page.servers.size());
    setProgress(loaded, page.total);
    if (!page.servers.isEmpty() && loaded < page.total)
        fetchPage(loaded);
    else
        finishRefresh();
}

void InstancesModel::merge(const QList<AuditInstance>& page) {
    for (const AuditInstance& incoming : page) {
        m_seen.insert(incoming.id);
        const int row = rowOfId(incoming.id);
        if (row < 0) {
            const int at = int(m_rows.size());
            beginInsertRows({}, at, at);
            m_rows.push_back(incoming);
            endInsertRows();
        } else if (!sameRow(m_rows[size_t(row)], incoming)) {
            m_rows[size_t(row)] = incoming;
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    }
}

void InstancesModel::finishRefresh() {
    // Remove rows the service no longer lists, from the bottom up so rows keep their numbers.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!m_seen.contains(m_rows[size_t(row)].id)) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
    }
    clearError();
    setLoading(false);
    Q_EMIT refreshed();
}

} // namespace dbss::models
