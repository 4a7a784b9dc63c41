#pragma once

#include "sandbox/SandboxOptions.h"
#include "sandbox/auth/TokenStore.h"
#include "sandbox/http/Router.h"
#include "sandbox/store/Store.h"

#include <QUrl>

namespace dbss::sandbox {

// What every handler family may use. Handlers run on the server thread one at a time.
struct HandlerContext {
    Store& store;
    TokenStore& tokens;
    const SandboxOptions& options;
    QUrl baseUrl; // set once listening; IAM's catalog points every service here

    ProjectData& project(const ApiCall& call) {
        return store.project(call.param(QStringLiteral("project_id")));
    }
    // The region of the path's project (a --fleet tenant's, or the main one's).
    QString region(const ApiCall& call) const;
    // The {instance_id} of the path (AuditInstanceListBean id), or nullptr
    // with *reject set to the documented 404.
    InstanceRecord* instance(const ApiCall& call, ErrorShape shape, HttpReply* reject);
};

QString deterministicDomainId(const SandboxOptions& options); // IAM ids derived from the names
QString deterministicUserId(const SandboxOptions& options);

// One registration function per API area (handlers/*.cpp).
void registerInstanceHandlers(Router& router, HandlerContext& ctx);
void registerOperateLogHandlers(Router& router, HandlerContext& ctx);
void registerIamHandlers(Router& router, HandlerContext& ctx);
void registerAccountHandlers(Router& router, HandlerContext& ctx);
void registerJobHandlers(Router& router, HandlerContext& ctx);
void registerDatabaseHandlers(Router& router, HandlerContext& ctx);
void registerAgentHandlers(Router& router, HandlerContext& ctx);
void registerRuleHandlers(Router& router, HandlerContext& ctx);
void registerTagHandlers(Router& router, HandlerContext& ctx);
void registerConnectionHandlers(Router& router, HandlerContext& ctx);
void registerAllHandlers(Router& router, HandlerContext& ctx); // every family, in handlers/AllHandlers.cpp

} // namespace dbss::sandbox
