#include "app/dbssctl/Session.h"

#include "app/dbssctl/ConsoleProfiles.h"
#include "models/api/ApiError.h"
#include "models/api/EndpointTable.h"
#include "models/api/Iam.h"
#include "models/api/NetworkSetup.h"
#include "models/api/RequestLogEntry.h"
#include "models/credentials/ClientConfigFactory.h"
#include "models/credentials/Profile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>

#include <cstdio>

namespace dbss::ctl {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("dbssctl", text);
}

} // namespace

QString Session::readStdinLine() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

int exitCodeFor(const api::ApiError& error) {
    using Kind = api::ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return ExitOk;
    case Kind::Usage:
        return ExitUsage;
    case Kind::Http:
    case Kind::Parse:
    case Kind::TooLarge:
        return ExitApi;
    case Kind::Network:
    case Kind::Tls:
    case Kind::Timeout:
    case Kind::Cancelled:
        return ExitNetwork;
    }
    return ExitApi;
}

Session::Session(Args args, QTextStream& out, QTextStream& err)
    : m_args(std::move(args))
    , m_out(out)
    , m_err(err) {}

Session::~Session() = default;

void Session::attachLog() {
    if (!m_args.global.verbose)
        return;
    // The request log is redacted by the library (no Authorization, token or password).
    QObject::connect(m_client.get(), &api::ApiClient::requestLogged, m_client.get(),
                     [this](const api::RequestLogEntry& entry) {
                         m_err << entry.summary() << '\n';
                         if (!entry.requestBody.isEmpty())
                             m_err << "  " << QString::fromUtf8(entry.requestBody) << '\n';
                         m_err.flush();
                     });
}

bool Session::connect() {
    const GlobalOptions& g = m_args.global;
    api::ClientConfig config;
    if (!g.profile.isEmpty())
        return connectProfile();
    if (!g.region.isEmpty())
        config.region = g.region;
    config.projectId = g.projectId;
    if (!g.endpoint.isEmpty()) {
        const QUrl url(g.endpoint, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty()) {
            m_err << tr("dbssctl: --endpoint must be an http(s) URL, not '%1'").arg(g.endpoint) << '\n';
            return false;
        }
        for (api::Service s : {api::Service::Dbss, api::Service::Iam, api::Service::Drs, api::Service::Das})
            config.endpointOverrides.insert(s, url);
    }
    if (g.timeoutSeconds > 0)
        config.timeoutMs = g.timeoutSeconds * 1000;

    if (!g.iamUser.isEmpty()) {
        config.authKind = api::AuthKind::IamPassword;
        config.iamUser = g.iamUser;
        config.iamDomain = g.iamDomain.isEmpty() ? g.iamUser : g.iamDomain;
        if (!g.iamPasswordStdin) {
            m_err << tr("dbssctl: --iam-user needs --iam-password-stdin (passwords are never taken from "
                        "the command line)")
                  << '\n';
            return false;
        }
        config.iamPassword = readStdinLine();
    } else {
        config.ak = g.ak.isEmpty() ? qEnvironmentVariable("DBSS_AK") : g.ak;
        config.sk = g.skStdin ? readStdinLine() : g.sk.isEmpty() ? qEnvironmentVariable("DBSS_SK") : g.sk;
        config.securityToken =
            g.securityToken.isEmpty() ? qEnvironmentVariable("DBSS_SECURITY_TOKEN") : g.securityToken;
        if (!config.securityToken.isEmpty())
            config.authKind = api::AuthKind::TemporaryAkSk;
        if (config.ak.isEmpty() || config.sk.isEmpty()) {
            m_err << tr("dbssctl: no credentials: give --ak/--sk (or DBSS_AK/DBSS_SK), --iam-user, or "
                        "--profile")
                  << '\n';
            return false;
        }
    }
    return start(config);
}

// --profile NAME: the console's profile and keychain secrets; the environment (DBSS_AK/SK/
// SECURITY_TOKEN) and explicit command-line options win over what the profile holds.
bool Session::connectProfile() {
    const GlobalOptions& g = m_args.global;
    api::ClientConfig config;
    ConsoleProfiles access;
    if (const QString problem = access.loadConfig(g.profile, &config); !problem.isEmpty()) {
        m_err << "dbssctl: " << problem << '\n';
        return false;
    }
    const credentials::EnvironmentOverride env = credentials::applyEnvironmentCredentials(config);
    if (!env.error.isEmpty()) {
        m_err << "dbssctl: " << env.error << '\n';
        return false;
    }
    if (!g.ak.isEmpty() || !g.sk.isEmpty() || g.skStdin) {
        config.authKind = g.securityToken.isEmpty() ? api::AuthKind::AkSk : api::AuthKind::TemporaryAkSk;
        config.ak = g.ak;
        config.sk = g.skStdin ? readStdinLine() : g.sk;
        config.securityToken = g.securityToken;
    }
    if (!g.region.isEmpty())
        config.region = g.region;
    if (!g.projectId.isEmpty())
        config.projectId = g.projectId;
    if (!g.endpoint.isEmpty())
        for (api::Service s : {api::Service::Dbss, api::Service::Iam, api::Service::Drs, api::Service::Das})
            config.endpointOverrides.insert(s, QUrl(g.endpoint));
    if (g.timeoutSeconds > 0)
        config.timeoutMs = g.timeoutSeconds * 1000;
    const bool ok = start(config);
    credentials::wipeSecrets(config);
    return ok;
}

