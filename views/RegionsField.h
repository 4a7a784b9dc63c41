#pragma once

#include <QListWidget>

namespace dbss::views {

// The Profiles form's "Fleet regions": every region offering DBSS (translated names), checkable.
// The profile's own region is always part of its fleet: shown checked and disabled.
class RegionsField : public QListWidget {
    Q_OBJECT
public:
    explicit RegionsField(QWidget* parent = nullptr);

    void setRegions(const QStringList& regions, const QString& ownRegion);
    void setOwnRegion(const QString& region);
    QStringList regions() const; // checked, other than the own region, in the table's order

Q_SIGNALS:
    void regionsChanged();

private:
    QString m_own;
};

} // namespace dbss::views
