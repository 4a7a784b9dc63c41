#pragma once

#include "sandbox/auth/Authenticator.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/handlers/HandlerContext.h"
#include "sandbox/http/Router.h"

#include <optional>

namespace dbss::sandbox {

// What the front end does with a request after the dispatcher has handled it.
struct Outcome {
    HttpReply reply;
    int delayMs = 0;
    bool drop = false; // close the connection without an answer
};

// Request pipeline: (admit: route -> authentication from the headers; the body is read only then)
// faults -> route -> authentication and project -> handler -> save or undo -> lost write.
class Dispatcher {
public:
    Dispatcher(HandlerContext& ctx, const Router& router, FaultInjector& faults);
    // Before the body is read: refuses an unknown route (404/405) or, from the headers alone, a
    // caller that cannot be authenticated (401/403). Faults are drawn by dispatch() only.
    std::optional<HttpReply> admit(ApiCall& call);
    Outcome dispatch(ApiCall& call);

private:
    static HttpReply notRouted(const ApiCall& call, const Router::Match& match);
    HandlerContext& m_ctx;
    const Router& m_router;
    FaultInjector& m_faults;
    Authenticator m_auth;
};

} // namespace dbss::sandbox
