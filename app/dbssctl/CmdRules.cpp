// rules scopes list|add, sql-injection list, risk list|show|switch, masks list, export

#include "app/dbssctl/CmdSupport.h"
#include "app/dbssctl/Commands.h"
#include "app/dbssctl/RuleListings.h"
#include "models/api/AuditScopes.h"
#include "models/api/Rules.h"

#include <QDir>
#include <QSaveFile>
#include <QTextStream>

namespace dbss::ctl {

namespace {

const QStringList kLevels{"HIGH", "MEDIUM", "LOW", "NO_RISK"};

std::optional<QStringList> riskLevels(Session& s, int* code) {
    QStringList levels;
    for (const QString& l : s.args().list(QStringLiteral("--risk-levels"))) {
        if (!kLevels.contains(l.toUpper())) {
            *code = s.usage(ctlTr("--risk-levels takes %1").arg(kLevels.join(QLatin1Char(','))));
            return std::nullopt;
        }
        levels << l.toUpper();
    }
    return levels;
}

// Prints the listing, or returns the exit code its fetch set. Takes the fetch as a function so that
// the code is read after the fetch has run: printOrCode(s, fetch(&code), code) read it before
// (the order of evaluation of arguments is unspecified) and exited 0 on failure.
int printOrCode(Session& s, const std::function<std::optional<Listing>(int*)>& fetch) {
    int code = ExitOk;
    const std::optional<Listing> listing = fetch(&code);
    return listing ? printListing(s, *listing) : code;
}

int scopesList(Session& s, const QStringList&) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    return instance ? printOrCode(s, [&](int* c) { return scopesListing(s, *instance, c); }) : code;
}

int scopesAdd(Session& s, const QStringList&) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    const auto name = instance ? requiredOption(s, QStringLiteral("--name"), &code) : std::nullopt;
    if (!name)
        return code;
    const api::NewAuditScope scope = scopeFromArgs(s, *name);
    if (scope.dbIds.isEmpty() || scope.dbNames.isEmpty())
        return s.usage(ctlTr("'rules scopes add' needs --db-ids and --db-names"));
    return runWrite(s, api::addAuditScope(*instance, scope), ctlTr("audit scope '%1' added").arg(*name),
                    [&]() -> std::optional<bool> {
                        int c = 0;
                        const auto listing = scopesListing(s, *instance, &c);
                        if (!listing)
                            return std::nullopt;
                        for (const QStringList& row : listing->rows)
                            if (row.value(1) == *name)
                                return true;
                        return false;
                    });
}

int sqlInjectionList(Session& s, const QStringList&) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    const auto levels = instance ? riskLevels(s, &code) : std::nullopt;
    return levels ? printOrCode(s, [&](int* c) { return sqlInjectionListing(s, *instance, *levels, c); })
                  : code;
}

int riskList(Session& s, const QStringList&) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    const auto levels = instance ? riskLevels(s, &code) : std::nullopt;
    return levels ? printOrCode(s,
                                [&](int* c) {
                                    return riskListing(s, *instance, s.args().value(QStringLiteral("--name")),
                                                       *levels, c);
                                })
                  : code;
}

int riskShow(Session& s, const QStringList& pos) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    const auto rule = instance ? s.fetch<api::RiskRuleDetail>(api::showRiskRule(*instance, pos.at(0)), &code)
                               : std::nullopt;
    return rule ? printObject(s, rule->raw) : code;
}

int riskSwitch(Session& s, const QStringList&) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    const auto on = instance ? onOffFlag(s, &code) : std::nullopt;
    if (!on)
        return code;
    const QStringList ids = s.args().list(QStringLiteral("--ids"));
    if (ids.isEmpty())
        return s.usage(ctlTr("'rules risk switch' needs --ids A[,B]"));
    const QString state = *on ? QStringLiteral("ON") : QStringLiteral("OFF");
    return runWrite(s, api::switchRiskRules(*instance, ids, *on),
                    ctlTr("risk rules %1 switched %2").arg(ids.join(QLatin1Char(',')), state),
                    [&]() -> std::optional<bool> {
                        int c = 0;
                        const auto r =
                            s.fetch<api::ListRiskRulesResponse>(api::listRiskRules(*instance, {}, {}), &c);
                        if (!r)
                            return std::nullopt;
                        for (const api::RiskRule& rule : r->rules)
                            if (ids.contains(rule.id) && rule.status.compare(state, Qt::CaseInsensitive) != 0)
                                return false;
                        return true;
                    });
}

