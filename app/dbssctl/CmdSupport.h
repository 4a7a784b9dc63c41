#pragma once

// Helpers the Cmd*.cpp files share: required options, paged fetching, printing, verified writes.

#include "app/dbssctl/Output.h"
#include "app/dbssctl/Session.h"

#include <QCoreApplication>

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

// All pages of an offset/limit list: make(offset, limit) builds each request; items/total pick
// the rows and the total from a page. Stops when total rows are in or a page is short.
template <class Resp, class Item>
std::optional<QList<Item>> fetchAllOffset(Session& s, const std::function<api::ApiRequest(int, int)>& make,
                                          QList<Item> Resp::*items, int Resp::*total, int* code,
                                          int pageSize = 100) {
    QList<Item> all;
    for (int offset = 0;; offset += pageSize) {
        const std::optional<Resp> page = s.fetch<Resp>(make(offset, pageSize), code);
        if (!page)
            return std::nullopt;
        all += (*page).*items;
        const int count = int(((*page).*items).size());
        if (count < pageSize || all.size() >= (*page).*total || count == 0)
            break;
    }
    return all;
}

// A write whose answer may be lost: on a timeout or network error after sending, verify() re-reads
// the resource and tells whether the change is there (nullopt: cannot tell). Prints the outcome.
int runWrite(Session& s, const api::ApiRequest& request, const QString& doneMessage,
             const std::function<std::optional<bool>()>& verify = {});

} // namespace dbss::ctl
