#pragma once

#include "models/api/ClientConfig.h"
#include "tests/common/SandboxProcess.h"

namespace dbss::test {

// A ClientConfig that points every service at a running sandbox, with its keys.
inline api::ClientConfig clientConfigFor(const SandboxProcess& sandbox) {
    api::ClientConfig config;
    config.projectId = sandbox.projectId();
    config.ak = sandbox.ak();
    config.sk = sandbox.sk();
    config.timeoutMs = 10000;
    config.retryBaseDelayMs = 50;
    for (api::Service s : {api::Service::Dbss, api::Service::Iam, api::Service::Drs, api::Service::Das})
        config.endpointOverrides.insert(s, sandbox.url());
    return config;
}

} // namespace dbss::test
