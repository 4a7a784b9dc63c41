#pragma once

#include "models/api/ApiClient.h"
#include "models/api/Pager.h"
#include "models/api/ParseReply.h"
#include "models/tables/RemoteTableModel.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <vector>

namespace dbss::models {

// True when a mutation may or may not have been applied: the answer was lost after sending.
bool isAmbiguousFailure(const api::ApiError& error);

// parseReply() for a list response: its rows member and its total member (nullptr: no total).
template <class Response, class Row, class Total>
bool parseListReply(const api::ApiReply& reply, QList<Row> Response::*rowsMember,
                    Total Response::*totalMember, QList<Row>* rows, qint64* total, api::ApiError* error) {
    Response response;
    if (!api::parseReply(reply, &response, error))
        return false;
    *rows = std::move(response.*rowsMember);
    *total = totalMember ? qint64(response.*totalMember) : -1;
    return true;
}

// What every list model shares, whatever its rows are: loading through the one api::Pager (first
// page, fetchMore, fetchAll, a refresh that merges), the optimistic on/off switch with rollback and
// re-reading after an ambiguous failure, and columnCount() from the Column enum's Count. Row
// storage is the subclass's (RemoteRowsModel<Row>, or OperationLogModel's compact columns).
class PagedRowsModel : public RemoteTableModel {
    Q_OBJECT
public:
    PagedRowsModel(api::ApiClient* client, int columns, QObject* parent = nullptr);
    ~PagedRowsModel() override;

    int columnCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    bool isComplete() const override;

    void setPageSize(int size);
    int pageSize() const { return m_pager->options().pageSize; }
    void setMaxParallel(int n);
    void setMaxPages(qint64 pages); // a total needing more pages is refused (a lying service)
    // true (default): refresh() loads every page; false: the first pages, then fetchMore().
    void setLoadAll(bool all) { m_loadAll = all; }
    const api::Pager& loader() const { return *m_pager; }

    bool isSwitching(const QString& id) const override { return m_pending.contains(id); }
    bool switchIds(const QStringList& ids, bool on) override;

public Q_SLOTS:
    void refresh() override;
    void cancel() override;
    void fetchAll() override;

protected:
    virtual bool hasScope() const { return true; } // e.g. an instance is chosen
    virtual bool isPaged() const { return true; }
    virtual bool hasTotal() const { return true; } // false: the answer has no total count
    virtual api::Pager::Mode pagingMode() const { return api::Pager::Mode::OffsetLimit; }
    // position: the offset, or the 1-based page number (pagingMode()).
    virtual api::ApiRequest pageRequest(qint64 position, int pageSize) const = 0;

    // Row storage. takePage() parses a page as it arrives (any order) and keeps its rows;
    // mergePage() adds them in order (merged by id when replacing); dropPages() forgets kept ones.
    // A takePage() that parses in a worker sets *rows = api::Pager::kCountLater and returns true; it
    // keeps takeRun(), and when the parse is done (in the GUI thread) stores the rows only if
    // pageWanted(run, index), then calls pageTaken().
    virtual bool takePage(const api::ApiReply& reply, qint64 index, qint64* rows, qint64* total,
                          api::ApiError* error) = 0;
    int takeRun() const { return m_pager->run(); }
    bool pageWanted(int run, qint64 index) const { return m_pager->isWaitingFor(run, index); }
    void pageTaken(int run, qint64 index, bool ok, qint64 rows, qint64 total, const api::ApiError& error);
    virtual void mergePage(qint64 index, bool replacing) = 0;
    virtual void dropPages() = 0;
    virtual void beginReplace() = 0; // a replacing run starts: nothing seen yet
    virtual void removeUnseen() = 0; // it ended: rows it did not deliver go
    virtual void clearRows() = 0;    // inside a model reset
    virtual qint64 heldRows() const = 0;

    // The switch (only where canSwitch()), by row.
    virtual int rowOfId(const QString& id) const = 0;
    virtual QString idAt(int row) const = 0;
    virtual int checkColumn() const { return -1; }
    virtual bool isOnAt(int) const { return false; }
    virtual void setOnAt(int, bool) {}
    virtual bool batchSwitch() const { return false; } // one request for many ids
    virtual api::ApiRequest switchRequest(const QStringList& ids, bool on) const;

    // What a merged row of this id shows: a switch in flight wins over what was read, a verifying
    // refresh records what it read.
    bool shownOn(const QString& id, bool readOn);
    void emitRowChanged(int r);

    api::ApiClient* client() const { return m_client; }
    void useClient(api::ApiClient* client); // inside changeScope(): the next loads go through it
    // The scope (instance, or a filter that means a different list) changed: the only reset.
    void changeScope(const std::function<void()>& apply);

private:
    struct Pending {
        bool on = false;
        bool original = false;
        bool verifying = false;
        bool seen = false; // read by the verifying refresh
        bool serverOn = false;
    };
    struct Verification {
        QStringList ids;
        bool on = false;
        api::ApiError error;
    };

    void startLoad(bool replace, qint64 firstPage, qint64 rowLimit);
    void onPage(qint64 index);
    void onLoaded(const api::ApiError& error);
    void sendSwitch(const QStringList& ids, bool on);
    void onSwitched(const api::ApiReply& reply, const QStringList& ids, bool on);
    void rollBack(const QStringList& ids);
    void resolveVerifications(bool readOk, const api::ApiError& readError);

