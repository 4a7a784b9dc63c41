#include "views/ProfileDialog.h"

#include "models/api/EndpointTable.h"
#include "models/credentials/ClientConfigFactory.h"
#include "models/credentials/ProfileStore.h"
#include "views/ReadableColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dbss::views {

using credentials::OperationResult;
using credentials::Profile;
using credentials::SecretKind;
using credentials::Secrets;
using credentials::SecretStorage;

namespace {
constexpr api::Service kServices[] = {api::Service::Dbss, api::Service::Iam, api::Service::Drs,
                                      api::Service::Das};

QString missingSecretMessage(SecretKind kind) {
    switch (kind) {
    case SecretKind::AccessKey:
        return ProfileDialog::tr("Enter the access key ID (AK).");
    case SecretKind::SecretKey:
        return ProfileDialog::tr("Enter the secret access key (SK).");
    case SecretKind::SecurityToken:
        return ProfileDialog::tr("Enter the security token of the temporary access key.");
    case SecretKind::IamPassword:
        return ProfileDialog::tr("Enter the password of the IAM user.");
    }
    return {};
}
} // namespace

ProfileDialog::ProfileDialog(credentials::ProfileStore* store, credentials::ConnectionProbe probe,
                             QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_probe(std::move(probe)) {
    setWindowTitle(tr("Connection Profiles"));
    buildUi();
    reloadList({});
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newProfile();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::buildUi() {
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_newButton = new QPushButton(tr("&New"), this);
    m_newButton->setObjectName(QStringLiteral("newButton"));
    m_duplicateButton = new QPushButton(tr("D&uplicate"), this);
    m_duplicateButton->setObjectName(QStringLiteral("duplicateButton"));
    m_deleteButton = new QPushButton(tr("&Delete"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_duplicateButton);
    listButtons->addWidget(m_deleteButton);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);

    const auto lineEdit = [this](const char* objectName, bool secret = false) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(objectName));
        if (secret) {
            edit->setEchoMode(QLineEdit::Password);
            // No undo history, no drag out: fewer copies of the secret around.
            edit->setDragEnabled(false);
        }
        return edit;
    };
    m_name = lineEdit("nameEdit");
    m_authKind = new QComboBox(this);
    m_authKind->setObjectName(QStringLiteral("authKindCombo"));
    m_authKind->addItem(tr("Access key (AK/SK)"), int(api::AuthKind::AkSk));
    m_authKind->addItem(tr("Temporary access key + security token"), int(api::AuthKind::TemporaryAkSk));
    m_authKind->addItem(tr("IAM user and password"), int(api::AuthKind::IamPassword));
    m_ak = lineEdit("akEdit", true);
    m_sk = lineEdit("skEdit", true);
    m_token = lineEdit("tokenEdit", true);
    m_iamUser = lineEdit("iamUserEdit");
    m_iamDomain = lineEdit("iamDomainEdit");
    m_iamPassword = lineEdit("iamPasswordEdit", true);

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setEditable(true); // a region newer than the built-in table can still be typed
    for (const api::RegionInfo& region : api::EndpointTable::regions())
        m_region->addItem(region.code + QStringLiteral(" — ") + region.displayName, region.code);

    m_projectId = lineEdit("projectIdEdit");
    m_projectId->setPlaceholderText(tr("32 hexadecimal characters"));
    m_resolveProject = new QCheckBox(tr("Resolve from region"), this);
    m_resolveProject->setObjectName(QStringLiteral("resolveProjectCheck"));
    auto* projectRow = new QWidget(this);
    auto* projectLayout = new QHBoxLayout(projectRow);
    projectLayout->setContentsMargins(0, 0, 0, 0);
    projectLayout->addWidget(m_projectId);
    projectLayout->addWidget(m_resolveProject);

    for (auto service : kServices) {
        const QByteArray objectName = "endpointEdit_" + api::serviceKey(service).toLatin1();
        m_endpoints.insert(service, lineEdit(objectName.constData()));
    }
    m_pin = lineEdit("pinEdit");
    m_pin->setPlaceholderText(tr("Optional: SHA-256 of the server certificate (hex, colons allowed)"));
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_sessionOnly = new QCheckBox(
        tr("Keep for this session only (secrets stay in memory, not in the system keychain)"), this);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyCheck"));

    m_form = new QFormLayout;
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Authentication:"), m_authKind);
    m_form->addRow(tr("Access key ID:"), m_ak);
    m_form->addRow(tr("Secret access key:"), m_sk);
    m_form->addRow(tr("Security token:"), m_token);
    m_form->addRow(tr("IAM user:"), m_iamUser);
    m_form->addRow(tr("Account (domain):"), m_iamDomain);
    m_form->addRow(tr("IAM password:"), m_iamPassword);
    m_form->addRow(tr("&Region:"), m_region);
    m_form->addRow(tr("&Project ID:"), projectRow);
    for (auto service : kServices)
        m_form->addRow(tr("%1 endpoint:").arg(api::serviceKey(service).toUpper()),
                       m_endpoints.value(service));
    m_form->addRow(tr("Pinned certificate:"), m_pin);
    m_form->addRow(tr("&Timeout:"), m_timeout);
    m_form->addRow(QString(), m_sessionOnly);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_testButton = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setEnabled(bool(m_probe));
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    // Enter in a field saves; it must not close the dialog and lose the input.
    for (QAbstractButton* button : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button))
            push->setAutoDefault(false);
    }
    m_saveButton->setDefault(true);

    auto* right = new QVBoxLayout;
    right->addLayout(m_form);
    right->addWidget(m_status);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);
    auto* root = new QVBoxLayout(this);
    root->addLayout(columns);
    root->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_newButton, &QPushButton::clicked, this, &ProfileDialog::newProfile);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ProfileDialog::duplicateProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfileDialog::confirmRemove);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileDialog::onSelectionChanged);
    connect(m_authKind, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateAuthRows);
    connect(m_resolveProject, &QCheckBox::toggled, m_projectId, &QWidget::setDisabled);
    connect(m_region, &QComboBox::currentTextChanged, this, [this] {
        const QString region = profileFromForm().region;
        for (auto service : kServices) {
            m_endpoints.value(service)->setPlaceholderText(
                api::EndpointTable::defaultEndpoint(service, region).toString());
        }
    });
}

