#include "app/dbssctl/Output.h"

#include "models/export/CsvExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace dbss::ctl {

QString cellText(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& v : value.toArray())
            parts << cellText(v);
        return parts.join(QLatin1Char(','));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QString csvField(const QString& value) {
    // The console's exporter rules, so both files are alike: RFC 4180 quoting, formulas neutralised.
    return models::CsvExporter::quoteField(models::CsvExporter::neutraliseFormula(value));
}

namespace {

// A string as QJsonDocument writes it (quotes included); printable ASCII is copied as it is.
void appendJsonString(QString* out, const QString& text) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\') {
            const QByteArray escaped = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
            *out += QString::fromUtf8(escaped.constData() + 1, escaped.size() - 2);
            return;
        }
    }
    *out += QLatin1Char('"');
    *out += text;
    *out += QLatin1Char('"');
}

// An object of string values as QJsonDocument indents it one level into an array, written
// straight into a QString (a listing of a million rows went through an indented QJsonDocument,
// a search-and-replace and a UTF-8 round trip per row). False for anything else (other value
// types, an empty object): the caller takes QJsonDocument's way.
bool appendIndentedStrings(QString* out, const QJsonObject& object) {
    if (object.isEmpty())
        return false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return false;
    }
    *out += QLatin1Char('{');
    bool first = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        *out += first ? QLatin1String("\n        ") : QLatin1String(",\n        ");
        first = false;
        appendJsonString(out, it.key());
        *out += QLatin1String(": ");
        appendJsonString(out, it.value().toString());
    }
    *out += QLatin1String("\n    }");
    return true;
}

} // namespace

ListingWriter::ListingWriter(QTextStream& out, Format format, QStringList headers)
    : m_out(out)
    , m_format(format) {
    if (format == Format::Csv) {
        QStringList line;
        for (const QString& h : headers)
            line << csvField(h);
        m_out << line.join(QLatin1Char(',')) << "\r\n";
    }
    m_table.headers = std::move(headers);
}

void ListingWriter::Block::row(const QStringList& cells, const QJsonObject& object) {
    switch (m_format) {
    case Format::Json: {
        // As QJsonDocument indents an array of objects: each object four spaces in. write() puts
        // the "[" or "," between blocks.
        m_text += QLatin1String(m_rows == 0 ? "    " : ",\n    ");
        if (!appendIndentedStrings(&m_text, object)) {
            QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Indented);
            json.chop(1); // its final newline
            json.replace("\n", "\n    ");
            m_text += QString::fromUtf8(json);
        }
        break;
    }
    case Format::Csv:
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                m_text += QLatin1Char(',');
            m_text += csvField(cells[c]);
        }
        m_text += QLatin1String("\r\n");
        break;
    case Format::Table:
        m_cells.append(cells);
        break;
    }
    ++m_rows;
}

void ListingWriter::row(const QStringList& cells, const QJsonObject& object) {
    m_block.m_format = m_format;
    m_block.row(cells, object);
    write(m_block);
}

void ListingWriter::write(Block& block) {
    if (block.m_rows == 0)
        return;
    if (m_format == Format::Json)
        m_out << (m_rows == 0 ? "[\n" : ",\n");
    if (m_format == Format::Table)
        m_table.rows += std::move(block.m_cells);
    else
        m_out << block.m_text;
    m_rows += block.m_rows;
    block.m_text.clear(); // keeps the capacity for row()
    block.m_cells.clear();
    block.m_rows = 0;
}

void ListingWriter::finish() {
    if (m_format == Format::Json)
        m_out << (m_rows == 0 ? "[\n]\n" : "\n]\n");
    else if (m_format == Format::Table)
        printListing(m_out, m_table, m_format);
    m_out.flush();
}

void printListing(QTextStream& out, const Listing& listing, Format format) {
    switch (format) {
    case Format::Json:
        out << QString::fromUtf8(QJsonDocument(listing.objects).toJson(QJsonDocument::Indented));
        break;
    case Format::Csv: {
        QStringList line;
        for (const QString& h : listing.headers)
            line << csvField(h);
        out << line.join(QLatin1Char(',')) << "\r\n";
        for (const QStringList& row : listing.rows) {
            line.clear();
            for (const QString& cell : row)
                line << csvField(cell);
            out << line.join(QLatin1Char(',')) << "\r\n";
        }
        break;
    }
    case Format::Table: {
        QList<qsizetype> widths;
        for (const QString& h : listing.headers)
            widths << h.size();
        for (const QStringList& row : listing.rows) {
            for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
                widths[c] = std::max(widths[c], row[c].simplified().size());
        }
        auto printRow = [&](const QStringList& cells) {
            QString line;
            for (qsizetype c = 0; c < widths.size(); ++c) {
                const QString cell = c < cells.size() ? cells[c].simplified() : QString();
                line += c + 1 < widths.size() ? cell.leftJustified(widths[c] + 2) : cell;
            }
            out << line << '\n';
        };
        printRow(listing.headers);
        for (const QStringList& row : listing.rows)
            printRow(row);
        break;
    }
    }
    out.flush();
}

} // namespace dbss::ctl
