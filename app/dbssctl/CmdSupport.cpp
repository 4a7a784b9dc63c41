#include "app/dbssctl/CmdSupport.h"

#include <QJsonDocument>

namespace dbss::ctl {

std::optional<QString> requiredOption(Session& s, const QString& name, int* code) {
    const QString value = s.args().value(name);
    if (value.isEmpty()) {
        *code = s.usage(ctlTr("'%1' needs %2").arg(s.args().words.join(QLatin1Char(' ')), name));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> onOffFlag(Session& s, int* code) {
    if (s.args().flags.contains(QStringLiteral("--on")))
        return true;
    if (s.args().flags.contains(QStringLiteral("--off")))
        return false;
    *code = s.usage(ctlTr("'%1' needs --on or --off").arg(s.args().words.join(QLatin1Char(' '))));
    return std::nullopt;
}

int printListing(Session& s, const Listing& listing) {
    printListing(s.out(), listing, s.args().global.format);
    return ExitOk;
}

int printObject(Session& s, const QJsonObject& object) {
    if (s.args().global.format == Format::Json) {
        s.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        s.out().flush();
        return ExitOk;
    }
    Listing listing;
    listing.headers = {ctlTr("Field"), ctlTr("Value")};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        listing.rows.append({it.key(), cellText(it.value())});
    printListing(s.out(), listing, s.args().global.format);
    return ExitOk;
}

int runWrite(Session& s, const api::ApiRequest& request, const QString& doneMessage,
             const std::function<std::optional<bool>()>& verify) {
    const auto reply = s.send(request);
    api::MutationResult result;
    api::ApiError error;
    if (api::parseMutation(*reply, &result, &error)) {
        if (s.args().global.format == Format::Json)
            s.out() << QString::fromUtf8(QJsonDocument(result.raw).toJson(QJsonDocument::Indented));
        else
            s.out() << doneMessage << '\n';
        s.out().flush();
        return ExitOk;
    }
    // Timeout, dropped or cut answer, unreadable 2xx, 502/504: applied or not, unknown.
    if (!error.outcomeUnknown() || !verify)
        return s.fail(error);
    // The request may have been applied: never repeat it, look at the state instead.
    s.err() << "dbssctl: " << error.userMessage() << '\n'
            << ctlTr("dbssctl: the answer was lost; reading the state again to see whether it was applied")
            << '\n';
    s.err().flush();
    const std::optional<bool> applied = verify();
    if (applied && *applied) {
        s.out() << doneMessage << ' ' << ctlTr("(verified after a lost answer)") << '\n';
        s.out().flush();
        return ExitOk;
    }
    s.err() << (applied ? ctlTr("dbssctl: the change was NOT applied")
                        : ctlTr("dbssctl: could not tell whether the change was applied"))
            << '\n';
    s.err().flush();
    return exitCodeFor(error); // 4 after a lost answer, 3 after an unreadable one
}

} // namespace dbss::ctl
