#include "models/tables/RemoteRowsModel.h"

#include "models/Logging.h"
#include "models/api/MutationResult.h"

namespace dbss::models {

bool isAmbiguousFailure(const api::ApiError& error) {
    return error.outcomeUnknown(); // one definition, shared with dbssctl's verified writes
}

PagedRowsModel::PagedRowsModel(api::ApiClient* client, int columns, QObject* parent)
    : RemoteTableModel(parent)
    , m_client(client)
    , m_columns(columns) {
    auto count = [this](const api::ApiReply& reply, qint64 index, qint64* rows, qint64* total,
                        api::ApiError* error) {
        if (!takePage(reply, index, rows, total, error))
            return false;
        if (!hasTotal() && *rows != api::Pager::kCountLater)
            *total = -1; // the pager walks until a short page
        return true;
    };
    m_pager = new api::Pager(
        client, [this](qint64 position, int size) { return pageRequest(position, size); }, count, {}, this);
    connect(m_pager, &api::Pager::pageReady, this,
            [this](qint64 index, const api::ApiReply*) { onPage(index); });
    connect(m_pager, &api::Pager::finished, this, &PagedRowsModel::onLoaded);
}

PagedRowsModel::~PagedRowsModel() {
    m_pager->disconnect(this);
    m_pager->abort();
    for (const QPointer<api::ApiReply>& reply : std::as_const(m_switchReplies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void PagedRowsModel::useClient(api::ApiClient* client) {
    m_client = client;
    m_pager->setClient(client);
}

int PagedRowsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_columns;
}

Qt::ItemFlags PagedRowsModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = RemoteTableModel::flags(index);
    if (index.isValid() && index.column() == checkColumn() && canSwitch())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool PagedRowsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::CheckStateRole || index.column() != checkColumn() || !canSwitch() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    return switchIds({idAt(index.row())}, value.toInt() == Qt::Checked);
}

bool PagedRowsModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_loadAll && m_totalKnown && !isLoading() && !lastError().isError() &&
           heldRows() < m_serverTotal;
}

void PagedRowsModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    const qint64 have = heldRows();
    startLoad(false, have / pageSize(), have + pageSize());
}

bool PagedRowsModel::isComplete() const {
    return !isLoading() && m_totalKnown && heldRows() >= m_serverTotal;
}

void PagedRowsModel::setPageSize(int size) {
    api::Pager::Options o = m_pager->options();
    o.pageSize = size;
    m_pager->setOptions(o);
}

void PagedRowsModel::setMaxParallel(int n) {
    api::Pager::Options o = m_pager->options();
    o.maxParallel = n;
    m_pager->setOptions(o);
}

void PagedRowsModel::setMaxPages(qint64 pages) {
    api::Pager::Options o = m_pager->options();
    o.maxPages = pages;
    m_pager->setOptions(o);
}

void PagedRowsModel::refresh() {
    for (Pending& p : m_pending)
        p.seen = false; // a verification counts only rows read by this run
    const qint64 have = heldRows();
    startLoad(true, 0, m_loadAll ? -1 : std::max<qint64>(pageSize(), have));
}

void PagedRowsModel::cancel() {
    m_pager->abort();
    setLoading(false);
}

void PagedRowsModel::fetchAll() {
    if (isComplete() || !hasScope())
        return;
    if (!m_totalKnown)
        startLoad(true, 0, -1);
    else
        startLoad(false, heldRows() / pageSize(), -1);
}

void PagedRowsModel::startLoad(bool replace, qint64 firstPage, qint64 rowLimit) {
    m_pager->abort(); // its Cancelled end is ignored by onLoaded()
    dropPages();
    if (!hasScope() || !m_client) {
        setLoading(false);
        return;
    }
    m_replacing = replace;
    if (replace)
        beginReplace();
    setLoading(true);
    api::Pager::Options o = m_pager->options();
    o.mode = pagingMode();
    o.paged = isPaged();
    m_pager->setOptions(o);
    m_pager->start(firstPage, rowLimit);
}

void PagedRowsModel::onPage(qint64 index) {
    mergePage(index, m_replacing);
    const qint64 covered = isPaged() ? (index + 1) * qint64(pageSize()) : heldRows();
    const qint64 total = m_pager->total() >= 0 ? m_pager->total() : std::max(covered, heldRows());
    m_totalKnown = true;
    m_serverTotal = total;
    setProgress(std::min(covered, total), total);
}

