#include "models/api/Iam.h"

#include "models/api/ApiHelpers.h"

namespace dbss::api {

QJsonObject PasswordAuth::toJson() const {
    const QJsonObject userObject{{QStringLiteral("name"), user},
                                 {QStringLiteral("password"), password},
                                 {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), domain}}}};
    const QJsonObject identity{
        {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
        {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), userObject}}}};
    const QJsonObject project = projectId.isEmpty() ? QJsonObject{{QStringLiteral("name"), projectName}}
                                                    : QJsonObject{{QStringLiteral("id"), projectId}};
    return {{QStringLiteral("auth"),
             QJsonObject{{QStringLiteral("identity"), identity},
                         {QStringLiteral("scope"), QJsonObject{{QStringLiteral("project"), project}}}}}};
}

ApiRequest createPasswordToken(const PasswordAuth& auth) {
    ApiRequest req = makeRequest("KeystoneCreateUserTokenByPassword", "POST",
                                 QStringLiteral("/v3/auth/tokens"), false, Service::Iam);
    req.authenticated = false;
    req.successStatus = 201; // documented: 201 Created, token in X-Subject-Token
    req.body = compactJson(auth.toJson());
    return req;
}

TokenInfo TokenInfo::fromJson(const QJsonObject& object, QStringList* missing) {
    const JsonReader root(object, {}, missing);
    const JsonReader token = root.object("token");
    TokenInfo t;
    const QString expires = token.requiredString("expires_at");
    t.expiresAt = QDateTime::fromString(expires, Qt::ISODateWithMs);
    if (!t.expiresAt.isValid())
        t.expiresAt = QDateTime::fromString(expires, Qt::ISODate);
    t.expiresAt = t.expiresAt.toUTC();
    const JsonReader project = token.object("project");
    t.projectId = project.string("id");
    t.projectName = project.string("name");
    t.raw = object;
    return t;
}

IamProject IamProject::fromJson(const QJsonObject& object, QStringList* missing, const QString& path) {
    const JsonReader r(object, path, missing);
    IamProject p;
    p.id = r.requiredString("id");
    p.name = r.requiredString("name");
    p.domainId = r.string("domain_id");
    p.enabled = r.boolean("enabled", true);
    p.raw = object;
    return p;
}

ListProjectsResponse ListProjectsResponse::fromJson(const QJsonObject& object, QStringList* missing) {
    const JsonReader r(object, {}, missing);
    return {readItems<IamProject>(r, "projects", true, missing)};
}

ApiRequest listProjects(const QString& name) {
    ApiRequest req =
        makeRequest("KeystoneListProjects", "GET", QStringLiteral("/v3/projects"), true, Service::Iam);
    if (!name.isEmpty())
        req.query.addQueryItem(QStringLiteral("name"), name);
    return req;
}

} // namespace dbss::api
