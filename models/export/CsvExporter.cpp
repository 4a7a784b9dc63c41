#include "models/export/CsvExporter.h"

#include "models/export/CsvCellSource.h"
#include "models/tables/RemoteTableModel.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QIODevice>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstring>
#include <deque>
#include <string>
#include <vector>

namespace dbss::models {

namespace {
const QByteArray kCrLf = QByteArrayLiteral("\r\n");
const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

// Eight bytes at a time: (y - 1...1) & ~y & 8...8 is non-zero exactly when a byte of y is zero,
// and y = x ^ c...c has a zero byte where x has the byte c. Branch-free over the four bytes.
Q_ALWAYS_INLINE quint64 zeroBytes(quint64 y) {
    constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    return (y - ones) & ~y & highs;
}

Q_ALWAYS_INLINE bool hasSpecial(quint64 x) {
    constexpr quint64 ones = 0x0101010101010101ULL;
    return (zeroBytes(x ^ (ones * ',')) | zeroBytes(x ^ (ones * '"')) | zeroBytes(x ^ (ones * '\r')) |
            zeroBytes(x ^ (ones * '\n'))) != 0;
}

Q_ALWAYS_INLINE quint32 load32(const char* p) {
    quint32 x;
    std::memcpy(&x, p, 4);
    return x;
}

// Every byte of the field is tested in words, short fields included: bytes loaded twice (the
// overlapping loads) or padded with NUL change nothing, as NUL is not special.
Q_ALWAYS_INLINE bool needsQuotes(QByteArrayView v) {
    const char* p = v.data();
    const qsizetype n = v.size();
    if (n < 4) {
        if (n == 0)
            return false;
        return hasSpecial(uchar(p[0]) | quint64(uchar(p[n / 2])) << 8 | quint64(uchar(p[n - 1])) << 16);
    }
    if (n <= 8)
        return hasSpecial(load32(p) | quint64(load32(p + n - 4)) << 32);
    quint64 x;
    for (qsizetype i = 0; i + 8 < n; i += 8) {
        std::memcpy(&x, p + i, 8);
        if (hasSpecial(x))
            return true;
    }
    std::memcpy(&x, p + n - 8, 8); // the last word, overlapping the loop's
    return hasSpecial(x);
}

bool startsLikeFormula(char first) {
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
}

// The rows a model shows, read from where they are kept: a CsvCellSource behind the view's
// QSortFilterProxyModel (rows mapped, columns the same) or the model itself.
struct FastRows {
    const QSortFilterProxyModel* proxy = nullptr;
    CsvCellSource::Cells cells;
    int columnCount = 0;