QString ProfileDialog::statusText() const {
    return m_status->text();
}

void ProfileDialog::reloadList(const QString& select) {
    const QSignalBlocker blocker(m_list); // the form keeps what the user typed
    m_list->clear();
    const QStringList names = m_store->names();
    m_list->addItems(names);
    m_list->setCurrentRow(int(names.indexOf(select)));
    m_duplicateButton->setEnabled(!m_loadedName.isEmpty());
    m_deleteButton->setEnabled(!m_loadedName.isEmpty());
}

void ProfileDialog::selectProfile(const QString& name) {
    const QList<QListWidgetItem*> items = m_list->findItems(name, Qt::MatchExactly);
    if (name.isEmpty() || items.isEmpty())
        newProfile();
    else
        m_list->setCurrentItem(items.first());
}

void ProfileDialog::onSelectionChanged() {
    const QListWidgetItem* item = m_list->currentItem();
    const std::optional<Profile> profile = item ? m_store->load(item->text()) : std::nullopt;
    if (profile)
        showProfile(*profile);
    else
        newProfile();
}

void ProfileDialog::newProfile() {
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
    }
    m_loadedName.clear();
    m_loaded.reset();
    clearForm();
    m_duplicateButton->setEnabled(false);
    m_deleteButton->setEnabled(false);
    m_name->setFocus();
}

void ProfileDialog::clearForm() {
    showProfile(Profile{});
    m_loadedName.clear();
    m_loaded.reset();
    m_resolveProject->setChecked(true);
    m_sessionOnly->setChecked(false);
}

