#pragma once

#include "sandbox/http/ApiCall.h"
#include "sandbox/http/HttpReply.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace dbss::sandbox {

using Handler = std::function<HttpReply(ApiCall&)>;

enum class AuthKind {
    None,   // IAM token issuing: the one API without authentication
    Signed, // AK/SK signature or X-Auth-Token, and {project_id} must be the sandbox's
};

struct Route {
    QByteArray method;
    QStringList segments; // "{name}" is a parameter
    ErrorShape shape = ErrorShape::Nested;
    AuthKind auth = AuthKind::Signed;
    bool mutation = false; // saves state afterwards; subject to the lost-write fault
    Handler handler;
};

// Path templates such as /v1/{project_id}/dbss/audit/instances. When several templates match,
// the one with more literal segments wins, so /v1/{p}/dbss/audit/quota beats /v1/{p}/{id}/...
class Router {
public:
    struct Match {
        const Route* route = nullptr;
        QHash<QString, QString> params;
        bool pathKnown = false; // some route has this path (with another method): 405
    };

    Route& add(const QByteArray& method, const QString& pattern, Handler handler,
               ErrorShape shape = ErrorShape::Nested);
    Match match(const QByteArray& method, const QString& path) const;
    const std::vector<Route>& routes() const { return m_routes; }

private:
    std::vector<Route> m_routes;
};

} // namespace dbss::sandbox