    explicit FastRows(const QAbstractItemModel& model) {
        const QAbstractItemModel* source = &model;
        proxy = qobject_cast<const QSortFilterProxyModel*>(&model);
        if (proxy) {
            source = proxy->sourceModel();
            if (!source || source->columnCount() != proxy->columnCount())
                return; // a proxy that hides columns: cell by cell through the proxy
        }
        if (const auto* fast = dynamic_cast<const CsvCellSource*>(source)) {
            cells = fast->csvCells();
            columnCount = source->columnCount();
        }
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

// The common case inline (a field that needs neither the apostrophe nor quotes is copied as it
// is); the rest out of line, so the hot path keeps a small frame.
Q_ALWAYS_INLINE void CsvExporter::appendField(std::string* out, QByteArrayView value,
                                              QByteArray* scratch) const {
    const bool formulaLike =
        m_options.neutraliseFormulas && !value.isEmpty() && startsLikeFormula(value.front());
    if (!formulaLike && !needsQuotes(value)) {
        out->append(value.data(), size_t(value.size()));
        return;
    }
    appendUnusualField(out, value, scratch);
}

Q_NEVER_INLINE void CsvExporter::appendUnusualField(std::string* out, QByteArrayView value,
                                                    QByteArray* scratch) const {
    if (m_options.neutraliseFormulas && !value.isEmpty() && startsLikeFormula(value.front())) {
        *scratch = neutraliseFormula(QString::fromUtf8(value)).toUtf8(); // the one rule, as text
        value = *scratch;
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

void CsvExporter::appendRecord(std::string* out, const CsvCellSource::Cells& cells, int sourceRow,
                               const QList<int>& columns, RowScratch* row) const {
    cells(sourceRow, row->cells.data(), row->scratch.data());
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            out->push_back(',');
        appendField(out, row->cells[size_t(columns[i])], &row->field);
    }
    out->append("\r\n", 2);
}

// Row by row into UTF-8 buffers (no QStringList or QString per row; no QString per cell for a
// CsvCellSource model), written out every 64 kB or so; the same bytes as record() of rowFields().
// A CsvCellSource's rows are formatted in blocks on the thread pool while this thread writes the
// finished blocks in order: the source only reads its storage, and this thread, which owns the
// model, waits here, so nothing changes it meanwhile.
bool CsvExporter::write(const QAbstractItemModel& model, QIODevice* device, QString* error) const {
    if (!device || !device->isWritable()) {
        if (error)
            *error = tr("the output is not open for writing");
        return false;
    }
    std::string chunk;
    chunk.reserve(80 * 1024);
    auto flush = [&](std::string& bytes) {
        const bool ok =
            writeAll(device, QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size())), error);
        bytes.clear(); // keeps the capacity
        return ok;
    };
    if (m_options.bom)
        chunk += kBom.toStdString();
    if (m_options.header)
        chunk += (record(headerFields(model)).toUtf8() + kCrLf).toStdString();
    const QList<int> columns = columnsOf(model);
    const FastRows fast(model);
    const int rows = model.rowCount();
    if (!fast.cells) {
        QByteArray cell, scratch;
        for (int row = 0; row < rows; ++row) {
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (i > 0)
                    chunk.push_back(',');
                cell = cellText(model.index(row, columns[i])).toUtf8();
                appendField(&chunk, cell, &scratch);
            }
            chunk.append("\r\n", 2);
            if (chunk.size() > 64 * 1024 && !flush(chunk)) // bounded memory for long logs
                return false;
        }
        return flush(chunk);
    }

    if (!flush(chunk))
        return false;
    constexpr int kBlockRows = 2048; // ~200 kB of a log's CSV
    const int inFlightMax = 2 * std::max(1, QThread::idealThreadCount());
    std::deque<QFuture<std::string>> inFlight;
    std::vector<std::string> spare; // written blocks' buffers, reused: no fresh pages to fault in
    bool ok = true;
    auto writeOldest = [&] {
        std::string bytes = inFlight.front().result();
        inFlight.pop_front();
        ok = ok && flush(bytes);
        spare.push_back(std::move(bytes));
    };
    for (int first = 0; first < rows && ok; first += kBlockRows) {
        std::vector<int> sourceRows(size_t(std::min(kBlockRows, rows - first)));
        for (size_t i = 0; i < sourceRows.size(); ++i) // the proxy is read in this thread only
            sourceRows[i] = fast.sourceRow(first + int(i));
        std::string buffer;
        if (!spare.empty()) {
            buffer = std::move(spare.back());
            spare.pop_back();
        }
        inFlight.push_back(QtConcurrent::run(
            [this, &fast, &columns, sourceRows = std::move(sourceRows), bytes = std::move(buffer)]() mutable {
                bytes.reserve(sourceRows.size() * 128);
                RowScratch row(fast.columnCount);
                for (int sourceRow : sourceRows)
                    appendRecord(&bytes, fast.cells, sourceRow, columns, &row);
                return std::move(bytes);
            }));
        if (int(inFlight.size()) >= inFlightMax)
            writeOldest();
    }
    while (!inFlight.empty()) // after a failed write too: the blocks use this frame's data
        writeOldest();
    return ok;
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
