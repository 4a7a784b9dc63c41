#include "sandbox/faults/FaultInjector.h"

namespace dbss::sandbox {

FaultInjector::FaultInjector(const SandboxOptions& options)
    : m_random(options.faultSeed)
    , m_failRate(options.failRate)
    , m_resetRate(options.resetRate)
    , m_lostWriteRate(options.lostWriteRate)
    , m_failStatus(options.failStatus)
    , m_latency(options.latencyMs) {}

FaultInjector::Action FaultInjector::beforeHandling() {
    const double reset = m_random.generateDouble();
    const double fail = m_random.generateDouble();
    if (reset < m_resetRate)
        return Action::Reset;
    if (fail < m_failRate)
        return Action::Fail;
    return Action::None;
}

bool FaultInjector::loseWrite() {
    return m_random.generateDouble() < m_lostWriteRate;
}

} // namespace dbss::sandbox
