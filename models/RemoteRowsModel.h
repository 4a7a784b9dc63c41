#pragma once

#include "models/PageLoader.h"
#include "models/RemoteTableModel.h"
#include "models/api/ApiClient.h"
#include "models/api/MutationResult.h"
#include "models/api/ParseReply.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <vector>

namespace dbss::models {

// True when a mutation may or may not have been applied: the answer was lost after sending.
bool isAmbiguousFailure(const api::ApiError& error);

// parseReply() for a list response: its rows member and its total member (nullptr: the row count).
template <class Response, class Row>
bool parseListReply(const api::ApiReply& reply, QList<Row> Response::*rowsMember, int Response::*totalMember,
                    QList<Row>* rows, int* total, api::ApiError* error) {
    Response response;
    if (!api::parseReply(reply, &response, error))
        return false;
    *rows = response.*rowsMember;
    *total = totalMember ? response.*totalMember : int(rows->size());
    return true;
}

// The shared body of every list model: rows of type Row (with `raw`) in a std::vector, loaded by a
// PageLoader, merged by id (dataChanged / insert / remove, never a reset for a refresh), and the
// optimistic on/off switch with rollback and re-reading after an ambiguous failure.
// A subclass supplies the request per page, the parser, the id, the cells and the switch request.
template <class Row> class RemoteRowsModel : public RemoteTableModel {
public:
    explicit RemoteRowsModel(api::ApiClient* client, QObject* parent = nullptr)
        : RemoteTableModel(parent)
        , m_client(client)
        , m_loader(new PageLoader(this)) {
        m_loader->setClient(client);
        m_loader->request = [this](int page, int size) {
            return pageRequest(page, size);
        };
        m_loader->deliver = [this](const api::ApiReply& reply, int page) {
            return deliverPage(reply, page);
        };
        m_loader->progress = [this](int loaded, int total) {
            m_totalKnown = true;
            m_serverTotal = total;
            setProgress(loaded, total);
        };
        m_loader->done = [this](bool ok, const api::ApiError& error) {
            onLoaded(ok, error);
        };
    }

    ~RemoteRowsModel() override {
        m_loader->abort();
        for (const QPointer<api::ApiReply>& reply : std::as_const(m_switchReplies)) {
            if (reply) {
                reply->disconnect(this);
                reply->abort();
                reply->deleteLater();
            }
        }
    }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row& row = m_rows[size_t(index.row())];
        switch (role) {
        case IdRole:
            return idOf(row);
        case RawRole:
            return row.raw;
        case Qt::CheckStateRole:
            if (index.column() == checkColumn() && canSwitch())
                return isOn(row) ? Qt::Checked : Qt::Unchecked;
            return {};
        default:
            return cellData(row, index.column(), role);
        }
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override {
        Qt::ItemFlags f = RemoteTableModel::flags(index);
        if (index.isValid() && index.column() == checkColumn() && canSwitch())
            f |= Qt::ItemIsUserCheckable;
        return f;
    }

    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override {
        if (role != Qt::CheckStateRole || index.column() != checkColumn() || !canSwitch() ||
            !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return false;
        return switchIds({idOf(m_rows[size_t(index.row())])}, value.toInt() == Qt::Checked);
    }

    bool canFetchMore(const QModelIndex& parent) const override {
        return !parent.isValid() && !m_loadAll && m_totalKnown && !isLoading() && !lastError().isError() &&
               int(m_rows.size()) < m_serverTotal;
    }

    void fetchMore(const QModelIndex& parent) override {
        if (!canFetchMore(parent))
            return;
        const int have = int(m_rows.size());
        startLoad(false, have / m_loader->pageSize, [this, have](int) { return have + m_loader->pageSize; });
    }

    bool isComplete() const override {
        return !isLoading() && m_totalKnown && int(m_rows.size()) >= m_serverTotal;
    }

    const Row* row(int r) const { return r >= 0 && r < int(m_rows.size()) ? &m_rows[size_t(r)] : nullptr; }
    const std::vector<Row>& rows() const { return m_rows; }
    int rowOfId(const QString& id) const { return int(m_index.value(id, -1)); }

    void setPageSize(int size) { m_loader->pageSize = std::max(1, size); }
    int pageSize() const { return m_loader->pageSize; }
    void setMaxParallel(int n) { m_loader->maxParallel = std::max(1, n); }
    // true (default): refresh() loads every page; false: the first pages, then fetchMore().
    void setLoadAll(bool all) { m_loadAll = all; }
    const PageLoader& loader() const { return *m_loader; }

    bool isSwitching(const QString& id) const override { return m_pending.contains(id); }

    bool switchIds(const QStringList& ids, bool on) override {
        if (!canSwitch() || !m_client)
            return false;
        QStringList sending;
        for (const QString& id : ids) {
            const int r = rowOfId(id);
            if (r < 0 || m_pending.contains(id) || sending.contains(id))
                continue; // unknown, or a switch of this row is in flight: never sent twice
            Row& row = m_rows[size_t(r)];
            m_pending.insert(id, Pending{on, isOn(row)});
            setOn(row, on); // optimistic: shown at once, confirmed or rolled back by the answer
            emitRowChanged(r);
            sending << id;
        }
        if (sending.isEmpty())
            return false;
        if (batchSwitch()) {
            sendSwitch(sending, on);
        } else {
            for (const QString& id : std::as_const(sending))
                sendSwitch({id}, on);
        }
        return true;
    }

public:
    void refresh() override {
        for (Pending& p : m_pending)
            p.seen = false; // a verification counts only rows read by this run
        const int have = int(m_rows.size());
        m_seen.clear();
        startLoad(true, 0,
                  [this, have](int total) { return m_loadAll ? total : std::max(m_loader->pageSize, have); });
    }

    void cancel() override {
        m_loader->abort();
        setLoading(false);
    }

    void fetchAll() override {
        if (isComplete() || !hasScope())
            return;
        if (!m_totalKnown) {
            m_seen.clear();
            startLoad(true, 0, [](int total) { return total; });
            return;
        }
        startLoad(false, int(m_rows.size()) / m_loader->pageSize, [](int total) { return total; });
    }

protected:
    virtual bool hasScope() const { return true; } // e.g. an instance is chosen
    virtual api::ApiRequest pageRequest(int page, int pageSize) const = 0;
    // Parses one page into rows and the service's total.
    virtual bool parsePage(const api::ApiReply& reply, QList<Row>* rows, int* total,
                           api::ApiError* error) const = 0;
    virtual QString idOf(const Row& row) const = 0;
    virtual QVariant cellData(const Row& row, int column, int role) const = 0;

    // The switch (only where canSwitch()).
    virtual int checkColumn() const { return -1; }
    virtual bool isOn(const Row&) const { return false; }
    virtual void setOn(Row&, bool) const {}
    virtual bool batchSwitch() const { return false; } // one request for many ids
    virtual api::ApiRequest switchRequest(const QStringList& ids, bool on) const {
        Q_UNUSED(ids)
        Q_UNUSED(on)
        return {};
    }

    api::ApiClient* client() const { return m_client; }
    PageLoader* pageLoader() const { return m_loader; }

    // The scope (instance, or a filter that means a different list) changed: the only reset.
    void changeScope(const std::function<void()>& apply) {
        m_loader->abort();
        ++m_scope; // switches still in flight belong to the old list: reported, never applied here
        beginResetModel();
        apply();
        m_rows.clear();
        m_index.clear();
        m_pending.clear();
        m_verifications.clear();
        m_seen.clear();
        m_totalKnown = false;
        m_serverTotal = 0;
        endResetModel();
        setProgress(0, 0);
        clearError();
        setLoading(false);
        if (hasScope())
            refresh();
    }

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

    void startLoad(bool replace, int firstPage, std::function<int(int)> rowsWanted) {
        if (!hasScope() || !m_client) {
            m_loader->abort();
            setLoading(false);
            return;
        }
        m_replacing = replace;
        setLoading(true);
        m_loader->paged = isPaged();
        m_loader->start(firstPage, std::move(rowsWanted));
    }

protected:
    virtual bool isPaged() const { return true; }
    virtual bool hasTotal() const { return true; } // false: the answer has no total count

private:
    PageResult deliverPage(const api::ApiReply& reply, int page) {
        PageResult result;
        QList<Row> rows;
        if (!parsePage(reply, &rows, &result.total, &result.error))
            return result;
        result.ok = true;
        result.count = int(rows.size());
        if (!hasTotal() && isPaged()) { // a full page may have a successor: ask for one more
            const int before = page * m_loader->pageSize;
            result.total = before + result.count + (result.count >= m_loader->pageSize ? 1 : 0);
        }
        merge(rows);
        return result;
    }

    void emitRowChanged(int r) { Q_EMIT dataChanged(index(r, 0), index(r, columnCount() - 1)); }

    void merge(QList<Row>& incoming) {
        std::vector<Row> added;
        for (Row& row : incoming) {
            const QString id = idOf(row);
            if (m_seen.contains(id) && m_replacing)
                continue; // the same id twice in one run (a list shifted between pages)
            m_seen.insert(id);
            auto pending = m_pending.find(id);
            if (pending != m_pending.end()) {
                if (pending->verifying) {
                    pending->seen = true;
                    pending->serverOn = isOn(row);
                } else {
                    setOn(row, pending->on); // a refresh never undoes a switch in flight
                }
            }
            const int r = rowOfId(id);
            if (r >= 0) {
                if (m_rows[size_t(r)].raw != row.raw || isOn(m_rows[size_t(r)]) != isOn(row)) {
                    m_rows[size_t(r)] = row;
                    emitRowChanged(r);
                }
            } else if (std::none_of(added.begin(), added.end(),
                                    [&](const Row& a) { return idOf(a) == id; })) {
                added.push_back(row);
            }
        }
        if (added.empty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (Row& row : added) {
            m_index.insert(idOf(row), m_rows.size());
            m_rows.push_back(std::move(row));
        }
        endInsertRows();
    }

    void removeUnseen() {
        bool removed = false;
        for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
            if (m_seen.contains(idOf(m_rows[size_t(r)])))
                continue;
            int first = r; // remove a run of vanished rows in one go
            while (first > 0 && !m_seen.contains(idOf(m_rows[size_t(first - 1)])))
                --first;
            beginRemoveRows({}, first, r);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + r + 1);
            endRemoveRows();
            removed = true;
            r = first;
        }
        if (removed) {
            m_index.clear();
            for (size_t i = 0; i < m_rows.size(); ++i)
                m_index.insert(idOf(m_rows[i]), i);
        }
    }

    void onLoaded(bool ok, const api::ApiError& error) {
        if (ok) {
            if (m_replacing)
                removeUnseen();
            if (m_serverTotal < int(m_rows.size()) || !isPaged())
                m_serverTotal = int(m_rows.size());
            clearError();
            setLoading(false);
        } else {
            setError(error); // rows of the previous load stay: better stale than empty
        }
        resolveVerifications(ok, error);
        if (ok && m_replacing)
            Q_EMIT refreshed();
    }

    void sendSwitch(const QStringList& ids, bool on) {
        api::ApiReply* reply = m_client->send(switchRequest(ids, on));
        m_switchReplies << reply;
        const int scope = m_scope;
        connect(reply, &api::ApiReply::finished, this, [this, reply, ids, on, scope] {
            reply->deleteLater();
            m_switchReplies.removeAll(reply);
            if (scope == m_scope) {
                onSwitched(*reply, ids, on);
                return;
            }
            api::MutationResult result;
            api::ApiError error;
            const bool ok = api::parseMutation(*reply, &result, &error);
            Q_EMIT toggleFinished(ids, on, ok, error); // after an ambiguous failure: unknown, not applied
        });
    }

    void onSwitched(const api::ApiReply& reply, const QStringList& ids, bool on) {
        api::MutationResult result;
        api::ApiError error;
        if (api::parseMutation(reply, &result, &error)) {
            for (const QString& id : ids)
                m_pending.remove(id);
            Q_EMIT toggleFinished(ids, on, true, {});
            return;
        }
        if (isAmbiguousFailure(error)) {
            // No blind repeat: re-read the rows and report what the service actually has.
            for (const QString& id : ids)
                if (m_pending.contains(id))
                    m_pending[id].verifying = true;
            m_verifications.append(Verification{ids, on, error});
            refresh();
            return;
        }
        rollBack(ids);
        reportError(error);
        Q_EMIT toggleFinished(ids, on, false, error);
    }

    void rollBack(const QStringList& ids) {
        for (const QString& id : ids) {
            const auto pending = m_pending.find(id);
            if (pending == m_pending.end())
                continue;
            const int r = rowOfId(id);
            if (r >= 0 && isOn(m_rows[size_t(r)]) != pending->original) {
                setOn(m_rows[size_t(r)], pending->original);
                emitRowChanged(r);
            }
            m_pending.erase(pending);
        }
    }

    void resolveVerifications(bool readOk, const api::ApiError& readError) {
        const QList<Verification> verifications = std::exchange(m_verifications, {});
        for (const Verification& v : verifications) {
            if (!readOk) {
                rollBack(v.ids); // unknown: show the last state known for sure
                api::ApiError error = v.error;
                error.detail = tr("%1; re-reading the rows failed too: %2")
                                   .arg(v.error.detail.isEmpty() ? v.error.userMessage() : v.error.detail,
                                        readError.userMessage());
                reportError(error);
                Q_EMIT toggleFinished(v.ids, v.on, false, error);
                continue;
            }
            bool applied = true;
            for (const QString& id : v.ids) {
                const Pending p = m_pending.take(id);
                applied = applied && p.seen && p.serverOn == v.on; // the row shows what was read
            }
            if (!applied)
                reportError(v.error);
            Q_EMIT toggleFinished(v.ids, v.on, applied, v.error);
        }
    }

    QPointer<api::ApiClient> m_client;
    PageLoader* m_loader;
    std::vector<Row> m_rows;
    QHash<QString, size_t> m_index; // id -> row
    QSet<QString> m_seen;           // ids delivered by the replacing run in progress
    QHash<QString, Pending> m_pending;
    QList<Verification> m_verifications;
    QList<QPointer<api::ApiReply>> m_switchReplies;
    int m_scope = 0; // changeScope() count
    bool m_loadAll = true;
    bool m_replacing = true;
    bool m_totalKnown = false;
    int m_serverTotal = 0;
};

} // namespace dbss::models
