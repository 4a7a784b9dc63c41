#include "models/export/CsvExporter.h"

#include "models/tables/RemoteTableModel.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QIODevice>
#include <QRegularExpression>
#include <QSaveFile>

namespace dbss::models {

namespace {
const QByteArray kCrLf = QByteArrayLiteral("\r\n");
const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");
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

bool CsvExporter::write(const QAbstractItemModel& model, QIODevice* device, QString* error) const {
    if (!device || !device->isWritable()) {
        if (error)
            *error = tr("the output is not open for writing");
        return false;
    }
    QByteArray chunk;
    if (m_options.bom)
        chunk += kBom;
    if (m_options.header)
        chunk += record(headerFields(model)).toUtf8() + kCrLf;
    const int rows = model.rowCount();
    for (int row = 0; row < rows; ++row) {
        chunk += record(rowFields(model, row)).toUtf8() + kCrLf;
        if (chunk.size() > 64 * 1024) { // bounded memory for long logs
            if (!writeAll(device, chunk, error))
                return false;
            chunk.clear();
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
