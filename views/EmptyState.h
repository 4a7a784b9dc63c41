#pragma once

#include <QLabel>

class QAbstractScrollArea;

namespace dbss::views {

// The text an empty table shows in its middle ("Loading…", "No audit instances in this project.",
// "No row matches the filter"): a grey, centred, word-wrapped label over the view's viewport that
// follows its size. Hidden while it has no text; never takes the mouse (the table's context menu
// stays reachable).
class EmptyState : public QLabel {
    Q_OBJECT
public:
    explicit EmptyState(QAbstractScrollArea* view);
    void setMessage(const QString& text); // "" hides it

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();
};

} // namespace dbss::views
