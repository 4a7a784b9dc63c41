#pragma once

// Helpers the Cmd*.cpp files share: required options, paged fetching, printing, verified writes.

#include "app/dbssctl/Output.h"
#include "app/dbssctl/Session.h"

#include "models/api/Pager.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <functional>
#include <optional>

namespace dbss::ctl {

inline QString ctlTr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("dbssctl", text, disambiguation, n);
}

// The value of a mandatory option; prints a usage error (and sets *code) when it is missing.
std::optional<QString> requiredOption(Session& s, const QString& name, int* code);
// --on / --off; prints a usage error when neither is given.
std::optional<bool> onOffFlag(Session& s, int* code);

int printListing(Session& s, const Listing& listing);
// Field/value table (or the object for --json) for one object.
int printObject(Session& s, const QJsonObject& object);

// Pages of a list through the library's one pager (the largest pages, parallel once the total is
// known, delivered in order): make(offset or page number, size) builds each request; items/total
// pick the rows and the total; map(rows) runs in the worker that parsed the page (format output
// there) and onPage(page) gets each mapped page in order. False (and *code set) when a page failed
// after the client's retries.
template <class Resp, class Item, class Total, class Page>
bool forEachPageMapped(Session& s, const api::Pager::MakeRequest& make, QList<Item> Resp::*items,
                       Total Resp::*total, int* code, const std::function<Page(QList<Item>&)>& map,
                       const std::function<void(Page&)>& onPage,
                       api::Pager::Mode mode = api::Pager::Mode::OffsetLimit) {
    api::ApiError error;
    bool done = false;
    QEventLoop loop;
    QObject context;
    api::Pager::Options options;
    options.mode = mode;
    api::forEachPageMapped<Resp, Item, Total, Page>(&s.client(), make, items, total, options, &context, map,
                                                    onPage, [&](const api::ApiError& e) {
                                                        error = e;
                                                        done = true;
                                                        loop.quit();
                                                    });
    if (!done)
        loop.exec();
    if (error.isError()) {
        *code = s.fail(error);
        return false;
    }
    return true;
}

// The same with each page's typed items as they are.
template <class Resp, class Item, class Total>
bool forEachPage(Session& s, const api::Pager::MakeRequest& make, QList<Item> Resp::*items,
                 Total Resp::*total, int* code, const std::function<void(QList<Item>&)>& onPage,
                 api::Pager::Mode mode = api::Pager::Mode::OffsetLimit) {
    return forEachPageMapped<Resp, Item, Total, QList<Item>>(
        s, make, items, total, code, [](QList<Item>& rows) { return std::move(rows); }, onPage, mode);
}

// Every row of a list in one QList (lists small by nature; large ones stream with forEachPage).
template <class Resp, class Item, class Total>
std::optional<QList<Item>> fetchAllOffset(Session& s, const api::Pager::MakeRequest& make,
                                          QList<Item> Resp::*items, Total Resp::*total, int* code,
                                          api::Pager::Mode mode = api::Pager::Mode::OffsetLimit) {
    QList<Item> rows;
    if (!forEachPage<Resp, Item, Total>(
            s, make, items, total, code, [&rows](QList<Item>& page) { rows += std::move(page); }, mode))
        return std::nullopt;
    return rows;
}

// A write whose answer may be lost: on a timeout or network error after sending, verify() re-reads
// the resource and tells whether the change is there (nullopt: cannot tell). Prints the outcome.
int runWrite(Session& s, const api::ApiRequest& request, const QString& doneMessage,
             const std::function<std::optional<bool>()>& verify = {});

} // namespace dbss::ctl
