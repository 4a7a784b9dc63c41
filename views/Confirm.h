#pragma once

#include <QString>

class QWidget;

namespace dbss::views {

// The one confirmation for every action that stops auditing (stop or reboot an instance, switch
// off agents, a database's audit or risk rules): a warning with the action named on its button and
// Cancel as the default, so Enter never stops anything by accident.
bool confirmStopAuditing(QWidget* parent, const QString& title, const QString& question,
                         const QString& actionText);

} // namespace dbss::views
