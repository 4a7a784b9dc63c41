#include "views/Confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace dbss::views {

bool confirmStopAuditing(QWidget* parent, const QString& title, const QString& question,
                         const QString& actionText) {
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("confirmStopAuditing"));
    QPushButton* act = box.addButton(actionText, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == act;
}

} // namespace dbss::views
