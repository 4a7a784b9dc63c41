#include "views/CreatedResultDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dbss::views {

CreatedResultDialog::CreatedResultDialog(const QString& title, const QString& text,
                                         const QList<QPair<QString, QString>>& rows, QWidget* parent)
    : QDialog(parent)
    , m_rows(rows) {
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(text);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    int n = 0;
    for (const auto& [label, value] : rows) {
        auto* field = new QLineEdit(value);
        field->setReadOnly(true);
        field->setObjectName(QStringLiteral("value_%1").arg(n));
        field->setMinimumWidth(field->fontMetrics().horizontalAdvance(value) + 24);
        auto* copy = new QPushButton(tr("Copy"));
        copy->setObjectName(QStringLiteral("copy_%1").arg(n++));
        connect(copy, &QPushButton::clicked, this, [value] { QApplication::clipboard()->setText(value); });
        auto* row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(copy);
        form->addRow(label, row);
    }
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* all = buttons->addButton(tr("Copy &All"), QDialogButtonBox::ActionRole);
    all->setObjectName(QStringLiteral("copyAll"));
    connect(all, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(allText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString CreatedResultDialog::allText() const {
    QStringList lines;
    for (const auto& [label, value] : m_rows) {
        QString l = label;
        if (l.endsWith(QLatin1Char(':')))
            l.chop(1);
        lines << QStringLiteral("%1: %2").arg(l, value);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace dbss::views
