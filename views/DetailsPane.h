#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace dbss::views {

// Every field of the selected row as the service sent it, one per line, selectable and copyable.
class DetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit DetailsPane(QWidget* parent = nullptr);
    void showObject(const QString& title, const QJsonObject& object);
    void clear(const QString& hint);
    QTableWidget* table() const { return m_table; }

private:
    QLabel* m_title;
    QTableWidget* m_table;
};

} // namespace dbss::views
