#pragma once

#include "app/dbssctl/Args.h"

#include <QJsonArray>
#include <QList>
#include <QStringList>

class QTextStream;

namespace dbss::ctl {

// What a command prints: rows for the table and CSV, and the API objects themselves for --json.
struct Listing {
    QStringList headers;
    QList<QStringList> rows;
    QJsonArray objects;
};

// Table: aligned columns with a header line. CSV: as the console's export (models/CsvExporter):
// RFC 4180 quoting, CRLF record ends, formula-like cells prefixed with an apostrophe.
// JSON: the objects as an indented array.
void printListing(QTextStream& out, const Listing& listing, Format format);

QString csvField(const QString& value);
QString cellText(const QJsonValue& value); // null/absent -> "", arrays joined with ","

} // namespace dbss::ctl
