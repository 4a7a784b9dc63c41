#pragma once

#include "models/actions/SubmitAction.h"
#include "models/api/Tags.h"

namespace dbss::models {

// Adds or deletes tags of one audit instance (reference 3.4.4, 3.4.5) and reads its current tags
// (3.4.2 with an empty filter, picking the instance: there is no per-resource read).
class TagsAction : public SubmitAction {
    Q_OBJECT
public:
    enum class Change { Add, Delete };

    explicit TagsAction(api::ApiClient* client, QObject* parent = nullptr);
    ~TagsAction() override;

    // Keys 1-128 characters, not blank, unique; values at most 255 (reference 3.4).
    static api::FieldErrors validate(const QString& resourceId, const QList<api::ResourceTag>& tags);

    void loadTags(const QString& resourceId); // tagsLoaded or tagsFailed follows
    bool submit(const QString& resourceId, const QList<api::ResourceTag>& tags, Change change);

Q_SIGNALS:
    void tagsLoaded(const QList<dbss::api::ResourceTag>& tags);
    void tagsFailed(const dbss::api::ApiError& error);
    void succeeded(dbss::models::TagsAction::Change change, const QList<dbss::api::ResourceTag>& tags);

private:
    void fetchPage(int offset);
    void emitSucceeded() override;

    static constexpr int kPageSize = 100;
    QString m_resourceId;
    QPointer<api::ApiReply> m_listReply;
    Change m_change = Change::Add;
    QList<api::ResourceTag> m_sent;
};

} // namespace dbss::models