void ProfileDialog::showProfile(const Profile& profile) {
    m_loadedName = profile.name;
    m_loaded = profile;
    m_name->setText(profile.name);
    m_authKind->setCurrentIndex(m_authKind->findData(int(profile.authKind)));
    m_iamUser->setText(profile.iamUser);
    m_iamDomain->setText(profile.iamDomain);
    const int regionIndex = m_region->findData(profile.region);
    if (regionIndex >= 0)
        m_region->setCurrentIndex(regionIndex);
    else
        m_region->setEditText(profile.region);
    m_projectId->setText(profile.projectId);
    m_resolveProject->setChecked(profile.resolveProjectId);
    m_projectId->setDisabled(profile.resolveProjectId);
    for (auto service : kServices)
        m_endpoints.value(service)->setText(profile.endpointOverrides.value(service).toString());
    m_pin->setText(QString::fromLatin1(profile.pinnedCertSha256));
    m_timeout->setValue(profile.timeoutMs / 1000);
    const bool sessionOnly = !profile.name.isEmpty() && m_store->isSessionOnly(profile.name);
    m_sessionOnly->setChecked(sessionOnly);
    clearSecretFields();
    const QString kept = sessionOnly ? tr("Kept for this session; leave empty to keep")
                                     : tr("Stored in the keychain; leave empty to keep");
    const QList<SecretKind> stored = credentials::secretKindsFor(profile.authKind);
    const std::pair<SecretKind, QLineEdit*> fields[] = {{SecretKind::AccessKey, m_ak},
                                                        {SecretKind::SecretKey, m_sk},
                                                        {SecretKind::SecurityToken, m_token},
                                                        {SecretKind::IamPassword, m_iamPassword}};
    for (const auto& [kind, edit] : fields)
        edit->setPlaceholderText(!profile.name.isEmpty() && stored.contains(kind) ? kept : QString());
    m_duplicateButton->setEnabled(!profile.name.isEmpty());
    m_deleteButton->setEnabled(!profile.name.isEmpty());
    m_status->clear();
    updateAuthRows();
}

void ProfileDialog::updateAuthRows() {
    const auto kind = api::AuthKind(m_authKind->currentData().toInt());
    const bool keys = kind != api::AuthKind::IamPassword;
    m_form->setRowVisible(m_ak, keys);
    m_form->setRowVisible(m_sk, keys);
    m_form->setRowVisible(m_token, kind == api::AuthKind::TemporaryAkSk);
    m_form->setRowVisible(m_iamUser, !keys);
    m_form->setRowVisible(m_iamDomain, !keys);
    m_form->setRowVisible(m_iamPassword, !keys);
}

Profile ProfileDialog::profileFromForm() const {
    Profile p;
    p.name = m_name->text();
    p.authKind = api::AuthKind(m_authKind->currentData().toInt());
    const QString regionText = m_region->currentText().trimmed();
    const int regionIndex = m_region->findText(regionText);
    p.region = regionIndex >= 0 ? m_region->itemData(regionIndex).toString() : regionText;
    p.resolveProjectId = m_resolveProject->isChecked();
    p.projectId = p.resolveProjectId ? QString() : m_projectId->text().trimmed();
    for (auto service : kServices) {
        const QString url = m_endpoints.value(service)->text().trimmed();
        if (!url.isEmpty())
            p.endpointOverrides.insert(service, QUrl(url));
    }
    const QString pin = m_pin->text().trimmed();
    p.pinnedCertSha256 = credentials::normalizeSha256Fingerprint(pin).value_or(pin.toLatin1());
    p.timeoutMs = m_timeout->value() * 1000;
    if (p.authKind == api::AuthKind::IamPassword) {
        p.iamUser = m_iamUser->text().trimmed();
        p.iamDomain = m_iamDomain->text().trimmed();
    }
    return p;
}

Secrets ProfileDialog::secretsFromForm() const {
    Secrets secrets;
    const auto kind = api::AuthKind(m_authKind->currentData().toInt());
    const std::pair<SecretKind, QLineEdit*> fields[] = {{SecretKind::AccessKey, m_ak},
                                                        {SecretKind::SecretKey, m_sk},
                                                        {SecretKind::SecurityToken, m_token},
                                                        {SecretKind::IamPassword, m_iamPassword}};
    for (const auto& [secretKind, edit] : fields) {
        // Keys are pasted from the console: surrounding whitespace is never part of them.
        const QString text = secretKind == SecretKind::IamPassword ? edit->text() : edit->text().trimmed();
        if (credentials::secretKindsFor(kind).contains(secretKind) && !text.isEmpty())
            secrets.set(secretKind, text.toUtf8());
    }
    return secrets;
}

