#pragma once

#include "sandbox/SandboxOptions.h"

#include <QRandomGenerator>

namespace dbss::sandbox {

// --latency, --fail-rate/--fail-status, --reset-rate and lost writes. Every request draws the
// same number of values in the same order, so a given --fault-seed and request sequence always
// produce the same faults.
class FaultInjector {
public:
    enum class Action { None, Reset, Fail };

    explicit FaultInjector(const SandboxOptions& options);
    Action beforeHandling();
    bool loseWrite(); // draw for a successful mutation
    int latencyMs() const { return m_latency; }
    int failStatus() const { return m_failStatus; }

private:
    QRandomGenerator m_random;
    double m_failRate;
    double m_resetRate;
    double m_lostWriteRate;
    int m_failStatus;
    int m_latency;
};

} // namespace dbss::sandbox
