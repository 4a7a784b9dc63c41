#pragma once

// IAM: obtaining a project-scoped token with a password (POST /v3/auth/tokens, reference 2.1/2.2:
// the token is the X-Subject-Token header, valid 24 h) and finding a project id by region name
// (GET /v3/projects?name=<region>).

#include "models/api/ApiRequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace dbss::api {

struct PasswordAuth {
    QString user;
    QString password;
    QString domain;      // the account name
    QString projectName; // scope by name (the region code, e.g. cn-north-4) ...
    QString projectId;   // ... or by id (wins when set)
    QJsonObject toJson() const;
};
// Not authenticated (this call yields the credential); the body carries the password, which the
// request log redacts.
ApiRequest createPasswordToken(const PasswordAuth& auth);

struct TokenInfo {
    QDateTime expiresAt; // UTC
    QString projectId;
    QString projectName;
    QJsonObject raw;
    static TokenInfo fromJson(const QJsonObject& object, QStringList* missing);
};

struct IamProject {
    QString id;
    QString name;
    QString domainId;
    bool enabled = true;
    QJsonObject raw;
    static IamProject fromJson(const QJsonObject& object, QStringList* missing, const QString& path);
};
struct ListProjectsResponse {
    QList<IamProject> projects;
    static ListProjectsResponse fromJson(const QJsonObject& object, QStringList* missing);
};
ApiRequest listProjects(const QString& name);

} // namespace dbss::api
