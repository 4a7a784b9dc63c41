#include "models/export/CsvExporter.h"

#include "models/export/CsvCellSource.h"
#include "models/tables/RemoteTableModel.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QIODevice>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSortFilterProxyModel>

#include <cstring>
#include <string>

namespace dbss::models {

namespace {
const QByteArray kCrLf = QByteArrayLiteral("\r\n");
const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

// The bytes RFC 4180 quoting reacts to, as a table: a million rows test every byte of every field.
struct Special {
    bool byte[256] = {};
    constexpr Special() {
        byte[uchar(',')] = byte[uchar('"')] = byte[uchar('\r')] = byte[uchar('\n')] = true;
    }
};
constexpr Special kSpecial;

// Eight bytes at a time (a byte of x equals c: the classic has-zero-byte test on x ^ c...c).
bool hasByte(quint64 x, uchar c) {
    constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    const quint64 y = x ^ (ones * c);
    return ((y - ones) & ~y & highs) != 0;
}

bool needsQuotes(QByteArrayView v) {
    qsizetype i = 0;
    for (; i + 8 <= v.size(); i += 8) {
        quint64 x;
        std::memcpy(&x, v.data() + i, 8);
        if (hasByte(x, ',') || hasByte(x, '"') || hasByte(x, '\r') || hasByte(x, '\n'))
            return true;
    }
    for (; i < v.size(); ++i)
        if (kSpecial.byte[uchar(v[i])])
            return true;
    return false;
}

// The rows a model shows, read from where they are kept: a CsvCellSource behind the view's
// QSortFilterProxyModel (rows mapped, columns the same) or the model itself.
struct FastRows {
    const QSortFilterProxyModel* proxy = nullptr;
    CsvCellSource::Cells cells;

    explicit FastRows(const QAbstractItemModel& model) {
        const QAbstractItemModel* source = &model;
        proxy = qobject_cast<const QSortFilterProxyModel*>(&model);
        if (proxy) {
            source = proxy->sourceModel();
            if (!source || source->columnCount() != proxy->columnCount())
                return; // a proxy that hides columns: cell by cell through the proxy
        }
        if (const auto* fast = dynamic_cast<const CsvCellSource*>(source))
            cells = fast->csvCells();
    }
    int sourceRow(int row) const { return proxy ? proxy->mapToSource(proxy->index(row, 0)).row() : row; }
};
} // namespace

QString CsvExporter::quoteField(const QString& value) {
    static const QRegularExpression needsQuotes(QStringLiteral("[,\"\r\n]"));
    if (!value.contains(needsQuotes))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvExporter::neutraliseFormula(const QString& value) {
    static const QRegularExpression number(QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
                       first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    if (!risky || number.match(value).hasMatch())
        return value;
    return QLatin1Char('\'') + value;
}

QString CsvExporter::cellText(const QModelIndex& index) {
    if (const QVariant exported = index.data(RemoteTableModel::ExportRole); exported.isValid())
        return exported.toString();
    const QVariant sortValue = index.data(RemoteTableModel::SortRole);
    if (sortValue.typeId() == QMetaType::QDateTime) {
        const QDateTime t = sortValue.toDateTime();
        return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
    }
    return index.data(Qt::DisplayRole).toString();
}

QString CsvExporter::record(const QStringList& fields) const {
    QStringList out;
    out.reserve(fields.size());
    for (const QString& field : fields)
        out << quoteField(m_options.neutraliseFormulas ? neutraliseFormula(field) : field);
    return out.join(QLatin1Char(','));
}

QList<int> CsvExporter::columnsOf(const QAbstractItemModel& model) const {
    if (!m_options.columns.isEmpty())
        return m_options.columns;
    QList<int> all;
    for (int c = 0; c < model.columnCount(); ++c)
        all << c;
    return all;
}

QStringList CsvExporter::headerFields(const QAbstractItemModel& model) const {
    QStringList fields;
    for (int c : columnsOf(model))
        fields << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    return fields;
}

QStringList CsvExporter::rowFields(const QAbstractItemModel& model, int row) const {
    QStringList fields;
    for (int c : columnsOf(model))
        fields << cellText(model.index(row, c));
    return fields;
}

bool CsvExporter::writeAll(QIODevice* device, const QByteArray& bytes, QString* error) {
    if (device->write(bytes) == bytes.size())
        return true;
    if (error)
        *error = device->errorString().isEmpty() ? tr("could not write") : device->errorString();
    return false;
}

void CsvExporter::appendField(std::string* out, QByteArrayView value, QByteArray* scratch) const {
    if (m_options.neutraliseFormulas && !value.isEmpty()) {
        const char first = value.front();
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            *scratch = neutraliseFormula(QString::fromUtf8(value)).toUtf8(); // rare: the one rule, as text
            value = *scratch;
        }
    }
    if (!needsQuotes(value)) {
        out->append(value.data(), size_t(value.size()));
        return;
    }
    out->push_back('"');
    for (qsizetype at = 0; at < value.size();) { // quotes doubled, the rest copied in runs
        const qsizetype quote = value.indexOf('"', at);
        const qsizetype end = quote < 0 ? value.size() : quote + 1;
        out->append(value.data() + at, size_t(end - at));
        if (quote >= 0)
            out->push_back('"');
        at = end;
    }
    out->push_back('"');
}

// Row by row into one UTF-8 buffer (no QStringList or QString per row; no QString per cell for a
// CsvCellSource model), written out every 64 kB; the same bytes as record() of rowFields().
bool CsvExporter::write(const QAbstractItemModel& model, QIODevice* device, QString* error) const {
    if (!device || !device->isWritable()) {
        if (error)
            *error = tr("the output is not open for writing");
        return false;
    }
    std::string chunk;
    chunk.reserve(80 * 1024);
    auto flush = [&] {
        const bool ok =
            writeAll(device, QByteArray::fromRawData(chunk.data(), qsizetype(chunk.size())), error);
        chunk.clear(); // keeps the capacity
        return ok;
    };
    if (m_options.bom)
        chunk += kBom.toStdString();
    if (m_options.header)
        chunk += (record(headerFields(model)).toUtf8() + kCrLf).toStdString();
    const QList<int> columns = columnsOf(model);
    const FastRows fast(model);
    QByteArray cell, scratch;
    const int rows = model.rowCount();
    for (int row = 0; row < rows; ++row) {
        const int sourceRow = fast.cells ? fast.sourceRow(row) : row;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                chunk.push_back(',');
            if (fast.cells) {
                appendField(&chunk, fast.cells(sourceRow, columns[i], cell), &scratch);
            } else {
                cell = cellText(model.index(row, columns[i])).toUtf8();
                appendField(&chunk, cell, &scratch);
            }
        }
        chunk.append("\r\n", 2);
        if (chunk.size() > 64 * 1024 && !flush()) // bounded memory for long logs
            return false;
    }
    return flush();
}

bool CsvExporter::writeFile(const QAbstractItemModel& model, const QString& path, QString* error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QString why;
    if (!write(model, &file, &why)) {
        file.cancelWriting();
        if (error)
            *error = tr("cannot write %1: %2").arg(path, why);
        return false;
    }
    if (!file.commit()) { // the old file, if any, is untouched
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace dbss::models
