#include "views/RegionsField.h"

#include "models/api/EndpointTable.h"

namespace dbss::views {

namespace {
constexpr int kCodeRole = Qt::UserRole;
}

RegionsField::RegionsField(QWidget* parent)
    : QListWidget(parent) {
    setObjectName(QStringLiteral("regions")); // the form's field name, as SubmitDialog::addField sets
    setToolTip(tr("The regions the fleet view lists for this account, besides its own"));
    for (const api::RegionInfo& region : api::EndpointTable::regions()) {
        if (!region.dbss)
            continue;
        auto* item = new QListWidgetItem(region.label(), this);
        item->setData(kCodeRole, region.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    // About five rows: the list scrolls, the form stays compact.
    setMaximumHeight(sizeHintForRow(0) * 5 + 2 * frameWidth());
    connect(this, &QListWidget::itemChanged, this, &RegionsField::regionsChanged);
}

void RegionsField::setRegions(const QStringList& regions, const QString& ownRegion) {
    const QSignalBlocker quiet(this);
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(regions.contains(item(i)->data(kCodeRole).toString()) ? Qt::Checked
                                                                                     : Qt::Unchecked);
    setOwnRegion(ownRegion);
}

void RegionsField::setOwnRegion(const QString& region) {
    m_own = region;
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem* it = item(i);
        const bool own = it->data(kCodeRole).toString() == region;
        it->setFlags(own ? Qt::ItemIsUserCheckable : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        it->setToolTip(own ? tr("The profile's own region is always included") : QString());
        if (own)
            it->setCheckState(Qt::Checked);
    }
}

QStringList RegionsField::regions() const {
    QStringList checked;
    for (int i = 0; i < count(); ++i) {
        const QString code = item(i)->data(kCodeRole).toString();
        if (code != m_own && item(i)->checkState() == Qt::Checked)
            checked << code;
    }
    return checked;
}

} // namespace dbss::views
