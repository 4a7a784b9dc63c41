// FleetOverviewModel: what its cells show, sort by and export, and its column titles.
#include "models/fleet/FleetOverviewModel.h"

namespace dbss::fleet {

namespace {
QString pairText(int on, int total) {
    return on < 0 ? QStringLiteral("-") : QStringLiteral("%1 / %2").arg(on).arg(total);
}
QVariant countValue(int n) {
    return n < 0 ? QVariant() : QVariant(n);
}
} // namespace

QVariant FleetOverviewModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const FleetOverviewRow& r = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole:
    case InstanceIdRole:
        return r.instanceId;
    case ProfileRole:
        return r.profile;
    case RegionRole:
        return r.region;
    case RowErrorRole:
        return r.error;
    case Qt::ToolTipRole:
        return index.column() == ErrorColumn || !r.error.isEmpty() ? QVariant(r.error) : QVariant();
    case ExportRole:
        // CSV: the pairs as written on screen, counts as numbers, times in ISO-8601 UTC.
        if (index.column() == LastActivityColumn)
            return r.lastActivity.isValid() ? r.lastActivity.toString(Qt::ISODate) : QString();
        if (const QString text = data(index, Qt::DisplayRole).toString(); text != QLatin1String("-"))
            return text;
        return QString(); // unknown
    case SortRole:
        switch (index.column()) {
        case DatabasesColumn:
            return countValue(r.databasesAudited);
        case AgentsColumn:
            return countValue(r.agentsOn);
        case RiskHighColumn:
            return countValue(r.riskHigh);
        case RiskMediumColumn:
            return countValue(r.riskMedium);
        case RiskLowColumn:
            return countValue(r.riskLow);
        case SqlInjectionColumn:
            return countValue(r.sqlInjectionOn);
        case LastActivityColumn:
            return r.lastActivity;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case AccountColumn:
            return r.profile;
        case RegionColumn:
            return r.region;
        case InstanceColumn:
            return r.instanceName.isEmpty() ? r.instanceId : r.instanceName;
        case StatusColumn:
            return r.status;
        case SpecificationColumn:
            return r.specification;
        case DatabasesColumn:
            return pairText(r.databasesAudited, r.databasesTotal);
        case AgentsColumn:
            return pairText(r.agentsOn, r.agentsTotal);
        case RiskHighColumn:
            return r.riskHigh < 0 ? QStringLiteral("-") : QString::number(r.riskHigh);
        case RiskMediumColumn:
            return r.riskMedium < 0 ? QStringLiteral("-") : QString::number(r.riskMedium);
        case RiskLowColumn:
            return r.riskLow < 0 ? QStringLiteral("-") : QString::number(r.riskLow);
        case SqlInjectionColumn:
            return pairText(r.sqlInjectionOn, r.sqlInjectionTotal);
        case LastActivityColumn:
            if (!r.lastActivityKnown)
                return QStringLiteral("-");
            return r.lastActivity.isValid()
                       ? r.lastActivity.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : tr("none");
        case ErrorColumn:
            return r.error;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant FleetOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case RegionColumn:
        return tr("Region");
    case InstanceColumn:
        return tr("Instance");
    case StatusColumn:
        return tr("Status");
    case SpecificationColumn:
        return tr("Specification");
    case DatabasesColumn:
        return tr("Databases audited");
    case AgentsColumn:
        return tr("Agents on");
    case RiskHighColumn:
        return tr("High risk rules on");
    case RiskMediumColumn:
        return tr("Medium risk rules on");
    case RiskLowColumn:
        return tr("Low risk rules on");
    case SqlInjectionColumn:
        return tr("SQL injection rules on");
    case LastActivityColumn:
        return tr("Last activity");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

} // namespace dbss::fleet
