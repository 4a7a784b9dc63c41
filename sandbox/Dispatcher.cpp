#include "sandbox/Dispatcher.h"

#include "sandbox/Logging.h"
#include "sandbox/handlers/Validation.h"

namespace dbss::sandbox {

Dispatcher::Dispatcher(HandlerContext& ctx, const Router& router, FaultInjector& faults)
    : m_ctx(ctx)
    , m_router(router)
    , m_faults(faults)
    , m_auth(ctx.options, ctx.tokens) {}

std::optional<HttpReply> Dispatcher::admit(ApiCall& call) {
    const Router::Match match = m_router.match(call.method, call.path);
    if (!match.route)
        return notRouted(call, match);
    if (match.route->auth != AuthKind::Signed)
        return std::nullopt;
    const Authenticator::Result auth = m_auth.precheck(call, match.params.value(QStringLiteral("project_id")),
                                                       QDateTime::currentDateTimeUtc());
    if (auth.status != 200)
        return HttpReply::error(match.route->shape, auth.status, codes::kAuth, auth.message);
    return std::nullopt;
}

HttpReply Dispatcher::notRouted(const ApiCall& call, const Router::Match& match) {
    // API Gateway answers for paths no service publishes (APIGW.0101) and wrong methods.
    return match.pathKnown
               ? HttpReply::error(ErrorShape::Nested, 405, QStringLiteral("APIGW.0101"),
                                  QStringLiteral("Method %1 is not allowed on %2")
                                      .arg(QString::fromLatin1(call.method), call.path))
               : HttpReply::error(
                     ErrorShape::Nested, 404, QStringLiteral("APIGW.0101"),
                     QStringLiteral("The API does not exist or has not been published: %1").arg(call.path));
}

Outcome Dispatcher::dispatch(ApiCall& call) {
    Outcome out;
    out.delayMs = m_faults.latencyMs();
    const Router::Match match = m_router.match(call.method, call.path);
    const ErrorShape shape = match.route ? match.route->shape : ErrorShape::Nested;

    switch (m_faults.beforeHandling()) {
    case FaultInjector::Action::Reset:
        out.drop = true;
        return out;
    case FaultInjector::Action::Fail: {
        const int status = m_faults.failStatus();
        // APIGW.0308 is API Gateway's throttling code; 5xx use the documented internal error.
        out.reply =
            HttpReply::error(shape, status, status == 429 ? QStringLiteral("APIGW.0308") : codes::kInternal,
                             status == 429 ? QStringLiteral("The throttling threshold has been reached")
                                           : QStringLiteral("Injected fault"));
        if (status == 429 || status == 503)
            out.reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        return out;
    }
    case FaultInjector::Action::None:
        break;
    }

    if (!match.route) {
        out.reply = notRouted(call, match);
        return out;
    }
    const Route& route = *match.route;
    call.params = match.params;

    if (route.auth == AuthKind::Signed) {
        const Authenticator::Result auth = m_auth.authenticate(call, call.param(QStringLiteral("project_id")),
                                                               QDateTime::currentDateTimeUtc());
        if (auth.status != 200) {
            out.reply = HttpReply::error(shape, auth.status, codes::kAuth, auth.message);
            return out;
        }
        call.user = auth.user;
        call.accessKey = auth.accessKey;
    }

    // "Content-type ... application/json;charset=UTF-8" is mandatory for every body (001).
    if (!call.body.isEmpty() &&
        !call.header("Content-Type").trimmed().toLower().startsWith("application/json")) {
        out.reply = HttpReply::error(shape, 400, codes::kBadRequest,
                                     QStringLiteral("Content-Type must be application/json;charset=UTF-8"));
        return out;
    }
    out.reply = route.handler(call);
    if (route.mutation && !out.reply.ok()) {
        m_ctx.store.rollback(); // a refused write leaves nothing behind
    } else if (route.mutation) {
        // Applied only once saved: a failed save undoes the change and its log row (the store
        // logs the file's path on stderr; the client's message names none).
        QString error;
        if (!m_ctx.store.save(&error))
            out.reply = HttpReply::error(shape, 500, codes::kInternal, error);
        else if (m_faults.loseWrite())
            out.drop = true; // applied and saved, but the client never hears so
    }
    return out;
}

} // namespace dbss::sandbox
