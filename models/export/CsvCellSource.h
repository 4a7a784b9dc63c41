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
    // The cell's bytes: a view into the model's storage or into scratch, valid until the next call.
    using Cells = std::function<QByteArrayView(int row, int column, QByteArray& scratch)>;
    // Made once per export (translated texts are looked up once); used while the model is unchanged.
    virtual Cells csvCells() const = 0;
};

} // namespace dbss::models
