#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

namespace dbss::models {

struct Policy;

// Two or more instances' policies side by side: a row per rule key (kind + name, the way rules are
// matched across instances, whose ids differ), the kind and name columns, then a column per
// instance with its state of that rule ("On", "Off", "Not present"). The first instance is the
// reference: a cell that differs from it is marked (colour, bold, a swatch; the views make the
// colour readable on the palette), and DiffersRole says whether a row differs at all (the "only
// differences" filter). No widgets; CSV export reads it like any table.
// Columns: list (risk rule, ...), rule type (OPERATE, SYSTEM, ...; empty for scopes), name, then
// one per instance.
class PolicyCompareModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Kinds in the order rows are grouped.
    enum class Kind { RiskRule, SqlInjectionRule, MaskingRule, AuditScope };
    // One item of one instance: `value` is what is compared, `text` what the cell shows.
    struct Item {
        Kind kind = Kind::RiskRule;
        QString type; // the rule's type; with kind and name the key rows are matched by
        QString name;
        QString value;
        QString text;
    };
    struct Side {
        QString title; // the instance's name
        QList<Item> items;
    };
    // An instance's policy as one side: rules compared by on/off, scopes by on/off and settings.
    static Side sideOf(const QString& title, const Policy& policy);
    enum Role {
        DiffersRole = Qt::UserRole + 80, // bool, any column: the row differs between instances
        KeyRole,                         // "kind/type/name", any column
        CellDiffersRole,                 // bool, instance columns: differs from the reference
    };
    enum Column { KindColumn, TypeColumn, NameColumn, FirstInstanceColumn };

    explicit PolicyCompareModel(QObject* parent = nullptr);

    void setSides(const QList<Side>& sides); // a reset
    const QList<Side>& sides() const { return m_sides; }
    int differenceCount() const; // rows that differ
    // The keys of the rows that differ, "kind/type/name" (tests, summaries).
    QStringList differingKeys() const;

    static QString kindText(Kind kind);
    static QString keyOf(Kind kind, const QString& type, const QString& name);
    static QColor differenceColor();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Kind kind;
        QString type;
        QString name;
        QList<int> cells; // per side: the index of its item, -1 when not present there
        bool differs = false;
    };
    bool cellDiffers(const Row& row, int side) const;
    QList<Side> m_sides;
    QList<Row> m_rows;
};

} // namespace dbss::models
