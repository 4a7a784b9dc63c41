#pragma once

#include "sandbox/auth/Authenticator.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/handlers/HandlerContext.h"
#include "sandbox/http/Router.h"

namespace dbss::sandbox {

// What the front end does with a request after the dispatcher has handled it.
struct Outcome {
    HttpReply reply;
    int delayMs = 0;
    bool drop = false; // close the connection without an answer
};

// Request pipeline: faults -> route -> authentication and project -> handler -> save -> lost write.
class Dispatcher {
public:
    Dispatcher(HandlerContext& ctx, const Router& router, FaultInjector& faults);
    Outcome dispatch(ApiCall& call);

private:
    HandlerContext& m_ctx;
    const Router& m_router;
    FaultInjector& m_faults;
    Authenticator m_auth;
};

} // namespace dbss::sandbox
