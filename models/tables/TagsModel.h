#pragma once

#include "models/api/Tags.h"
#include "models/tables/RemoteRowsModel.h"

namespace dbss::models {

// The tag keys used in the project with their values (ListProjectTags), for the tags editor and
// the navigator's tag filter. One answer, no paging; a refresh merges by key.
class TagsModel : public RemoteRowsModel<api::TagKeyValues> {
    Q_OBJECT
public:
    enum class Column { Key, Values, Count };
    Q_ENUM(Column)
    enum Role { ValuesRole = LastCommonRole + 1 }; // QStringList

    explicit TagsModel(api::ApiClient* client, QObject* parent = nullptr);

    QString resourceType() const { return m_resourceType; }
    void setResourceType(const QString& type); // default "auditInstance"

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool isPaged() const override { return false; }
    api::ApiRequest pageRequest(qint64 position, int pageSize) const override;
    bool parsePage(const api::ApiReply& reply, QList<api::TagKeyValues>* rows, qint64* total,
                   api::ApiError* error) const override;
    QString idOf(const api::TagKeyValues& row) const override { return row.key; }
    QVariant cellData(const api::TagKeyValues& row, int column, int role) const override;

private:
    QString m_resourceType = api::kAuditInstanceResourceType;
};

} // namespace dbss::models
