#include "models/policy/PolicyApplier.h"

#include "models/api/ApiClient.h"
#include "models/api/MutationResult.h"
#include "models/policy/PolicyReader.h"

#include <QJsonArray>

namespace dbss::models {

namespace {

const PolicyScope* findScope(const Policy& p, const QString& name) {
    for (const PolicyScope& s : p.auditScopes)
        if (s.name == name)
            return &s;
    return nullptr;
}

std::optional<PolicyList> listOf(const QString& key) {
    for (PolicyList list : Policy::lists())
        if (Policy::listKey(list) == key)
            return list;
    return std::nullopt;
}

// Whether the re-read instance shows the change's desired state.
bool inEffect(const PolicyChange& c, const Policy& desired, const Policy& after) {
    const bool wantOn = c.to == QLatin1String("ON");
    if (const std::optional<PolicyList> list = listOf(c.list)) {
        for (const PolicyRule& r : after.rules(*list))
            if (r.name == c.name && r.type == c.type)
                return r.on == wantOn;
        return false;
    }
    const PolicyScope* now = findScope(after, c.name);
    const PolicyScope* want = findScope(desired, c.name);
    switch (c.kind) {
    case PolicyChange::Kind::DeleteScope:
        return !now;
    case PolicyChange::Kind::SwitchScope:
        return now && now->on == wantOn;
    case PolicyChange::Kind::AddScope:
    case PolicyChange::Kind::UpdateScope:
        return now && want && now->sameSettings(*want);
    default:
        return false;
    }
}

QJsonObject errorJson(const api::ApiError& e) {
    QJsonObject o{{QStringLiteral("message"), e.userMessage()}};
    if (!e.errorCode.isEmpty())
        o.insert(QStringLiteral("error_code"), e.errorCode);
    if (!e.requestId.isEmpty())
        o.insert(QStringLiteral("request_id"), e.requestId);
    if (e.httpStatus)
        o.insert(QStringLiteral("http_status"), e.httpStatus);
    if (e.outcomeUnknown())
        o.insert(QStringLiteral("outcome_unknown"), true);
    return o;
}

} // namespace

QString PolicyOutcome::stateName(State state) {
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Applied:
        return QStringLiteral("applied");
    case State::Failed:
        return QStringLiteral("failed");
    case State::NotPossible:
        return QStringLiteral("not_possible");
    case State::Unverified:
        break;
    }
    return QStringLiteral("unverified");
}

int PolicyReport::count(PolicyOutcome::State state) const {
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                             [state](const PolicyOutcome& o) { return o.state == state; }));
}

bool PolicyReport::complete() const {
    return plan.isValid() && !readError.isError() && count(PolicyOutcome::State::Failed) == 0 &&
           count(PolicyOutcome::State::Unverified) == 0 && count(PolicyOutcome::State::Pending) == 0;
}

QJsonObject PolicyReport::toJson() const {
    QJsonArray rows;
    for (qsizetype i = 0; i < plan.changes.size(); ++i) {
        const PolicyChange& c = plan.changes[i];
        const PolicyOutcome& o = outcomes.value(i);
        QJsonObject row{{QStringLiteral("kind"), PolicyChange::kindName(c.kind)},
                        {QStringLiteral("list"), c.list},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("from"), c.from},
                        {QStringLiteral("to"), c.to},
                        {QStringLiteral("state"), PolicyOutcome::stateName(o.state)}};
        if (!c.type.isEmpty())
            row.insert(QStringLiteral("type"), c.type);
        if (!c.possible)
            row.insert(QStringLiteral("reason"), c.reason);
        if (o.error.isError())
            row.insert(QStringLiteral("error"), errorJson(o.error));
        rows.append(row);
    }
    QJsonObject out{{QStringLiteral("instance_id"), instanceId},
                    {QStringLiteral("changes"), rows},
                    {QStringLiteral("requests_sent"), requestsSent},
                    {QStringLiteral("applied"), count(PolicyOutcome::State::Applied)},
                    {QStringLiteral("failed"), count(PolicyOutcome::State::Failed)},
                    {QStringLiteral("not_possible"), count(PolicyOutcome::State::NotPossible)},
                    {QStringLiteral("unverified"), count(PolicyOutcome::State::Unverified)},
                    {QStringLiteral("complete"), complete()},
                    {QStringLiteral("remaining"), remaining.toJson()}};
    if (readError.isError())
        out.insert(QStringLiteral("reread_error"), errorJson(readError));
    return out;
}

