#pragma once

#include "models/api/Tags.h"
#include "views/SubmitDialog.h"

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dbss::api {
class ApiClient;
}
namespace dbss::models {
class TagsAction;
}

namespace dbss::views {

// Tags editor of one audit instance: its tags listed with check boxes, a key/value pair to add
// (Submit), and "Delete Selected". It stays open after each change and lists the tags again.
class TagsDialog : public SubmitDialog {
    Q_OBJECT
public:
    // resourceId: the instance's resource_id (what the tag APIs take), not its id.
    TagsDialog(api::ApiClient* client, const QString& resourceId, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* deleteButton() const { return m_delete; }
    QList<api::ResourceTag> shownTags() const;
    void setChecked(const QString& key, bool checked);
    models::TagsAction* action() const { return m_action; }

Q_SIGNALS:
    void tagsLoaded();
    void tagsChanged(const QString& resourceId);

protected:
    void submit() override; // adds the typed key/value

private:
    void showTags(const QList<api::ResourceTag>& tags);
    QList<api::ResourceTag> checkedTags() const;

    QString m_resourceId;
    models::TagsAction* m_action;
    QTableWidget* m_table;
    QLineEdit* m_key;
    QLineEdit* m_value;
    QPushButton* m_delete;
};

} // namespace dbss::views