void ProfileDialog::clearSecretFields() {
    for (QLineEdit* edit : {m_ak, m_sk, m_token, m_iamPassword})
        edit->clear();
}

QStringList ProfileDialog::validateForm(bool forProbe) const {
    Profile profile = profileFromForm();
    if (forProbe && profile.name.isEmpty())
        profile.name = QStringLiteral("probe"); // testing needs no name
    QStringList problems = profile.validate();
    if (!forProbe && problems.isEmpty()) {
        const bool renamed = !m_loadedName.isEmpty() && profile.name != m_loadedName;
        const bool caseOnly = renamed && profile.name.compare(m_loadedName, Qt::CaseInsensitive) == 0;
        if ((m_loadedName.isEmpty() || renamed) && !caseOnly) {
            if (const QString problem = m_store->newNameProblem(profile.name); !problem.isEmpty())
                problems << problem;
        }
    }
    const QList<SecretKind> stored = m_loaded && !m_loadedName.isEmpty()
                                         ? credentials::secretKindsFor(m_loaded->authKind)
                                         : QList<SecretKind>{};
    const Secrets entered = secretsFromForm();
    for (auto kind : credentials::secretKindsFor(profile.authKind)) {
        if (!entered.has(kind) && !stored.contains(kind))
            problems << missingSecretMessage(kind);
    }
    return problems;
}

void ProfileDialog::save() {
    const QStringList problems = validateForm(false);
    if (!problems.isEmpty()) {
        showErrors(problems);
        return;
    }
    showInfo(tr("Saving…"));
    Profile profile = profileFromForm();
    if (m_loadedName.isEmpty() || profile.name == m_loadedName) {
        saveProfileAndSecrets(std::move(profile));
        return;
    }
    setBusy(true);
    const QString from = m_loadedName;
    m_store->rename(from, profile.name, this, [this, from, profile](OperationResult result) {
        if (!result.ok) {
            setBusy(false);
            showError(result.message);
            return;
        }
        m_loadedName = profile.name;
        reloadList(profile.name);
        Q_EMIT profileRenamed(from, profile.name);
        saveProfileAndSecrets(profile);
    });
}

void ProfileDialog::saveProfileAndSecrets(Profile profile) {
    const QStringList problems = m_store->save(profile);
    if (!problems.isEmpty()) {
        setBusy(false);
        showErrors(problems);
        return;
    }
    m_loadedName = profile.name;
    reloadList(profile.name);
    Secrets secrets = secretsFromForm();
    const bool wasSessionOnly = m_store->isSessionOnly(profile.name);
    const bool storageChanges =
        m_loaded && !m_loaded->name.isEmpty() && wasSessionOnly != m_sessionOnly->isChecked();
    if (!storageChanges) {
        storeSecrets(profile, std::move(secrets));
        return;
    }
    // Moving between keychain and session: carry the stored secrets the user did not retype.
    setBusy(true);
    m_store->loadSecrets(profile.name, this,
                         [this, profile, secrets](Secrets stored, OperationResult result) {
                             if (!result.ok) {
                                 setBusy(false);
                                 showError(result.message);
                                 return;
                             }
                             for (auto kind : credentials::kAllSecretKinds) {
                                 if (secrets.has(kind))
                                     stored.set(kind, secrets.value(kind));
                             }
                             storeSecrets(profile, std::move(stored));
                         });
}

void ProfileDialog::storeSecrets(const Profile& profile, Secrets secrets) {
    const SecretStorage storage =
        m_sessionOnly->isChecked() ? SecretStorage::SessionOnly : SecretStorage::Keychain;
    setBusy(true);
    m_store->saveSecrets(
        profile.name, secrets, storage, this, [this, profile, storage](OperationResult result) {
            setBusy(false);
            if (!result.ok) {
                // The secret fields keep their text: tick "session only" or fix the keychain and save again.
                showError(tr("The profile settings were saved, but not its secrets.") + QLatin1Char(' ') +
                          result.message);
                return;
            }
            showProfile(profile);
            showInfo(storage == SecretStorage::SessionOnly
                         ? tr("Saved. The secrets are kept in memory until the console quits.")
                         : tr("Saved. The secrets are in the system keychain."));
            Q_EMIT profileSaved(profile.name);
        });
    secrets.clear();
}