void Session::warnSecretOnCommandLine() {
    if (m_args.global.sk.isEmpty())
        return;
    m_err << tr("dbssctl: warning: --sk is visible to other users in the process list; use DBSS_SK, a "
                "profile or --sk-stdin")
          << '\n';
    m_err.flush();
}

bool Session::start(api::ClientConfig config) {
    warnSecretOnCommandLine();
    config.deadline = QDeadlineTimer(qint64(m_args.global.deadlineSeconds) * 1000);
    config.maxResponseBytes = qint64(m_args.global.maxResponseMb) * 1024 * 1024;
    if (!config.endpointOverrides.contains(api::Service::Dbss) &&
        api::EndpointTable::defaultEndpoint(api::Service::Dbss, config.region).isEmpty()) {
        m_err << tr("dbssctl: '%1' is not a region code (e.g. cn-north-4)").arg(config.region) << '\n';
        return false;
    }
    if (!m_args.global.pinCert.isEmpty()) {
        const auto pin = credentials::normalizeSha256Fingerprint(m_args.global.pinCert);
        if (!pin) {
            m_err << tr("dbssctl: --pin-cert needs a SHA-256 fingerprint (64 hex digits)") << '\n';
            return false;
        }
        config.pinnedCertSha256 = *pin;
    }
    if (!applyNetworkOptions(config))
        return false;
    m_client = std::make_unique<api::ApiClient>(config);
    attachLog();
    if (config.projectId.isEmpty() && config.authKind != api::AuthKind::IamPassword) {
        // AK/SK without a project id: ask IAM for the project named after the region.
        int code = 0;
        const auto projects = fetch<api::ListProjectsResponse>(api::listProjects(config.region), &code);
        if (!projects) {
            m_err << tr("dbssctl: cannot find the project id of region %1; give --project-id")
                         .arg(config.region)
                  << '\n';
            m_resolveExit = code;
            return false;
        }
        for (const api::IamProject& p : projects->projects) {
            if (p.name == config.region)
                config.projectId = p.id;
        }
        if (config.projectId.isEmpty()) {
            m_err << tr("dbssctl: IAM knows no project named %1; give --project-id").arg(config.region)
                  << '\n';
            m_resolveExit = ExitApi;
            return false;
        }
        m_client = std::make_unique<api::ApiClient>(config);
        attachLog();
    }
    return true;
}

// --proxy and --ca-file (extensions) win over the profile's; checked here so a typo is a usage error.
bool Session::applyNetworkOptions(api::ClientConfig& config) {
    const GlobalOptions& g = m_args.global;
    if (!g.proxy.isEmpty()) {
        if (const QString problem = api::NetworkSetup::proxyProblem(g.proxy); !problem.isEmpty()) {
            m_err << "dbssctl: --proxy: " << problem << '\n';
            return false;
        }
        config.proxy = g.proxy;
    }
    if (!g.caFile.isEmpty())
        config.caFile = g.caFile;
    if (!config.caFile.isEmpty()) {
        QString problem;
        api::NetworkSetup::loadCaFile(config.caFile, &problem);
        if (!problem.isEmpty()) {
            m_err << "dbssctl: " << problem << '\n';
            return false;
        }
    }
    return true;
}

std::unique_ptr<api::ApiReply, void (*)(api::ApiReply*)> Session::send(const api::ApiRequest& request) {
    api::ApiReply* reply = m_client->send(request);
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &api::ApiReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return {reply, [](api::ApiReply* r) {
                delete r;
            }};
}

std::optional<api::MutationResult> Session::mutate(const api::ApiRequest& request, int* exitCode) {
    const auto reply = send(request);
    api::MutationResult result;
    api::ApiError error;
    if (!api::parseMutation(*reply, &result, &error)) {
        *exitCode = fail(error);
        return std::nullopt;
    }
    *exitCode = 0;
    return result;
}

int Session::fail(const api::ApiError& error) {
    m_err << QStringLiteral("dbssctl: ") << error.userMessage() << '\n';
    m_err.flush();
    return exitCodeFor(error);
}

int Session::usage(const QString& message) {
    m_err << QStringLiteral("dbssctl: ") << message << '\n' << tr("Try 'dbssctl --help'.") << '\n';
    m_err.flush();
    return ExitUsage;
}

} // namespace dbss::ctl
