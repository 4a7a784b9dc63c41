#include "views/WelcomeDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dbss::views {

WelcomeDialog::WelcomeDialog(bool sandboxAvailable, QWidget* parent)
    : QDialog(parent)
    , m_sandbox(new QPushButton(tr("&Try the Sandbox")))
    , m_profile(new QPushButton(tr("&Add a Profile…"))) {
    setWindowTitle(tr("Welcome"));
    auto* heading = new QLabel(tr("<h2>Welcome to DBSS Console</h2>"));
    auto* text = new QLabel(
        tr("<p>Browse and manage Huawei Cloud Database Security Service (database audit) instances, their "
           "databases, agents, rules and operation logs.</p>"
           "<p><b>Try the Sandbox</b> opens the console on a built-in emulator with demo data: nothing to "
           "set up, no cloud account, and nothing you do reaches the cloud. Its data is kept between "
           "starts; File ▸ Reset Sandbox starts it afresh.</p>"
           "<p><b>Add a Profile</b> connects to your account: a region, a project and an access key "
           "(the keys are kept in the system keychain).</p>"));
    text->setWordWrap(true);
    m_sandbox->setObjectName(QStringLiteral("trySandbox"));
    m_profile->setObjectName(QStringLiteral("addProfile"));
    m_sandbox->setEnabled(sandboxAvailable);
    m_sandbox->setDefault(sandboxAvailable);
    m_profile->setDefault(!sandboxAvailable);

    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_sandbox, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_profile, QDialogButtonBox::AcceptRole);
    QPushButton* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(m_sandbox, &QPushButton::clicked, this, [this] { done(TrySandbox); });
    connect(m_profile, &QPushButton::clicked, this, [this] { done(AddProfile); });
    connect(quit, &QPushButton::clicked, this, [this] { done(Quit); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace dbss::views
