#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QFormLayout;

namespace dbss::views {

// Shows what a form created (connection id, order id, …) so it can be read and copied: each value
// in a read-only field with its own Copy button, and Copy All. Non-modal; deletes itself on close.
class CreatedResultDialog : public QDialog {
    Q_OBJECT
public:
    // rows: (label, value); the first is the main id.
    CreatedResultDialog(const QString& title, const QString& text, const QList<QPair<QString, QString>>& rows,
                        QWidget* parent = nullptr);

    QString allText() const; // "label value" lines, what Copy All puts on the clipboard

private:
    QList<QPair<QString, QString>> m_rows;
};

} // namespace dbss::views
