// CsvExporter round trip: cells from the input are written as CSV, read back with a small
// RFC 4180 reader, and must come back exactly (after the formula rule, when it is on).
// Input: one byte of options (columns 1-8, BOM, header, formula rule), then cells separated by 0x1f.

#include "FuzzSupport.h"

#include "models/export/CsvExporter.h"

#include <QAbstractTableModel>
#include <QBuffer>

using dbss::models::CsvExporter;
using dbss::models::CsvOptions;

namespace {

class CellsModel : public QAbstractTableModel {
public:
    CellsModel(QStringList header, QList<QStringList> rows)
        : m_header(std::move(header))
        , m_rows(std::move(rows)) {}
    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(m_header.size());
    }
    QVariant data(const QModelIndex& index, int role) const override {
        return role == Qt::DisplayRole ? QVariant(m_rows[index.row()][index.column()]) : QVariant();
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
        return orientation == Qt::Horizontal && role == Qt::DisplayRole ? QVariant(m_header[section])
                                                                        : QVariant();
    }

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

// RFC 4180 with CRLF record ends, as the exporter writes; false on anything malformed.
bool readCsv(const QString& text, QList<QStringList>* records) {
    QStringList record;
    QString field;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] == u'"') {
            for (++i;; ++i) {
                if (i >= text.size())
                    return false; // unterminated quote
                if (text[i] == u'"') {
                    if (i + 1 < text.size() && text[i + 1] == u'"') {
                        field += u'"';
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i];
            }
        } else {
            while (i < text.size() && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n') {
                if (text[i] == u'"')
                    return false; // a quote inside an unquoted field
                field += text[i++];
            }
        }
        if (i < text.size() && text[i] == u',') {
            record << field;
            field.clear();
            ++i;
        } else if (text.mid(i, 2) == QLatin1String("\r\n")) {
            record << field;
            field.clear();
            records->append(record);
            record.clear();
            i += 2;
        } else {
            return false; // bare CR or LF, or text after a closing quote, or no final CRLF
        }
    }
    return record.isEmpty() && field.isEmpty();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0)
        return 0;
    const uint8_t flags = data[0];
    CsvOptions options;
    const int columns = 1 + (flags & 7);
    options.bom = flags & 8;
    options.header = flags & 16;
    options.neutraliseFormulas = flags & 32;

    QStringList cells;
    for (const QByteArray& part : dbss::fuzz::split(dbss::fuzz::bytes(data + 1, size - 1), '\x1f', 4096))
        cells << QString::fromUtf8(part);
    while (cells.size() % columns != 0)
        cells << QString();
    const QStringList header = cells.mid(0, columns);
    QList<QStringList> rows;
    for (qsizetype at = columns; at < cells.size(); at += columns)
        rows << cells.mid(at, columns);
    const CellsModel model(header, rows);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const CsvExporter exporter(options);
    QString error;
    FUZZ_CHECK(exporter.write(model, &buffer, &error));

    QByteArray out = buffer.data();
    if (options.bom) {
        FUZZ_CHECK(out.startsWith("\xEF\xBB\xBF"));
        out.remove(0, 3);
    }
    QList<QStringList> expected;
    if (options.header)
        expected << header;
    expected << rows;
    if (options.neutraliseFormulas) {
        for (QStringList& record : expected) {
            for (QString& field : record) {
                field = CsvExporter::neutraliseFormula(field);
                FUZZ_CHECK(!field.startsWith(u'=') && !field.startsWith(u'@'));
            }
        }
    }
    QList<QStringList> read;
    FUZZ_CHECK(readCsv(QString::fromUtf8(out), &read));
    FUZZ_CHECK(read == expected);
    return 0;
}
