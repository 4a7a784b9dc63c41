#include "models/policy/PolicyCompareModel.h"

#include "models/policy/Policy.h"
#include "models/tables/CellFormat.h"
#include "models/tables/RemoteTableModel.h"

#include <QFont>
#include <QHash>

#include <algorithm>
#include <tuple>

namespace dbss::models {

PolicyCompareModel::PolicyCompareModel(QObject* parent)
    : QAbstractTableModel(parent) {}

QString PolicyCompareModel::kindText(Kind kind) {
    switch (kind) {
    case Kind::RiskRule:
        return tr("Risk rule");
    case Kind::SqlInjectionRule:
        return tr("SQL injection rule");
    case Kind::MaskingRule:
        return tr("Masking rule");
    case Kind::AuditScope:
        return tr("Audit scope");
    }
    return {};
}

QString PolicyCompareModel::keyOf(Kind kind, const QString& type, const QString& name) {
    static const char* const kKeys[] = {"risk", "sql_injection", "masking", "scope"};
    return QLatin1String(kKeys[int(kind)]) + QLatin1Char('/') + type + QLatin1Char('/') + name;
}

PolicyCompareModel::Side PolicyCompareModel::sideOf(const QString& title, const Policy& policy) {
    Side side{title, {}};
    const std::pair<Kind, PolicyList> lists[] = {{Kind::RiskRule, PolicyList::Risk},
                                                 {Kind::SqlInjectionRule, PolicyList::SqlInjection},
                                                 {Kind::MaskingRule, PolicyList::Masking}};
    for (const auto& [kind, list] : lists)
        for (const PolicyRule& rule : policy.rules(list))
            side.items.append({kind, rule.type, rule.name,
                               rule.on ? QStringLiteral("ON") : QStringLiteral("OFF"),
                               cell::onOffText(rule.on ? QStringLiteral("ON") : QStringLiteral("OFF"))});
    for (const PolicyScope& scope : policy.auditScopes) {
        // Settings by database *name* (ids differ between instances), as the plan compares them.
        const QString sep = QStringLiteral(", ");
        QStringList parts;
        if (scope.fullAudit)
            parts << tr("full audit");
        parts << tr("databases: %1").arg(scope.databases.join(sep));
        if (!scope.users.isEmpty())
            parts << tr("users: %1").arg(scope.users.join(sep));
        if (!scope.sourceIps.isEmpty())
            parts << tr("source IPs: %1").arg(scope.sourceIps.join(sep));
        if (!scope.sourcePorts.isEmpty())
            parts << tr("source ports: %1").arg(scope.sourcePorts.join(sep));
        if (!scope.exceptionIps.isEmpty())
            parts << tr("exception IPs: %1").arg(scope.exceptionIps.join(sep));
        if (!scope.actions.isEmpty())
            parts << tr("actions: %1").arg(scope.actions.join(sep));
        const QString status = scope.on ? QStringLiteral("ON") : QStringLiteral("OFF");
        const QString value = QStringList{status,
                                          scope.databases.join(QLatin1Char(',')),
                                          scope.users.join(QLatin1Char(',')),
                                          scope.sourceIps.join(QLatin1Char(',')),
                                          scope.sourcePorts.join(QLatin1Char(',')),
                                          scope.exceptionIps.join(QLatin1Char(',')),
                                          scope.actions.join(QLatin1Char(','))}
                                  .join(QLatin1Char('|'));
        side.items.append(
            {Kind::AuditScope, QString(), scope.name, value,
             cell::onOffText(status) + QStringLiteral(" · ") + parts.join(QStringLiteral("; "))});
    }
    return side;
}

QColor PolicyCompareModel::differenceColor() {
    return QColor(0xd9, 0x6c, 0x00); // an amber; the views adjust its lightness to the palette
}

void PolicyCompareModel::setSides(const QList<Side>& sides) {
    beginResetModel();
    m_sides = sides;
    m_rows.clear();
    // Rows grouped by kind, then by type and name; a key seen on any instance is a row.
    QHash<QString, int> rowOf;
    for (int s = 0; s < m_sides.size(); ++s) {
        const QList<Item>& items = m_sides.at(s).items;
        for (int i = 0; i < items.size(); ++i) {
            const Item& item = items.at(i);
            const QString key = keyOf(item.kind, item.type, item.name);
            auto it = rowOf.find(key);
            if (it == rowOf.end()) {
                it = rowOf.insert(key, int(m_rows.size()));
                m_rows.append({item.kind, item.type, item.name, QList<int>(m_sides.size(), -1), false});
            }
            m_rows[*it].cells[s] = i; // a duplicate name on one instance: the last one counts
        }
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
        return std::tie(a.kind, a.type, a.name) < std::tie(b.kind, b.type, b.name);
    });
    for (Row& row : m_rows)
        for (int s = 1; s < m_sides.size() && !row.differs; ++s)
            row.differs = cellDiffers(row, s);
    endResetModel();
}

bool PolicyCompareModel::cellDiffers(const Row& row, int side) const {
    if (side == 0)
        return false;
    const int ref = row.cells.at(0);
    const int own = row.cells.at(side);
    if (ref < 0 || own < 0)
        return ref != own;
    return m_sides.at(0).items.at(ref).value != m_sides.at(side).items.at(own).value;
}

int PolicyCompareModel::differenceCount() const {
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.differs; }));
}

QStringList PolicyCompareModel::differingKeys() const {
    QStringList keys;
    for (const Row& row : m_rows)
        if (row.differs)
            keys << keyOf(row.kind, row.type, row.name);
    return keys;
}

int PolicyCompareModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PolicyCompareModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FirstInstanceColumn + int(m_sides.size());
}

QVariant PolicyCompareModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int side = index.column() - FirstInstanceColumn;
    if (role == DiffersRole)
        return row.differs;
    if (role == KeyRole)
        return keyOf(row.kind, row.type, row.name);
    const bool differs = side >= 0 && cellDiffers(row, side);
    if (role == CellDiffersRole)
        return differs;
    if (role == Qt::DisplayRole || role == RemoteTableModel::SortRole) {
        if (index.column() == KindColumn)
            return role == Qt::DisplayRole ? kindText(row.kind) : QVariant(int(row.kind));
        if (index.column() == TypeColumn)
            return row.type;
        if (index.column() == NameColumn)
            return row.name;
        const int item = row.cells.at(side);
        return item < 0 ? tr("Not present") : m_sides.at(side).items.at(item).text;
    }
    if (role == Qt::ForegroundRole && differs)
        return differenceColor();
    if (role == Qt::DecorationRole && differs)
        return differenceColor(); // a swatch: the difference does not rest on the text colour alone
    if (role == Qt::FontRole && (differs || (side < 0 && row.differs))) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && differs)
        return tr("Differs from %1").arg(m_sides.at(0).title);
    return {};
}

QVariant PolicyCompareModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == KindColumn)
        return tr("List");
    if (section == TypeColumn)
        return tr("Rule Type");
    if (section == NameColumn)
        return tr("Name");
    const int side = section - FirstInstanceColumn;
    if (side < 0 || side >= m_sides.size())
        return {};
    return side == 0 ? tr("%1 (reference)").arg(m_sides.at(0).title) : m_sides.at(side).title;
}

} // namespace dbss::models