void ProfileDialog::testConnection() {
    const QStringList problems = validateForm(true);
    if (!problems.isEmpty()) {
        showErrors(problems);
        return;
    }
    const Profile profile = profileFromForm();
    Secrets entered = secretsFromForm();
    if (m_loadedName.isEmpty()) {
        runProbe(profile, std::move(entered));
        return;
    }
    // Typed secrets win over the stored ones; the rest come from the store.
    m_testButton->setEnabled(false);
    m_store->loadSecrets(m_loadedName, this,
                         [this, profile, entered](Secrets stored, OperationResult result) {
                             if (!result.ok) {
                                 m_testButton->setEnabled(true);
                                 showError(result.message);
                                 return;
                             }
                             for (auto kind : credentials::kAllSecretKinds) {
                                 if (entered.has(kind))
                                     stored.set(kind, entered.value(kind));
                             }
                             runProbe(profile, std::move(stored));
                         });
}

void ProfileDialog::runProbe(const Profile& profile, Secrets secrets) {
    api::ClientConfig config = credentials::makeClientConfig(profile, secrets);
    secrets.clear();
    m_testButton->setEnabled(false);
    showInfo(tr("Testing the connection…"));
    m_probe(config, this, [this](credentials::ProbeResult result) {
        m_testButton->setEnabled(true);
        if (result.ok)
            showInfo(result.message);
        else
            showError(tr("Connection failed: %1").arg(result.message));
    });
    credentials::wipeSecrets(config);
}

void ProfileDialog::duplicateProfile() {
    if (m_loadedName.isEmpty())
        return;
    const QString base = m_loadedName.left(50);
    QString name = tr("%1 (copy)").arg(base);
    for (int i = 2; m_store->contains(name) && i < 100; ++i)
        name = tr("%1 (copy %2)").arg(base).arg(i);
    setBusy(true);
    m_store->duplicate(m_loadedName, name, this, [this, name](OperationResult result) {
        setBusy(false);
        if (!result.ok) {
            showError(result.message);
            return;
        }
        reloadList(name);
        onSelectionChanged();
        showInfo(tr("Duplicated as \"%1\". Edit its name and save to rename it.").arg(name));
        Q_EMIT profileSaved(name);
    });
}

void ProfileDialog::confirmRemove() {
    if (m_loadedName.isEmpty())
        return;
    const QString name = m_loadedName;
    // open(), not exec(): no nested event loop while keychain jobs may be running.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete Profile"),
                                tr("Delete the profile \"%1\" and its stored secrets?").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, name](QAbstractButton* button) {
        if (box->standardButton(button) != QMessageBox::Yes)
            return;
        setBusy(true);
        m_store->remove(name, this, [this, name](OperationResult result) {
            setBusy(false);
            if (!result.ok) {
                showError(result.message);
                return;
            }
            reloadList({});
            if (m_list->count() > 0)
                m_list->setCurrentRow(0);
            else
                newProfile();
            showInfo(tr("Deleted the profile \"%1\".").arg(name));
            Q_EMIT profileRemoved(name);
        });
    });
    box->open();
}

void ProfileDialog::setBusy(bool busy) {
    for (QWidget* w : std::initializer_list<QWidget*>{m_saveButton, m_newButton, m_duplicateButton,
                                                      m_deleteButton, m_list})
        w->setEnabled(!busy);
    if (!busy) {
        m_duplicateButton->setEnabled(!m_loadedName.isEmpty());
        m_deleteButton->setEnabled(!m_loadedName.isEmpty());
    }
}

void ProfileDialog::showError(const QString& message) {
    setErrorText(m_status);
    m_status->setText(message);
}

void ProfileDialog::showErrors(const QStringList& problems) {
    showError(problems.join(QLatin1Char('\n')));
}

void ProfileDialog::showInfo(const QString& message) {
    setErrorText(m_status, false);
    m_status->setText(message);
}

} // namespace dbss::views
