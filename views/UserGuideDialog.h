#pragma once

#include <QDialog>

class QTextBrowser;

namespace dbss::views {

// Help ▸ User Guide: docs/user-guide.md, built into the program (it works offline and matches the
// version that runs).
class UserGuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace dbss::views