int masksList(Session& s, const QStringList&) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    return instance ? printOrCode(s, [&](int* c) { return masksListing(s, *instance, c); }) : code;
}

// Every rule list of the instance, one CSV file each (written atomically).
int exportRules(Session& s, const QStringList&) {
    int code = 0;
    const auto instance = requiredOption(s, QStringLiteral("--instance"), &code);
    const auto dirName = instance ? requiredOption(s, QStringLiteral("--out"), &code) : std::nullopt;
    if (!dirName)
        return code;
    QDir dir(*dirName);
    if (!dir.mkpath(QStringLiteral(".")))
        return s.usage(ctlTr("cannot create directory '%1'").arg(*dirName));
    const std::pair<const char*, std::function<std::optional<Listing>()>> lists[] = {
        {"audit-scopes.csv",
         [&] {
             return scopesListing(s, *instance, &code);
         }},
        {"sql-injection-rules.csv",
         [&] {
             return sqlInjectionListing(s, *instance, {}, &code);
         }},
        {"risk-rules.csv",
         [&] {
             return riskListing(s, *instance, {}, {}, &code);
         }},
        {"masking-rules.csv",
         [&] {
             return masksListing(s, *instance, &code);
         }},
    };
    for (const auto& [file, fetch] : lists) {
        const std::optional<Listing> listing = fetch();
        if (!listing)
            return code;
        QSaveFile out(dir.filePath(QLatin1String(file)));
        if (!out.open(QIODevice::WriteOnly))
            return s.usage(ctlTr("cannot write '%1': %2").arg(out.fileName(), out.errorString()));
        QTextStream stream(&out);
        printListing(stream, *listing, Format::Csv);
        if (!out.commit())
            return s.usage(ctlTr("cannot write '%1': %2").arg(out.fileName(), out.errorString()));
        s.out() << out.fileName() << ' ' << ctlTr("(%n rows)", nullptr, int(listing->rows.size())) << '\n';
    }
    s.out().flush();
    return ExitOk;
}

} // namespace

QList<Command> ruleCommands() {
    const QString i = QStringLiteral("--instance");
    return {
        {{"rules", "scopes", "list"}, QStringLiteral("--instance ID"), {i}, 0, true, scopesList},
        {{"rules", "scopes", "add"},
         QStringLiteral(
             "--instance ID --name N --db-ids A[,B] --db-names A[,B] [--db-users ..] [--source-ips ..] "
             "[--source-ports ..] [--exception-ips ..] [--action ..]"),
         {i, "--name", "--db-ids", "--db-names", "--db-users", "--source-ips", "--source-ports",
          "--exception-ips", "--action"},
         0,
         true,
         scopesAdd},
        {{"rules", "sql-injection", "list"},
         QStringLiteral("--instance ID [--risk-levels L[,L]]"),
         {i, "--risk-levels"},
         0,
         true,
         sqlInjectionList},
        {{"rules", "risk", "list"},
         QStringLiteral("--instance ID [--name N] [--risk-levels L[,L]]"),
         {i, "--name", "--risk-levels"},
         0,
         true,
         riskList},
        {{"rules", "risk", "show"}, QStringLiteral("--instance ID RULE_ID"), {i}, 1, true, riskShow},
        {{"rules", "risk", "switch"},
         QStringLiteral("--instance ID --ids A[,B] --on|--off"),
         {i, "--ids", "--on", "--off"},
         0,
         true,
         riskSwitch},
        {{"rules", "masks", "list"}, QStringLiteral("--instance ID"), {i}, 0, true, masksList},
        {{"rules", "export"}, QStringLiteral("--instance ID --out DIR"), {i, "--out"}, 0, true, exportRules},
    };
}

} // namespace dbss::ctl
