#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace dbss::models {

// A table model that can hand CsvExporter its cells as UTF-8 (a million-row log exports without a
// QVariant and a QString per cell). The bytes are exactly what CsvExporter::cellText() of the
// same cell would give, UTF-8 encoded; the exporter still quotes and neutralises them.
class CsvCellSource {
public:
    virtual ~CsvCellSource() = default;
    // Every cell of a row (one per column, in column order) into cells[]: views into the model's
    // storage or into scratch[] (one per column), valid until the next call. A row at a time: a
    // million rows, so one call per row rather than per cell.
    using Cells = std::function<void(int row, QByteArrayView* cells, QByteArray* scratch)>;
    // Made once per export (translated texts are looked up once); used while the model is unchanged,
    // from several threads at once (the exporter formats blocks of rows in parallel): it only reads.
    virtual Cells csvCells() const = 0;
};

} // namespace dbss::models
