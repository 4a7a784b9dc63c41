// profile list | add NAME [connection options] | show NAME | remove NAME
// The console's profiles: settings in QSettings, secrets in the keychain (never printed).

#include "app/dbssctl/CmdSupport.h"
#include "app/dbssctl/Commands.h"
#include "app/dbssctl/ConsoleProfiles.h"

#include <QFileInfo>

namespace dbss::ctl {

namespace {

QString endpointText(const credentials::Profile& p) {
    const QUrl url = p.endpointOverrides.value(api::Service::Dbss);
    return url.isValid() ? url.toString() : QString();
}

int list(Session& s, const QStringList&) {
    ConsoleProfiles access;
    Listing out;
    out.headers = {ctlTr("Name"), ctlTr("Auth"), ctlTr("Region"), ctlTr("Project"), ctlTr("Endpoint")};
    for (const QString& name : access.store().names()) {
        const auto p = access.store().load(name);
        if (!p)
            continue;
        out.rows.append({p->name, credentials::authKindKey(p->authKind), p->region,
                         p->resolveProjectId ? ctlTr("(from IAM)") : p->projectId, endpointText(*p)});
        out.objects.append(QJsonObject{{QStringLiteral("name"), p->name},
                                       {QStringLiteral("auth"), credentials::authKindKey(p->authKind)},
                                       {QStringLiteral("region"), p->region},
                                       {QStringLiteral("project_id"), p->projectId},
                                       {QStringLiteral("endpoint"), endpointText(*p)}});
    }
    return printListing(s, out);
}

int show(Session& s, const QStringList& pos) {
    ConsoleProfiles access;
    const auto p = access.store().load(pos.at(0));
    if (!p)
        return s.usage(ctlTr("no profile named '%1'").arg(pos.at(0)));
    QJsonObject o{{QStringLiteral("name"), p->name},
                  {QStringLiteral("auth"), credentials::authKindKey(p->authKind)},
                  {QStringLiteral("region"), p->region},
                  {QStringLiteral("project_id"), p->projectId},
                  {QStringLiteral("resolve_project_id"), p->resolveProjectId},
                  {QStringLiteral("timeout_ms"), p->timeoutMs}};
    for (auto it = p->endpointOverrides.cbegin(); it != p->endpointOverrides.cend(); ++it)
        o.insert(api::serviceKey(it.key()) + QStringLiteral("_endpoint"), it.value().toString());
    if (!p->iamUser.isEmpty()) {
        o.insert(QStringLiteral("iam_user"), p->iamUser);
        o.insert(QStringLiteral("iam_domain"), p->iamDomain);
    }
    if (!p->pinnedCertSha256.isEmpty())
        o.insert(QStringLiteral("pinned_cert_sha256"), QString::fromLatin1(p->pinnedCertSha256));
    if (!p->proxy.isEmpty())
        o.insert(QStringLiteral("proxy"), p->proxy);
    if (!p->caFile.isEmpty())
        o.insert(QStringLiteral("ca_file"), p->caFile);
    return printObject(s, o);
}

int add(Session& s, const QStringList& pos) {
    const GlobalOptions& g = s.args().global;
    ConsoleProfiles access;
    credentials::Profile p;
    p.name = pos.at(0);
    if (const QString problem = access.store().newNameProblem(p.name); !problem.isEmpty())
        return s.usage(problem);
    if (!g.region.isEmpty())
        p.region = g.region;
    p.projectId = g.projectId;
    p.resolveProjectId = g.projectId.isEmpty();
    if (!g.endpoint.isEmpty()) {
        for (api::Service svc : {api::Service::Dbss, api::Service::Iam, api::Service::Drs, api::Service::Das})
            p.endpointOverrides.insert(svc, QUrl(g.endpoint));
    }
    if (g.timeoutSeconds > 0)
        p.timeoutMs = g.timeoutSeconds * 1000;
    p.proxy = g.proxy;
    p.caFile = g.caFile.isEmpty() ? QString() : QFileInfo(g.caFile).absoluteFilePath();
    credentials::Secrets secrets;
    if (!g.iamUser.isEmpty()) {
        if (!g.iamPasswordStdin)
            return s.usage(ctlTr("--iam-user needs --iam-password-stdin"));
        p.authKind = api::AuthKind::IamPassword;
        p.iamUser = g.iamUser;
        p.iamDomain = g.iamDomain.isEmpty() ? g.iamUser : g.iamDomain;
        secrets.set(credentials::SecretKind::IamPassword, Session::readStdinLine().toUtf8());
    } else {
        const QString ak = g.ak.isEmpty() ? qEnvironmentVariable("DBSS_AK") : g.ak;
        const QString sk = g.sk.isEmpty() ? qEnvironmentVariable("DBSS_SK") : g.sk;
        const QString token =
            g.securityToken.isEmpty() ? qEnvironmentVariable("DBSS_SECURITY_TOKEN") : g.securityToken;
        if (ak.isEmpty() || sk.isEmpty())
            return s.usage(ctlTr("a profile needs --ak/--sk (or DBSS_AK/DBSS_SK) or --iam-user"));
        p.authKind = token.isEmpty() ? api::AuthKind::AkSk : api::AuthKind::TemporaryAkSk;
        secrets.set(credentials::SecretKind::AccessKey, ak.toUtf8());
        secrets.set(credentials::SecretKind::SecretKey, sk.toUtf8());
        if (!token.isEmpty())
            secrets.set(credentials::SecretKind::SecurityToken, token.toUtf8());
    }
    if (const QStringList problems = access.store().save(p); !problems.isEmpty())
        return s.usage(problems.join(QLatin1Char(' ')));
    const credentials::OperationResult saved =
        access.wait([&](QObject* ctx, credentials::ProfileStore::Done done) {
            access.store().saveSecrets(p.name, secrets, credentials::SecretStorage::Keychain, ctx,
                                       std::move(done));
        });
    secrets.clear();
    if (!saved.ok) {
        // No secret may be left half-stored: remove the profile again.
        access.wait([&](QObject* ctx, credentials::ProfileStore::Done done) {
            access.store().remove(p.name, ctx, std::move(done));
        });
        s.err() << "dbssctl: " << saved.message << '\n';
        return ExitNetwork;
    }
    s.out() << ctlTr("profile '%1' saved").arg(p.name) << '\n';
    return ExitOk;
}

int remove(Session& s, const QStringList& pos) {
    ConsoleProfiles access;
    if (!access.store().contains(pos.at(0)))
        return s.usage(ctlTr("no profile named '%1'").arg(pos.at(0)));
    const credentials::OperationResult r =
        access.wait([&](QObject* ctx, credentials::ProfileStore::Done done) {
            access.store().remove(pos.at(0), ctx, std::move(done));
        });
    if (!r.ok) {
        s.err() << "dbssctl: " << r.message << '\n';
        return ExitNetwork;
    }
    s.out() << ctlTr("profile '%1' removed").arg(pos.at(0)) << '\n';
    return ExitOk;
}

} // namespace

QList<Command> profileCommands() {
    return {
        {{"profile", "list"}, {}, {}, 0, false, list},
        {{"profile", "show"}, QStringLiteral("NAME"), {}, 1, false, show},
        {{"profile", "add"}, QStringLiteral("NAME [connection options]"), {}, 1, false, add},
        {{"profile", "remove"}, QStringLiteral("NAME"), {}, 1, false, remove},
    };
}

} // namespace dbss::ctl