    QPointer<api::ApiClient> m_client;
    api::Pager* m_pager;
    int m_columns;
    QHash<QString, Pending> m_pending;
    QList<Verification> m_verifications;
    QList<QPointer<api::ApiReply>> m_switchReplies;
    int m_scope = 0; // changeScope() count
    bool m_loadAll = true;
    bool m_replacing = true;
    bool m_totalKnown = false;
    qint64 m_serverTotal = 0;
};

// The instance-scoped layer: lists of one audit instance (nothing to load until one is chosen).
class InstanceRowsModel : public PagedRowsModel {
    Q_OBJECT
public:
    using PagedRowsModel::PagedRowsModel;
    QString instanceId() const { return m_instanceId; }
    void setInstance(const QString& instanceId); // resets and loads when changed; "" empties
    // An instance of another account or region (the fleet): its client with it, in one reset.
    void setInstance(const QString& instanceId, api::ApiClient* client);

protected:
    bool hasScope() const override { return !m_instanceId.isEmpty(); }
    // Changes the instance and whatever else goes with it in one reset (when anything changed).
    void changeInstance(const QString& instanceId, bool otherChanged, const std::function<void()>& apply);

private:
    QString m_instanceId;
};

// Rows of type Row (with `raw`) in a std::vector, indexed by id; a refresh merges by id
// (dataChanged / insert / remove, never a reset). Base: PagedRowsModel or InstanceRowsModel.
// A subclass supplies the request per page, the parser, the id, the cells and the switch request.
template <class Row, class Base = PagedRowsModel> class RemoteRowsModel : public Base {
public:
    using Base::Base;

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override {
        if (!this->checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid |
                                         QAbstractItemModel::CheckIndexOption::ParentIsInvalid))
            return {};
        const Row& row = m_rows[size_t(index.row())];
        switch (role) {
        case RemoteTableModel::IdRole:
            return idOf(row);
        case RemoteTableModel::RawRole:
            return row.raw;
        case Qt::CheckStateRole:
            if (index.column() == this->checkColumn() && this->canSwitch())
                return isOn(row) ? Qt::Checked : Qt::Unchecked;
            return {};
        default:
            return cellData(row, index.column(), role);
        }
    }

    const Row* row(int r) const { return r >= 0 && r < int(m_rows.size()) ? &m_rows[size_t(r)] : nullptr; }
    const std::vector<Row>& rows() const { return m_rows; }
    int rowOfId(const QString& id) const override { return int(m_index.value(id, -1)); }

protected:
    // Parses one page into rows and the service's total (-1: the answer has none).
    virtual bool parsePage(const api::ApiReply& reply, QList<Row>* rows, qint64* total,
                           api::ApiError* error) const = 0;
    virtual QString idOf(const Row& row) const = 0;
    virtual QVariant cellData(const Row& row, int column, int role) const = 0;
    virtual bool isOn(const Row&) const { return false; }
    virtual void setOn(Row&, bool) const {}

    QString idAt(int r) const override { return idOf(m_rows[size_t(r)]); }
    bool isOnAt(int r) const override { return isOn(m_rows[size_t(r)]); }
    void setOnAt(int r, bool on) override { setOn(m_rows[size_t(r)], on); }
    qint64 heldRows() const override { return qint64(m_rows.size()); }

    bool takePage(const api::ApiReply& reply, qint64 index, qint64* count, qint64* total,
                  api::ApiError* error) override {
        QList<Row> rows;
        if (!parsePage(reply, &rows, total, error))
            return false;
        *count = rows.size();
        m_parsed.insert(index, std::move(rows));
        return true;
    }
    void dropPages() override { m_parsed.clear(); }
    void beginReplace() override { m_seen.clear(); }
    void clearRows() override {
        m_rows.clear();
        m_index.clear();
        m_seen.clear();
        m_parsed.clear();
    }

    void mergePage(qint64 page, bool replacing) override {
        QList<Row> incoming = m_parsed.take(page);
        std::vector<Row> added;
        for (Row& row : incoming) {
            const QString id = idOf(row);
            if (m_seen.contains(id) && replacing)
                continue; // the same id twice in one run (a list shifted between pages)
            m_seen.insert(id);
            if (this->isSwitching(id))
                setOn(row, this->shownOn(id, isOn(row)));
            const int r = rowOfId(id);
            if (r >= 0) {
                if (m_rows[size_t(r)].raw != row.raw || isOn(m_rows[size_t(r)]) != isOn(row)) {
                    m_rows[size_t(r)] = row;
                    this->emitRowChanged(r);
                }
            } else if (std::none_of(added.begin(), added.end(),
                                    [&](const Row& a) { return idOf(a) == id; })) {
                added.push_back(row);
            }
        }
        if (added.empty())
            return;
        const int first = int(m_rows.size());
        this->beginInsertRows({}, first, first + int(added.size()) - 1);
        for (Row& row : added) {
            m_index.insert(idOf(row), m_rows.size());
            m_rows.push_back(std::move(row));
        }
        this->endInsertRows();
    }

    void removeUnseen() override {
        bool removed = false;
        for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
            if (m_seen.contains(idOf(m_rows[size_t(r)])))
                continue;
            int first = r; // remove a run of vanished rows in one go
            while (first > 0 && !m_seen.contains(idOf(m_rows[size_t(first - 1)])))
                --first;
            this->beginRemoveRows({}, first, r);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + r + 1);
            this->endRemoveRows();
            removed = true;
            r = first;
        }
        if (removed) {
            m_index.clear();
            for (size_t i = 0; i < m_rows.size(); ++i)
                m_index.insert(idOf(m_rows[i]), i);
        }
    }

private:
    std::vector<Row> m_rows;
    QHash<QString, size_t> m_index;     // id -> row
    QSet<QString> m_seen;               // ids delivered by the replacing run in progress
    QHash<qint64, QList<Row>> m_parsed; // pages parsed, waiting for their turn
};

} // namespace dbss::models
