// policy export | diff | apply: an instance's rule policy as a versioned JSON file (docs/policy.md).

#include "app/dbssctl/CmdSupport.h"
#include "app/dbssctl/Commands.h"
#include "models/policy/PolicyApplier.h"
#include "models/policy/PolicyReader.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace dbss::ctl {

namespace {

using models::Policy;
using models::PolicyChange;
using models::PolicyOutcome;
using models::PolicyPlan;
using models::PolicyReport;

// The instance's policy, waiting for the reader; nullopt (and *code set) when a list failed.
std::optional<Policy> readPolicy(Session& s, const QString& instance, int* code) {
    models::PolicyReader reader(&s.client());
    QEventLoop loop;
    bool done = false;
    Policy policy;
    api::ApiError error;
    QObject::connect(&reader, &models::PolicyReader::finished, &loop,
                     [&](const QString&, const Policy& p, const api::ApiError& e) {
                         policy = p;
                         error = e;
                         done = true;
                         loop.quit();
                     });
    reader.read(instance);
    if (!done)
        loop.exec();
    if (error.isError()) {
        *code = s.fail(error);
        return std::nullopt;
    }
    return policy;
}

// The file's policy; every problem printed, nothing sent when it is not valid.
std::optional<Policy> readFile(Session& s, int* code) {
    const auto file = requiredOption(s, QStringLiteral("--file"), code);
    if (!file)
        return std::nullopt;
    QStringList errors;
    const std::optional<Policy> policy = Policy::fromFile(*file, &errors);
    if (!policy) {
        for (const QString& e : errors)
            s.err() << "dbssctl: " << *file << ": " << e << '\n';
        *code = s.usage(ctlTr("the policy file is refused; nothing was sent"));
    }
    return policy;
}

bool json(Session& s) {
    return s.args().global.format == Format::Json;
}

void printJson(Session& s, const QJsonObject& o) {
    s.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    s.out().flush();
}

void printPlan(Session& s, const PolicyPlan& plan) {
    if (plan.inSync()) {
        s.out() << ctlTr("%1: in sync with the policy").arg(plan.instanceId) << '\n';
        return;
    }
    s.out() << ctlTr("%1: %n difference(s)", nullptr, int(plan.changes.size())).arg(plan.instanceId);
    if (plan.impossibleCount() > 0)
        s.out() << ' ' << ctlTr("(%n the API cannot change)", nullptr, plan.impossibleCount());
    s.out() << ", " << ctlTr("%n request(s) to send", nullptr, int(plan.requests.size())) << '\n';
    for (const PolicyChange& c : plan.changes)
        s.out() << (c.possible ? "  ~ " : "  ! ") << c.describe() << '\n';
}

int exportPolicy(Session& s, const QStringList&) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    const auto policy = instance ? readPolicy(s, *instance, &code) : std::nullopt;
    if (!policy)
        return code;
    const QByteArray bytes = policy->toFileBytes();
    const QString out = s.args().value(QStringLiteral("--out"));
    if (out.isEmpty() || out == QLatin1String("-")) {
        s.out() << QString::fromUtf8(bytes);
        s.out().flush();
        return ExitOk;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return s.usage(ctlTr("cannot write '%1': %2").arg(out, file.errorString()));
    s.err() << ctlTr(
                   "%1: policy of %2 written (%3 risk, %4 SQL injection, %5 masking rules, %6 audit scopes)")
                   .arg(out, *instance)
                   .arg(policy->riskRules.size())
                   .arg(policy->sqlInjectionRules.size())
                   .arg(policy->maskingRules.size())
                   .arg(policy->auditScopes.size())
            << '\n';
    s.err().flush();
    return ExitOk;
}

// Plans for every instance of --instance; nullopt (and *code set) when a read failed or the file
// does not fit an instance — then nothing has been sent.
std::optional<QList<std::pair<PolicyPlan, Policy>>> plans(Session& s, const Policy& desired, int* code) {
    const QStringList instances = s.args().list(QStringLiteral("--instance"));
    if (instances.isEmpty()) {
        *code = s.usage(ctlTr("missing --instance ID[,ID...]"));
        return std::nullopt;
    }
    QList<std::pair<PolicyPlan, Policy>> out;
    QStringList errors;
    for (const QString& instance : instances) {
        const auto current = readPolicy(s, instance, code);
        if (!current)
            return std::nullopt;
        PolicyPlan plan = PolicyPlan::compute(desired, *current, instance, true);
        for (const QString& e : plan.errors)
            errors << instance + QStringLiteral(": ") + e;
        out.append({plan, *current});
    }
    if (!errors.isEmpty()) {
        for (const QString& e : errors)
            s.err() << "dbssctl: " << e << '\n';
        *code = s.usage(ctlTr("the policy file does not fit the instance; nothing was sent"));
        return std::nullopt;
    }
    return out;
}

int printPlans(Session& s, const QList<std::pair<PolicyPlan, Policy>>& all) {
    bool differences = false;
    QJsonArray rows;
    for (const auto& [plan, current] : all) {
        differences = differences || !plan.inSync();
        if (json(s))
            rows.append(plan.toJson());
        else
            printPlan(s, plan);
    }
    if (json(s))
        printJson(s, {{QStringLiteral("plans"), rows}});
    s.out().flush();
    return differences ? ExitDifferences : ExitOk;
}

int diffPolicy(Session& s, const QStringList&) {
    int code = 0;
    const auto desired = readFile(s, &code);
    const auto all = desired ? plans(s, *desired, &code) : std::nullopt;
    return all ? printPlans(s, *all) : code;
}

void printReport(Session& s, const PolicyReport& r) {
    s.out() << ctlTr("%1: %2 applied, %3 failed, %4 not possible, %5 unverified (%n request(s) sent)",
                     nullptr, r.requestsSent)
                   .arg(r.instanceId)
                   .arg(r.count(PolicyOutcome::State::Applied))
                   .arg(r.count(PolicyOutcome::State::Failed))
                   .arg(r.count(PolicyOutcome::State::NotPossible))
                   .arg(r.count(PolicyOutcome::State::Unverified))
            << '\n';
    for (qsizetype i = 0; i < r.plan.changes.size(); ++i) {
        const PolicyOutcome& o = r.outcomes[i];
        s.out() << "  " << PolicyOutcome::stateName(o.state).leftJustified(13)
                << r.plan.changes[i].describe();
        if (o.error.isError())
            s.out() << " — " << o.error.userMessage();
        s.out() << '\n';
    }
    if (r.readError.isError())
        s.out() << ctlTr("  re-read failed: %1").arg(r.readError.userMessage()) << '\n';
    else if (r.remaining.inSync())
        s.out() << ctlTr("  re-read: in sync with the policy") << '\n';
    else
        s.out() << ctlTr("  re-read: %n difference(s) remain", nullptr, int(r.remaining.changes.size()))
                << '\n';
}

// The exit code of a report: 4 for a network failure, 3 for a refusal, 5 for differences left.
int reportCode(const PolicyReport& r) {
    int code = ExitOk;
    auto worse = [&code](int c) {
        const auto rank = [](int x) {
            return x == ExitNetwork ? 3 : x == ExitApi ? 2 : x == ExitDifferences ? 1 : 0;
        };
        if (rank(c) > rank(code))
            code = c;
    };
    for (const PolicyOutcome& o : r.outcomes)
        if (o.state == PolicyOutcome::State::Failed || o.state == PolicyOutcome::State::Unverified)
            worse(o.error.isError() ? exitCodeFor(o.error) : ExitApi);
    if (r.readError.isError())
        worse(exitCodeFor(r.readError));
    else if (!r.remaining.inSync())
        worse(ExitDifferences);
    return code;
}

int applyPolicy(Session& s, const QStringList&) {
    int code = 0;
    const auto desired = readFile(s, &code);
    const auto all = desired ? plans(s, *desired, &code) : std::nullopt;
    if (!all)
        return code;
    if (s.args().has(QStringLiteral("--dry-run")))
        return printPlans(s, *all);
    int result = ExitOk;
    QJsonArray reports;
    for (const auto& [plan, current] : *all) {
        if (plan.requests.isEmpty()) { // idempotent: nothing the API can change is different
            if (json(s))
                reports.append(plan.toJson());
            else
                printPlan(s, plan);
            if (!plan.inSync() && result == ExitOk)
                result = ExitDifferences;
            continue;
        }
        models::PolicyApplier applier(&s.client());
        QEventLoop loop;
        bool done = false;
        PolicyReport report;
        QObject::connect(&applier, &models::PolicyApplier::finished, &loop, [&](const PolicyReport& r) {
            report = r;
            done = true;
            loop.quit();
        });
        applier.apply(plan, *desired);
        if (!done)
            loop.exec();
        if (json(s))
            reports.append(report.toJson());
        else
            printReport(s, report);
        const int c = reportCode(report);
        if (c == ExitNetwork || (c == ExitApi && result != ExitNetwork) ||
            (c == ExitDifferences && result == ExitOk))
            result = c;
    }
    if (json(s))
        printJson(s, {{QStringLiteral("reports"), reports}});
    s.out().flush();
    return result;
}

} // namespace

QList<Command> policyCommands() {
    const QString i = QStringLiteral("--instance");
    return {
        {{"policy", "export"},
         QStringLiteral("--instance ID [--out FILE]"),
         {i, "--out"},
         0,
         true,
         exportPolicy},
        {{"policy", "diff"},
         QStringLiteral("--instance ID[,ID] --file FILE"),
         {i, "--file"},
         0,
         true,
         diffPolicy},
        {{"policy", "apply"},
         QStringLiteral("--instance ID[,ID] --file FILE [--dry-run]"),
         {i, "--file", "--dry-run"},
         0,
         true,
         applyPolicy},
    };
}

} // namespace dbss::ctl
