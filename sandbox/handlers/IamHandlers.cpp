// IAM: POST /v3/auth/tokens (001 2.1-2.3; Keystone v3 password method, project scope) and
// GET /v3/projects?name=REGION. Errors use Keystone's {"error":{"code","message","title"}}.
#include "sandbox/handlers/HandlerContext.h"
#include "sandbox/handlers/Validation.h"

#include <QCryptographicHash>

namespace dbss::sandbox {

namespace {

const QString kIsoMillis = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z");

HttpReply iamError(int status, const QString& message) {
    return HttpReply::error(ErrorShape::Iam, status, {}, message);
}

QJsonObject projectObject(const SandboxOptions& o, const QString& projectId, const QString& region) {
    return {{QStringLiteral("id"), projectId},
            {QStringLiteral("name"), region},
            {QStringLiteral("domain_id"), deterministicDomainId(o)},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("enabled"), true},
            {QStringLiteral("parent_id"), deterministicDomainId(o)},
            {QStringLiteral("is_domain"), false}};
}

QJsonArray catalog(const HandlerContext& ctx) {
    QJsonArray out;
    const QString url = ctx.baseUrl.toString();
    for (const char* service : {"dbss", "drs", "das", "iam"}) {
        out.append(QJsonObject{
            {QStringLiteral("type"), QLatin1String(service)},
            {QStringLiteral("name"), QLatin1String(service)},
            {QStringLiteral("id"), deterministicDomainId(ctx.options).left(24) + QLatin1String(service)},
            {QStringLiteral("endpoints"),
             QJsonArray{QJsonObject{{QStringLiteral("region_id"), ctx.options.region},
                                    {QStringLiteral("region"), ctx.options.region},
                                    {QStringLiteral("interface"), QStringLiteral("public")},
                                    {QStringLiteral("url"), url}}}}});
    }
    return out;
}

HttpReply issueToken(HandlerContext& ctx, ApiCall& call) {
    QJsonObject body;
    if (parseJsonBody(call, ErrorShape::Iam, &body))
        return iamError(400, QStringLiteral("The request body is not a valid JSON object."));
    const QJsonObject auth = body.value(QStringLiteral("auth")).toObject();
    const QJsonObject identity = auth.value(QStringLiteral("identity")).toObject();
    const QJsonArray methods = identity.value(QStringLiteral("methods")).toArray();
    if (auth.isEmpty() || identity.isEmpty() || !methods.contains(QStringLiteral("password")))
        return iamError(400, QStringLiteral("auth.identity.methods must contain \"password\""));
    const QJsonObject user =
        identity.value(QStringLiteral("password")).toObject().value(QStringLiteral("user")).toObject();
    const QString name = user.value(QStringLiteral("name")).toString();
    const QString password = user.value(QStringLiteral("password")).toString();
    const QString domain =
        user.value(QStringLiteral("domain")).toObject().value(QStringLiteral("name")).toString();
    if (name.isEmpty() || password.isEmpty() || domain.isEmpty())
        return iamError(400,
                        QStringLiteral("auth.identity.password.user needs name, password and domain.name"));
    const SandboxOptions& o = ctx.options;
    if (name != o.iamUser || password != o.iamPassword || domain != o.iamDomain)
        return iamError(401, QStringLiteral("The username or password is wrong."));

    // DBSS needs a project-scoped token (001 2.2): by project name (the region) or id.
    const QJsonObject project =
        auth.value(QStringLiteral("scope")).toObject().value(QStringLiteral("project")).toObject();
    if (project.isEmpty())
        return iamError(
            400, QStringLiteral("auth.scope.project is required: DBSS accepts project-scoped tokens only"));
    const QString projectName = project.value(QStringLiteral("name")).toString();
    const QString projectId = project.value(QStringLiteral("id")).toString();
    if ((projectName.isEmpty() && projectId.isEmpty()) ||
        (!projectName.isEmpty() && projectName != o.region) ||
        (!projectId.isEmpty() && projectId != o.projectId))
        return iamError(401,
                        QStringLiteral("The project in auth.scope does not exist or is not accessible."));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString token = ctx.tokens.issue(name, o.projectId, now);
    const TokenStore::Token* issued = ctx.tokens.find(token);
    const QJsonObject domainObject{{QStringLiteral("id"), deterministicDomainId(o)},
                                   {QStringLiteral("name"), domain}};
    QJsonObject projectOut{{QStringLiteral("id"), o.projectId},
                           {QStringLiteral("name"), o.region},
                           {QStringLiteral("domain"), domainObject}};
    HttpReply reply = HttpReply::json(
        201,
        {{QStringLiteral("token"),
          QJsonObject{{QStringLiteral("expires_at"), issued->expiresAt.toString(kIsoMillis)},
                      {QStringLiteral("issued_at"), issued->issuedAt.toString(kIsoMillis)},
                      {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                      {QStringLiteral("catalog"), catalog(ctx)},
                      {QStringLiteral("project"), projectOut},
                      {QStringLiteral("roles"),
                       QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("0")},
                                              {QStringLiteral("name"), QStringLiteral("op_user")}}}},
                      {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), deterministicUserId(o)},
                                                           {QStringLiteral("name"), name},
                                                           {QStringLiteral("domain"), domainObject}}}}}});
    reply.headers.append(qMakePair(QByteArray("X-Subject-Token"), token.toLatin1()));
    return reply;
}

HttpReply listProjects(HandlerContext& ctx, ApiCall& call) {
    QJsonArray projects;
    const QString name = call.queryValue(QStringLiteral("name"));
    // The caller's projects: an AK's own (--fleet: one per region of its account), a token's
    // main project.
    for (const SandboxTenant& t : ctx.options.allTenants()) {
        const bool mine =
            call.accessKey.isEmpty() ? t.projectId == ctx.options.projectId : t.ak == call.accessKey;
        if (mine && (!call.hasQuery(QStringLiteral("name")) || name == t.region))
            projects.append(projectObject(ctx.options, t.projectId, t.region));
    }
    const QString self = ctx.baseUrl.toString() + QStringLiteral("/v3/projects");
    return HttpReply::json(200,
                           {{QStringLiteral("projects"), projects},
                            {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), self},
                                                                  {QStringLiteral("previous"), QJsonValue()},
                                                                  {QStringLiteral("next"), QJsonValue()}}}});
}

} // namespace

QString deterministicDomainId(const SandboxOptions& o) {
    return QString::fromLatin1(
        QCryptographicHash::hash(o.iamDomain.toUtf8(), QCryptographicHash::Md5).toHex());
}

QString deterministicUserId(const SandboxOptions& o) {
    return QString::fromLatin1(
        QCryptographicHash::hash((o.iamDomain + u'/' + o.iamUser).toUtf8(), QCryptographicHash::Md5).toHex());
}

void registerIamHandlers(Router& router, HandlerContext& ctx) {
    Route& tokens = router.add(
        "POST", QStringLiteral("/v3/auth/tokens"), [&ctx](ApiCall& call) { return issueToken(ctx, call); },
        ErrorShape::Iam);
    tokens.auth = AuthKind::None; // "the only one that does not require authentication" (001 2.1)
    router.add(
        "GET", QStringLiteral("/v3/projects"), [&ctx](ApiCall& call) { return listProjects(ctx, call); },
        ErrorShape::Iam);
}

} // namespace dbss::sandbox
