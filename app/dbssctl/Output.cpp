#include "app/dbssctl/Output.h"

#include "models/export/CsvExporter.h"

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

void ListingWriter::row(const QStringList& cells, const QJsonObject& object) {
    switch (m_format) {
    case Format::Json: {
        // As QJsonDocument indents an array of objects: each object four spaces in.
        QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Indented);
        json.chop(1); // its final newline
        json.replace("\n", "\n    ");
        m_out << (m_rows == 0 ? "[\n    " : ",\n    ") << QString::fromUtf8(json);
        break;
    }
    case Format::Csv: {
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                line += QLatin1Char(',');
            line += csvField(cells[c]);
        }
        m_out << line << "\r\n";
        break;
    }
    case Format::Table:
        m_table.rows.append(cells);
        break;
    }
    ++m_rows;
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
