#include "models/export/CsvExporter.h"

#include "models/export/CsvCellSource.h"
#include "models/tables/RemoteTableModel.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QIODevice>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSortFilterProxyModel>

namespace dbss::models {

namespace {
const QByteArray kCrLf = QByteArrayLiteral("\r\n");
const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

bool needsQuotes(QByteArrayView v) {
    for (char c : v)
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
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

void CsvExporter::appendField(QByteArray* out, QByteArrayView value, QByteArray* scratch) const {
    if (m_options.neutraliseFormulas && !value.isEmpty()) {
        const char first = value.front();
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            *scratch = neutraliseFormula(QString::fromUtf8(value)).toUtf8(); // rare: the one rule, as text
            value = *scratch;
        }
    }
    if (!needsQuotes(value)) {
        out->append(value);
        return;
    }
    out->append('"');
    for (char c : value) {
        if (c == '"')
            out->append('"');
        out->append(c);
    }
    out->append('"');
}

// Row by row into one UTF-8 buffer (no QStringList or QString per row; no QString per cell for a
// CsvCellSource model), written out every 64 kB; the same bytes as record() of rowFields().
bool CsvExporter::write(const QAbstractItemModel& model, QIODevice* device, QString* error) const {
    if (!device || !device->isWritable()) {
        if (error)
            *error = tr("the output is not open for writing");
        return false;
    }
    QByteArray chunk;
    chunk.reserve(80 * 1024);
    if (m_options.bom)
        chunk += kBom;
    if (m_options.header)
        chunk += record(headerFields(model)).toUtf8() + kCrLf;
    const QList<int> columns = columnsOf(model);
    const FastRows fast(model);
    QByteArray cell, scratch;
    const int rows = model.rowCount();
    for (int row = 0; row < rows; ++row) {
        const int sourceRow = fast.cells ? fast.sourceRow(row) : row;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                chunk += ',';
            if (fast.cells) {
                const QByteArrayView v = fast.cells(sourceRow, columns[i], cell);
                appendField(&chunk, v, &scratch);
            } else {
                cell = cellText(model.index(row, columns[i])).toUtf8();
                appendField(&chunk, cell, &scratch);
            }
        }
        chunk += kCrLf;
        if (chunk.size() > 64 * 1024) { // bounded memory for long logs
            if (!writeAll(device, chunk, error))
                return false;
            chunk.resize(0); // keeps the capacity
        }
    }
    return writeAll(device, chunk, error);
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