PolicyApplier::PolicyApplier(api::ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_reader(new PolicyReader(client, this)) {
    connect(m_reader, &PolicyReader::finished, this,
            [this](const QString&, const Policy& policy, const api::ApiError& error) {
                onReRead(policy, error);
            });
}

PolicyApplier::~PolicyApplier() {
    if (m_reply)
        m_reply->abort();
}

void PolicyApplier::apply(const PolicyPlan& plan, const Policy& desired) {
    cancel();
    m_running = true;
    m_desired = desired;
    m_report = PolicyReport();
    m_report.instanceId = plan.instanceId;
    m_report.plan = plan;
    for (const PolicyChange& c : plan.changes) {
        PolicyOutcome o;
        o.state = c.possible ? PolicyOutcome::State::Pending : PolicyOutcome::State::NotPossible;
        m_report.outcomes << o;
    }
    m_requestErrors = QList<api::ApiError>(plan.requests.size());
    m_next = 0;
    if (!plan.isValid()) { // never sent: the caller should not have asked
        m_running = false;
        m_report.remaining = plan;
        Q_EMIT finished(m_report);
        return;
    }
    sendNext();
}

void PolicyApplier::cancel() {
    if (!m_running)
        return;
    m_running = false;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply = nullptr;
    }
    m_reader->cancel();
}

void PolicyApplier::sendNext() {
    if (m_next >= m_report.plan.requests.size()) {
        Q_EMIT verifying();
        m_readAttempts = 1;
        m_reader->read(m_report.instanceId);
        return;
    }
    if (!m_client) {
        onReRead({}, api::ApiError::make(api::ApiError::Kind::Usage, tr("no API client")));
        return;
    }
    const int index = m_next++;
    ++m_report.requestsSent;
    api::ApiReply* reply = m_client->send(m_report.plan.requests[index].request);
    m_reply = reply;
    connect(reply, &api::ApiReply::finished, this, [this, reply, index] {
        reply->deleteLater();
        m_reply = nullptr;
        api::MutationResult result;
        api::ApiError error;
        api::parseMutation(*reply, &result, &error);
        m_requestErrors[index] = error;
        Q_EMIT requestFinished(index, error);
        if (m_running)
            sendNext();
    });
}

void PolicyApplier::onReRead(const Policy& policy, const api::ApiError& error) {
    if (!m_running)
        return;
    // The proof is the re-read: a failed one is repeated (reads are safe), a bounded number of times.
    if (error.isError() && error.kind != api::ApiError::Kind::Usage && m_readAttempts < kMaxReadAttempts) {
        ++m_readAttempts;
        m_reader->read(m_report.instanceId);
        return;
    }
    m_running = false;
    m_report.readError = error;
    m_report.after = policy;
    if (!error.isError())
        m_report.remaining = PolicyPlan::compute(m_desired, policy, m_report.instanceId, false);
    for (qsizetype i = 0; i < m_report.plan.changes.size(); ++i) {
        const PolicyChange& c = m_report.plan.changes[i];
        PolicyOutcome& o = m_report.outcomes[i];
        if (!c.possible)
            continue;
        o.error = c.request >= 0 ? m_requestErrors.value(c.request) : api::ApiError();
        if (error.isError()) {
            o.state = PolicyOutcome::State::Unverified;
            if (!o.error.isError())
                o.error = error;
        } else if (inEffect(c, m_desired, policy)) {
            o.state = PolicyOutcome::State::Applied;
        } else {
            o.state = PolicyOutcome::State::Failed;
            if (!o.error.isError())
                o.error = api::ApiError::make(
                    api::ApiError::Kind::Parse,
                    tr("the service answered success but the change is not in effect"),
                    c.request >= 0 ? m_report.plan.requests[c.request].request.operation : QString());
        }
    }
    Q_EMIT finished(m_report);
}

} // namespace dbss::models
