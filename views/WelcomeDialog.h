#pragma once

#include <QDialog>

class QPushButton;

namespace dbss::views {

// The first start (no connection profile yet): what the console is, and two ways in — try it on the
// built-in sandbox (no cloud account needed) or add a profile for a real account.
class WelcomeDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { Quit = 0, TrySandbox, AddProfile };
    explicit WelcomeDialog(bool sandboxAvailable, QWidget* parent = nullptr);

    QPushButton* sandboxButton() const { return m_sandbox; }
    QPushButton* profileButton() const { return m_profile; }

private:
    QPushButton* m_sandbox;
    QPushButton* m_profile;
};

} // namespace dbss::views
