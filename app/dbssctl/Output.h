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

// The same output written as rows arrive, so a million-row list needs no memory for its output:
// CSV and JSON rows go out at once (the JSON array opens with the first row and closes in
// finish(); output cut by an error stays an unclosed array, and the exit code says so). The table
// needs every row for its column widths, so it buffers until finish().
class ListingWriter {
public:
    // Rows formatted for the output, on any thread (dbssctl formats a page in the worker that
    // parsed it); write() puts blocks out in order, with the same bytes as row() by row.
    class Block {
    public:
        explicit Block(Format format = Format::Table)
            : m_format(format) {}
        void row(const QStringList& cells, const QJsonObject& object);
        qint64 rows() const { return m_rows; }

    private:
        friend class ListingWriter;
        Format m_format;
        QString m_text;             // CSV and JSON
        QList<QStringList> m_cells; // the table
        qint64 m_rows = 0;
    };

    ListingWriter(QTextStream& out, Format format, QStringList headers);
    Format format() const { return m_format; }
    void row(const QStringList& cells, const QJsonObject& object);
    void write(Block& block); // emptied
    void finish();

private:
    QTextStream& m_out;
    Format m_format;
    Listing m_table; // Format::Table only
    qint64 m_rows = 0;
    Block m_block; // row()'s, reused
};

QString csvField(const QString& value);
QString cellText(const QJsonValue& value); // null/absent -> "", arrays joined with ","

} // namespace dbss::ctl
