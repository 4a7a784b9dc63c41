#pragma once

#include "models/export/CsvCellSource.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

class QAbstractItemModel;
class QIODevice;
class QModelIndex;

namespace dbss::models {

// Writes a table model as CSV (RFC 4180): fields with a comma, quote, CR or LF are quoted and
// quotes doubled; records end with CRLF; UTF-8, with a BOM if asked (spreadsheet programs need
// it to read UTF-8). The header row holds the column titles. A cell whose SortRole is a date-time
// is written as ISO-8601 UTC ("2021-04-21T04:37:54Z"); otherwise its display text.
//
// Formula injection: a spreadsheet runs a cell that starts with = + - @ tab or CR as a formula.
// With neutraliseFormulas (the default) such a value gets a leading apostrophe ('=1+2), which
// spreadsheets show as text; plain numbers such as -12.5 are left alone. Turn it off for files
// meant for other programs, which would otherwise see the apostrophe.
//
// Pass the view's proxy model so the user's filter and sort apply.
struct CsvOptions {
    bool bom = false;
    bool neutraliseFormulas = true;
    bool header = true;
    QList<int> columns; // logical columns in this order (the visible ones); empty: all
};

class CsvExporter {
    Q_DECLARE_TR_FUNCTIONS(dbss::models::CsvExporter)
public:
    explicit CsvExporter(CsvOptions options = {})
        : m_options(std::move(options)) {}
    const CsvOptions& options() const { return m_options; }

    // Every top-level row of model; false with *error if the device refuses.
    bool write(const QAbstractItemModel& model, QIODevice* device, QString* error) const;
    // Through QSaveFile: the file is replaced only when everything was written; on failure an
    // existing file stays as it was and *error says why.
    bool writeFile(const QAbstractItemModel& model, const QString& path, QString* error) const;

    QList<int> columnsOf(const QAbstractItemModel& model) const;
    QStringList headerFields(const QAbstractItemModel& model) const;
    QStringList rowFields(const QAbstractItemModel& model, int row) const;

    // One record (without the CRLF) from raw field values, quoted and neutralised as configured.
    QString record(const QStringList& fields) const;
    static QString quoteField(const QString& value);        // RFC 4180 quoting only
    static QString neutraliseFormula(const QString& value); // the apostrophe rule above
    static QString cellText(const QModelIndex& index);      // ISO time or display text
    static bool writeAll(QIODevice* device, const QByteArray& bytes, QString* error);

private:
    // One field, neutralised and quoted as record() does, appended as UTF-8.
    void appendField(std::string* out, QByteArrayView value, QByteArray* scratch) const;
    void appendUnusualField(std::string* out, QByteArrayView value, QByteArray* scratch) const;
    // A row's cells and the room they are formatted in, one per thread.
    struct RowScratch {
        explicit RowScratch(int columns)
            : cells(size_t(columns))
            , scratch(size_t(columns)) {}
        std::vector<QByteArrayView> cells;
        std::vector<QByteArray> scratch;
        QByteArray field; // a neutralised field
    };
    // One record of a CsvCellSource (with its CRLF); safe on any thread while the source is unchanged.
    void appendRecord(std::string* out, const CsvCellSource::Cells& cells, int sourceRow,
                      const QList<int>& columns, RowScratch* row) const;

    CsvOptions m_options;
};

} // namespace dbss::models