void PagedRowsModel::onLoaded(const api::ApiError& error) {
    dropPages();
    if (error.kind == api::ApiError::Kind::Cancelled)
        return; // cancel(), a new run or a new scope: whoever aborted decides what follows
    const bool ok = !error.isError();
    if (ok) {
        if (m_replacing)
            removeUnseen();
        if (m_serverTotal < heldRows() || !isPaged() || m_pager->total() < 0)
            m_serverTotal = heldRows();
        m_totalKnown = true;
        setProgress(std::min(heldRows(), m_serverTotal), m_serverTotal);
        qCInfo(lcModels, "%s: %lld rows loaded", metaObject()->className(), heldRows());
        clearError();
        setLoading(false);
    } else {
        setError(error); // rows of the previous load stay: better stale than empty
    }
    resolveVerifications(ok, error);
    if (ok && m_replacing)
        Q_EMIT refreshed();
}

void PagedRowsModel::pageTaken(int run, qint64 index, bool ok, qint64 rows, qint64 total,
                               const api::ApiError& error) {
    m_pager->countDone(run, index, ok, rows, hasTotal() ? total : -1, error);
}

void PagedRowsModel::changeScope(const std::function<void()>& apply) {
    m_pager->abort();
    ++m_scope; // switches still in flight belong to the old list: reported, never applied here
    beginResetModel();
    apply();
    clearRows();
    m_pending.clear();
    m_verifications.clear();
    m_totalKnown = false;
    m_serverTotal = 0;
    endResetModel();
    setProgress(0, 0);
    clearError();
    setLoading(false);
    if (hasScope())
        refresh();
}

void PagedRowsModel::emitRowChanged(int r) {
    Q_EMIT dataChanged(index(r, 0), index(r, columnCount() - 1));
}

bool PagedRowsModel::shownOn(const QString& id, bool readOn) {
    auto pending = m_pending.find(id);
    if (pending == m_pending.end())
        return readOn;
    if (pending->verifying) {
        pending->seen = true;
        pending->serverOn = readOn;
        return readOn;
    }
    return pending->on; // a refresh never undoes a switch in flight
}

api::ApiRequest PagedRowsModel::switchRequest(const QStringList&, bool) const {
    return {};
}

bool PagedRowsModel::switchIds(const QStringList& ids, bool on) {
    if (!canSwitch() || !m_client)
        return false;
    QStringList sending;
    for (const QString& id : ids) {
        const int r = rowOfId(id);
        if (r < 0 || m_pending.contains(id) || sending.contains(id))
            continue; // unknown, or a switch of this row is in flight: never sent twice
        m_pending.insert(id, Pending{on, isOnAt(r)});
        setOnAt(r, on); // optimistic: shown at once, confirmed or rolled back by the answer
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

void PagedRowsModel::sendSwitch(const QStringList& ids, bool on) {
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

void PagedRowsModel::onSwitched(const api::ApiReply& reply, const QStringList& ids, bool on) {
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

void PagedRowsModel::rollBack(const QStringList& ids) {
    for (const QString& id : ids) {
        const auto pending = m_pending.find(id);
        if (pending == m_pending.end())
            continue;
        const int r = rowOfId(id);
        if (r >= 0 && isOnAt(r) != pending->original) {
            setOnAt(r, pending->original);
            emitRowChanged(r);
        }
        m_pending.erase(pending);
    }
}

void PagedRowsModel::resolveVerifications(bool readOk, const api::ApiError& readError) {
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

void InstanceRowsModel::setInstance(const QString& instanceId) {
    changeInstance(instanceId, false, {});
}

void InstanceRowsModel::setInstance(const QString& instanceId, api::ApiClient* client) {
    changeInstance(instanceId, client != this->client(), [&] { useClient(client); });
}

void InstanceRowsModel::changeInstance(const QString& instanceId, bool otherChanged,
                                       const std::function<void()>& apply) {
    if (instanceId == m_instanceId && !otherChanged)
        return;
    changeScope([&] {
        m_instanceId = instanceId;
        if (apply)
            apply();
    });
}

} // namespace dbss::models
