#pragma once

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;

namespace dbss::api {
class ApiClient;
}
namespace dbss::models {
class InstanceTagQuery;
class TagsModel;
} // namespace dbss::models

namespace dbss::views {

class TableDock;

// The navigator's tag filter: a combo of the project's tags (ListProjectTags) as "key=value" and
// "key (any value)", plus "Without tags"; choosing one asks the service which instances match
// (ListResourceInstanceByTag) and how many (CountResourceInstanceByTag), hides the others in the
// navigator and shows the count beside the combo.
class InstanceTagFilter : public QWidget {
    Q_OBJECT
public:
    InstanceTagFilter(api::ApiClient* client, TableDock* instances, QWidget* parent = nullptr);

    QComboBox* combo() const { return m_combo; }
    QLabel* countLabel() const { return m_count; }
    bool isActive() const { return m_active; }
    QSet<QString> matchedResourceIds() const { return m_matched; }
    void reloadChoices();

Q_SIGNALS:
    void applied(int count); // the filter's answer is in and the navigator shows it

private:
    void fillChoices();
    void onChosen();
    void applyToView();

    TableDock* m_dock;
    models::TagsModel* m_tags;
    models::InstanceTagQuery* m_query;
    QComboBox* m_combo;
    QLabel* m_count;
    QSet<QString> m_matched;
    bool m_active = false;
};

} // namespace dbss::views
