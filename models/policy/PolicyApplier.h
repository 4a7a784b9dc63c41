#pragma once

#include "models/api/ApiError.h"
#include "models/policy/PolicyPlan.h"

#include <QObject>
#include <QPointer>

namespace dbss::api {
class ApiClient;
class ApiReply;
} // namespace dbss::api

namespace dbss::models {

class PolicyReader;

// What became of one change of a plan, decided by a re-read after the requests.
struct PolicyOutcome {
    enum class State {
        Pending,     // not yet sent / not yet verified
        Applied,     // the re-read shows the desired state
        Failed,      // the re-read shows it is not in effect (error: code and request id, if any)
        NotPossible, // the API cannot make this change
        Unverified,  // the re-read failed: outcome unknown (error says why)
    };
    State state = State::Pending;
    api::ApiError error; // of the request that carried the change (or of the re-read)

    static QString stateName(State state); // "applied", "failed", "not_possible", ...
};

struct PolicyReport {
    QString instanceId;
    PolicyPlan plan;
    QList<PolicyOutcome> outcomes; // one per plan.changes
    int requestsSent = 0;
    Policy after;            // the re-read
    PolicyPlan remaining;    // desired vs. the re-read (empty when everything took effect)
    api::ApiError readError; // the re-read's error, if any

    int count(PolicyOutcome::State state) const;
    bool complete() const; // every possible change applied, verified by the re-read
    QJsonObject toJson() const;
};

// Sends a plan's requests (in order, one at a time: a switch never races an add), never repeats a
// mutation (a lost answer is settled by the re-read, not by resending), then re-reads the instance
// (up to 3 times if the read fails) and compares it to the desired policy.
class PolicyApplier : public QObject {
    Q_OBJECT
public:
    explicit PolicyApplier(api::ApiClient* client, QObject* parent = nullptr);
    ~PolicyApplier() override;

    // desired: the policy the plan was computed for (the re-read is compared with it).
    void apply(const PolicyPlan& plan, const Policy& desired);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void requestFinished(int request, const dbss::api::ApiError& error); // kind None: success
    void verifying();                                                    // the re-read started
    void finished(const dbss::models::PolicyReport& report);

private:
    void sendNext();
    void onReRead(const Policy& policy, const api::ApiError& error);

    QPointer<api::ApiClient> m_client;
    PolicyReader* m_reader = nullptr;
    QPointer<api::ApiReply> m_reply; // the request in flight
    Policy m_desired;
    PolicyReport m_report;
    QList<api::ApiError> m_requestErrors;
    int m_next = 0;
    static constexpr int kMaxReadAttempts = 3;
    int m_readAttempts = 0;
    bool m_running = false;
};

} // namespace dbss::models

Q_DECLARE_METATYPE(dbss::models::PolicyReport)
