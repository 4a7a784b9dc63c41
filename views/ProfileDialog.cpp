#include "views/ProfileDialog.h"

#include "models/api/EndpointTable.h"
#include "models/credentials/ProfileStore.h"
#include "views/ReadableColors.h"
#include "views/RegionsField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <utility>

namespace dbss::views {

using credentials::ProfileForm;
using credentials::SecretKind;
using credentials::SecretStorage;

namespace {
constexpr api::Service kServices[] = {api::Service::Dbss, api::Service::Iam, api::Service::Drs,
                                      api::Service::Das};
} // namespace

ProfileDialog::ProfileDialog(credentials::ProfileStore* store, credentials::ConnectionProbe probe,
                             QWidget* parent)
    : SubmitDialog(parent)
    , m_editor(new credentials::ProfileEditor(store, std::move(probe), this)) {
    setWindowTitle(tr("Connection Profiles"));
    buildUi();
    bindEditor();
    reloadList({});
    if (m_list->count() > 0)
        showStored(m_list->item(0)->text());
    else
        showStored({});
}

ProfileDialog::~ProfileDialog() = default;

QLineEdit* ProfileDialog::lineEdit(bool secret) {
    auto* edit = new QLineEdit(this);
    if (secret) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setDragEnabled(false); // no drag out: fewer copies of the secret around
    }
    return edit;
}

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

    m_name = lineEdit();
    m_authKind = new QComboBox(this);
    m_authKind->addItem(tr("Access key (AK/SK)"), int(api::AuthKind::AkSk));
    m_authKind->addItem(tr("Temporary access key + security token"), int(api::AuthKind::TemporaryAkSk));
    m_authKind->addItem(tr("IAM user and password"), int(api::AuthKind::IamPassword));
    m_ak = lineEdit(); // an identifier, not a secret: shown as typed
    m_sk = lineEdit(true);
    m_token = lineEdit(true);
    m_iamUser = lineEdit();
    m_iamDomain = lineEdit();
    m_iamPassword = lineEdit(true);

    m_region = new QComboBox(this);
    m_region->setEditable(true); // a region newer than the built-in table can still be typed
    for (const api::RegionInfo& region : api::EndpointTable::regions())
        m_region->addItem(region.label(), region.code);
    m_regions = new RegionsField(this);

    m_projectId = lineEdit();
    m_projectId->setObjectName(QStringLiteral("projectIdEdit"));
    m_projectId->setPlaceholderText(tr("32 hexadecimal characters"));
    m_resolveProject = new QCheckBox(tr("Resolve from region"), this);
    m_resolveProject->setObjectName(QStringLiteral("resolveProjectCheck"));
    auto* projectRow = new QWidget(this);
    auto* projectLayout = new QHBoxLayout(projectRow);
    projectLayout->setContentsMargins(0, 0, 0, 0);
    projectLayout->addWidget(m_projectId);
    projectLayout->addWidget(m_resolveProject);
    projectRow->setFocusProxy(m_projectId);

    // One endpoint for every service (the sandbox, a proxy); exceptions per service when needed.
    m_endpointBase = lineEdit();
    m_perService = new QCheckBox(tr("Different endpoint per service"), this);
    m_perService->setObjectName(QStringLiteral("perServiceCheck"));
    m_serviceBox = new QGroupBox(this);
    m_serviceBox->setObjectName(QStringLiteral("perServiceBox"));
    auto* serviceForm = new QFormLayout(m_serviceBox);
    m_pin = lineEdit();
    m_pin->setPlaceholderText(tr("Optional: SHA-256 of the server certificate (hex, colons allowed)"));
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_sessionOnly = new QCheckBox(
        tr("Keep for this session only (secrets stay in memory, not in the system keychain)"), this);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyCheck"));

    // Field names are the ProfileEditor's, so its problems land under the right field.
    addField(QStringLiteral("name"), tr("&Name:"), m_name);
    addField(QStringLiteral("authKind"), tr("&Authentication:"), m_authKind);
    addField(QStringLiteral("ak"), tr("Access key ID:"), m_ak);
    addField(QStringLiteral("sk"), tr("Secret access key:"), m_sk);
    addField(QStringLiteral("securityToken"), tr("Security token:"), m_token);
    addField(QStringLiteral("iamUser"), tr("IAM user:"), m_iamUser);
    addField(QStringLiteral("iamDomain"), tr("Account (domain):"), m_iamDomain);
    addField(QStringLiteral("iamPassword"), tr("IAM password:"), m_iamPassword);
    addField(QStringLiteral("region"), tr("&Region:"), m_region);
    addField(QStringLiteral("regions"), tr("Fleet re&gions:"), m_regions);
    addField(QStringLiteral("projectId"), tr("&Project ID:"), projectRow);
    addField(QStringLiteral("endpoint"), tr("&Endpoint:"), m_endpointBase);
    form()->addRow(QString(), m_perService);
    for (auto service : kServices) {
        auto* edit = lineEdit();
        m_endpoints.insert(service, edit);
        addField(QStringLiteral("endpoint_") + api::serviceKey(service),
                 tr("%1 endpoint:").arg(api::serviceKey(service).toUpper()), edit, serviceForm);
    }
    form()->addRow(m_serviceBox);
    addField(QStringLiteral("pinnedCertSha256"), tr("Pinned certificate:"), m_pin);
    addField(QStringLiteral("timeoutMs"), tr("&Timeout:"), m_timeout);
    form()->addRow(buildNetworkBox());
    form()->addRow(QString(), m_sessionOnly);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The common frame holds the form; put the profile list beside it.
    mainLayout()->removeItem(form());
    form()->setParent(nullptr);
    auto* right = new QVBoxLayout;
    right->addLayout(form());
    right->addWidget(m_status);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);
    mainLayout()->insertLayout(0, columns);

    setSubmitText(tr("&Save"));
    buttonBox()->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    m_testButton = buttonBox()->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_useButton = buttonBox()->addButton(tr("&Use This Profile"), QDialogButtonBox::ActionRole);
    m_useButton->setObjectName(QStringLiteral("useButton"));
    // Enter in a field saves (the default button); no other button may take that over.
    for (QPushButton* button : findChildren<QPushButton*>()) {
        if (button != submitButton())
            button->setAutoDefault(false);
    }

    connect(m_testButton, &QPushButton::clicked, this, [this] { m_editor->probe(formFromWidgets()); });
    connect(m_useButton, &QPushButton::clicked, this, [this] {
        whenEditsSettled([this] {
            if (!m_editor->loadedName().isEmpty())
                Q_EMIT useProfileRequested(m_editor->loadedName());
        });
    });
    connect(m_newButton, &QPushButton::clicked, this,
            [this] { whenEditsSettled([this] { showStored({}); }); });
    connect(m_duplicateButton, &QPushButton::clicked, this,
            [this] { whenEditsSettled([this] { m_editor->duplicate(); }); });
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfileDialog::confirmRemove);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileDialog::onSelectionChanged);
    connect(m_authKind, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateAuthRows);
    connect(m_resolveProject, &QCheckBox::toggled, m_projectId, &QWidget::setDisabled);
    connect(m_perService, &QCheckBox::toggled, m_serviceBox, &QWidget::setVisible);
    connect(m_region, &QComboBox::currentTextChanged, this, &ProfileDialog::updateEndpointHints);
    connect(m_region, &QComboBox::currentTextChanged, this,
            [this] { m_regions->setOwnRegion(comboValue(m_region)); });
    connect(m_endpointBase, &QLineEdit::textChanged, this, &ProfileDialog::updateEndpointHints);
}

QGroupBox* ProfileDialog::buildNetworkBox() {
    // A company network: the profile's own proxy and the CA of a TLS-inspecting gateway
    // (credentials::Profile::proxy/caFile, applied by api::NetworkSetup; verification stays on).
    auto* box = new QGroupBox(tr("Network"), this);
    box->setObjectName(QStringLiteral("networkBox"));
    auto* layout = new QFormLayout(box);
    m_proxy = lineEdit();
    m_proxy->setPlaceholderText(tr("Optional: http://HOST:PORT or socks5://HOST:PORT"));
    m_proxy->setToolTip(tr("Empty: the system proxy settings (desktop settings, HTTPS_PROXY, NO_PROXY)."));
    m_caFile = lineEdit();
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setPlaceholderText(tr("Optional: PEM file of extra trusted CAs"));
    m_caFile->setToolTip(tr("Certificates of a TLS-inspecting gateway, added to the system's; verification "
                            "stays on."));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("caFileBrowse"));
    auto* caRow = new QWidget(this);
    auto* caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile);
    caLayout->addWidget(browse);
    caRow->setFocusProxy(m_caFile);
    addField(QStringLiteral("proxy"), tr("Pro&xy:"), m_proxy, layout);
    addField(QStringLiteral("caFile"), tr("&CA certificates:"), caRow, layout);
    connect(browse, &QPushButton::clicked, this, &ProfileDialog::chooseCaFile);
    return box;
}

void ProfileDialog::chooseCaFile() {
    const QString current = m_caFile->text().trimmed();
    auto* chooser = new QFileDialog(this, tr("CA Certificate File"),
                                    current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
                                    tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    chooser->setObjectName(QStringLiteral("caFileChooser"));
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_caFile->setText(path);
        m_caFile->setFocus();
    });
    chooser->open(); // not exec(): no nested event loop while keychain jobs may be running
}

void ProfileDialog::bindEditor() {
    connect(m_editor, &credentials::ProfileEditor::busyChanged, this, [this](bool busy) {
        setBusy(busy);
        updateButtons();
    });
    connect(m_editor, &credentials::ProfileEditor::probingChanged, this, &ProfileDialog::updateButtons);
    connect(m_editor, &credentials::ProfileEditor::invalid, this, [this](const api::FieldErrors& errors) {
        m_afterSave = nullptr;
        m_status->clear();
        showFieldErrors(errors);
    });
    connect(m_editor, &credentials::ProfileEditor::failed, this, [this](const QString& message) {
        m_afterSave = nullptr;
        showError(message); // the secret fields keep their text for a second attempt
    });
    connect(m_editor, &credentials::ProfileEditor::renamed, this,
            [this](const QString& from, const QString& to) {
                reloadList(to);
                Q_EMIT profileRenamed(from, to);
            });
    connect(m_editor, &credentials::ProfileEditor::saved, this,
            [this](const QString& name, SecretStorage storage) {
                reloadList(name);
                showStored(name);
                showInfo(storage == SecretStorage::SessionOnly
                             ? tr("Saved. The secrets are kept in memory until the console quits.")
                             : tr("Saved. The secrets are in the system keychain."));
                Q_EMIT profileSaved(name);
                if (auto then = std::exchange(m_afterSave, nullptr))
                    then();
            });
    connect(m_editor, &credentials::ProfileEditor::duplicated, this, [this](const QString& name) {
        reloadList(name);
        showStored(name);
        showInfo(tr("Duplicated as \"%1\". Edit its name and save to rename it.").arg(name));
        Q_EMIT profileSaved(name);
    });
    connect(m_editor, &credentials::ProfileEditor::removed, this, [this](const QString& name) {
        reloadList({});
        showStored(m_list->count() > 0 ? m_list->item(0)->text() : QString());
        showInfo(tr("Deleted the profile \"%1\".").arg(name));
        Q_EMIT profileRemoved(name);
    });
    connect(m_editor, &credentials::ProfileEditor::probeFinished, this,
            [this](const credentials::ProbeResult& r) {
                if (r.ok)
                    showInfo(r.message);
                else
                    showError(tr("Connection failed: %1").arg(r.message));
            });
}

QString ProfileDialog::currentProfileName() const {
    return m_editor->loadedName();
}

QString ProfileDialog::statusText() const {
    QStringList parts;
    if (!m_status->text().isEmpty())
        parts << m_status->text();
    if (const QString banner = bannerText(); !banner.isEmpty())
        parts << banner;
    for (const QString& field : flaggedFields())
        parts << fieldErrorLabel(field)->text();
    return parts.join(QLatin1Char('\n'));
}

void ProfileDialog::reloadList(const QString& select) {
    const QSignalBlocker blocker(m_list); // the form keeps what the user typed
    m_list->clear();
    const QStringList names = m_editor->store()->names();
    m_list->addItems(names);
    m_list->setCurrentRow(int(names.indexOf(select)));
}

void ProfileDialog::selectProfile(const QString& name) {
    showStored(m_editor->store()->contains(name) ? name : QString());
}

void ProfileDialog::onSelectionChanged() {
    const QListWidgetItem* item = m_list->currentItem();
    const QString target = item ? item->text() : QString();
    if (target == m_editor->loadedName())
        return;
    {
        // The list follows the form until the user decided what happens to the edits.
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(int(m_editor->store()->names().indexOf(m_editor->loadedName())));
    }
    whenEditsSettled([this, target] { showStored(target); });
}

void ProfileDialog::whenEditsSettled(std::function<void()> then) {
    if (!hasUnsavedChanges()) {
        then();
        return;
    }
    const QString name = m_editor->loadedName();
    // open(), not exec(): no nested event loop while keychain jobs may be running.
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"),
                        name.isEmpty() ? tr("The new profile has not been saved. Save it?")
                                       : tr("The profile \"%1\" has unsaved changes. Save them?").arg(name),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChangesBox"));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, then](QAbstractButton* button) {
        switch (box->standardButton(button)) {
        case QMessageBox::Save:
            m_afterSave = then; // runs once saved; dropped when the save fails
            submit();
            break;
        case QMessageBox::Discard:
            then();
            break;
        default:
            break; // Cancel: stay with the edits
        }
    });
    box->open();
}

bool ProfileDialog::hasUnsavedChanges() const {
    const ProfileForm now = formFromWidgets();
    return !now.secrets.isEmpty() || !now.sameSettings(m_shown);
}

void ProfileDialog::showStored(const QString& name) {
    m_editor->load(name);
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(int(m_editor->store()->names().indexOf(m_editor->loadedName())));
    }
    fillForm(m_editor->form());
    m_shown = formFromWidgets(); // the widgets' own reading, so an untouched form is never "changed"
    clearErrors();
    m_status->clear();
    updateButtons();
    if (m_editor->loadedName().isEmpty())
        m_name->setFocus();
}

void ProfileDialog::fillForm(const ProfileForm& form) {
    const credentials::Profile& profile = form.profile;
    m_name->setText(profile.name);
    m_authKind->setCurrentIndex(m_authKind->findData(int(profile.authKind)));
    m_iamUser->setText(profile.iamUser);
    m_iamDomain->setText(profile.iamDomain);
    const int regionIndex = m_region->findData(profile.region);
    if (regionIndex >= 0)
        m_region->setCurrentIndex(regionIndex);
    else
        m_region->setEditText(profile.region);
    m_regions->setRegions(profile.regions, profile.region);
    m_projectId->setText(profile.projectId);
    m_resolveProject->setChecked(profile.resolveProjectId);
    m_projectId->setDisabled(profile.resolveProjectId);
    m_endpointBase->setText(form.endpoints.base);
    for (auto service : kServices)
        m_endpoints.value(service)->setText(form.endpoints.overrides.value(service));
    m_perService->setChecked(!form.endpoints.overrides.isEmpty());
    m_serviceBox->setVisible(!form.endpoints.overrides.isEmpty());
    m_pin->setText(QString::fromLatin1(profile.pinnedCertSha256));
    m_timeout->setValue(profile.timeoutMs / 1000);
    m_proxy->setText(profile.proxy);
    m_caFile->setText(profile.caFile);
    m_sessionOnly->setChecked(form.sessionOnly);
    for (QLineEdit* edit : {m_ak, m_sk, m_token, m_iamPassword})
        edit->clear();
    const QString kept = form.sessionOnly ? tr("Kept for this session; leave empty to keep")
                                          : tr("Stored in the keychain; leave empty to keep");
    const QList<SecretKind> stored = m_editor->storedSecretKinds();
    const std::pair<SecretKind, QLineEdit*> fields[] = {{SecretKind::AccessKey, m_ak},
                                                        {SecretKind::SecretKey, m_sk},
                                                        {SecretKind::SecurityToken, m_token},
                                                        {SecretKind::IamPassword, m_iamPassword}};
    for (const auto& [kind, edit] : fields)
        edit->setPlaceholderText(stored.contains(kind) ? kept : QString());
    updateAuthRows();
    updateEndpointHints();
}

ProfileForm ProfileDialog::formFromWidgets() const {
    ProfileForm f;
    credentials::Profile& p = f.profile;
    p.name = m_name->text();
    p.authKind = api::AuthKind(m_authKind->currentData().toInt());
    p.region = comboValue(m_region);
    p.regions = m_regions->regions();
    p.resolveProjectId = m_resolveProject->isChecked();
    p.projectId = p.resolveProjectId ? QString() : m_projectId->text().trimmed();
    const QString pin = m_pin->text().trimmed();
    p.pinnedCertSha256 = credentials::normalizeSha256Fingerprint(pin).value_or(pin.toLatin1());
    p.timeoutMs = m_timeout->value() * 1000;
    p.proxy = m_proxy->text().trimmed();
    p.caFile = m_caFile->text().trimmed();
    if (p.authKind == api::AuthKind::IamPassword) {
        p.iamUser = m_iamUser->text().trimmed();
        p.iamDomain = m_iamDomain->text().trimmed();
    }
    f.endpoints.base = m_endpointBase->text().trimmed();
    for (auto service : kServices) {
        const QString url = m_endpoints.value(service)->text().trimmed();
        if (!url.isEmpty())
            f.endpoints.overrides.insert(service, url);
    }
    f.sessionOnly = m_sessionOnly->isChecked();
    const QList<SecretKind> used = credentials::secretKindsFor(p.authKind);
    const std::pair<SecretKind, QLineEdit*> fields[] = {{SecretKind::AccessKey, m_ak},
                                                        {SecretKind::SecretKey, m_sk},
                                                        {SecretKind::SecurityToken, m_token},
                                                        {SecretKind::IamPassword, m_iamPassword}};
    for (const auto& [kind, edit] : fields) {
        // Keys are pasted from the console: surrounding whitespace is never part of them.
        const QString text = kind == SecretKind::IamPassword ? edit->text() : edit->text().trimmed();
        if (used.contains(kind) && !text.isEmpty())
            f.secrets.set(kind, text.toUtf8());
    }
    return f;
}

void ProfileDialog::updateAuthRows() {
    const auto kind = api::AuthKind(m_authKind->currentData().toInt());
    const bool keys = kind != api::AuthKind::IamPassword;
    const auto show = [this](QWidget* editor, bool visible) {
        form()->setRowVisible(editor->parentWidget(), visible); // the cell with the error label
    };
    show(m_ak, keys);
    show(m_sk, keys);
    show(m_token, kind == api::AuthKind::TemporaryAkSk);
    show(m_iamUser, !keys);
    show(m_iamDomain, !keys);
    show(m_iamPassword, !keys);
}

void ProfileDialog::updateEndpointHints() {
    const QString region = comboValue(m_region);
    const QString base = m_endpointBase->text().trimmed();
    m_endpointBase->setPlaceholderText(
        tr("Regional endpoints, e.g. %1")
            .arg(api::EndpointTable::defaultEndpoint(api::Service::Dbss, region).toString()));
    for (auto service : kServices) {
        m_endpoints.value(service)->setPlaceholderText(
            base.isEmpty() ? api::EndpointTable::defaultEndpoint(service, region).toString() : base);
    }
}

void ProfileDialog::updateButtons() {
    const bool busy = m_editor->isBusy();
    const bool stored = !m_editor->loadedName().isEmpty();
    for (QWidget* w : std::initializer_list<QWidget*>{m_newButton, m_list})
        w->setEnabled(!busy);
    m_duplicateButton->setEnabled(!busy && stored);
    m_deleteButton->setEnabled(!busy && stored);
    m_useButton->setEnabled(!busy && stored);
    m_testButton->setEnabled(m_editor->canProbe() && !m_editor->isProbing());
}

void ProfileDialog::submit() {
    showInfo(tr("Saving…")); // replaced by the outcome; a synchronous refusal clears it
    m_editor->save(formFromWidgets());
}

void ProfileDialog::confirmRemove() {
    const QString name = m_editor->loadedName();
    if (name.isEmpty())
        return;
    // open(), not exec(): no nested event loop while keychain jobs may be running.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete Profile"),
                                tr("Delete the profile \"%1\" and its stored secrets?").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, name](QAbstractButton* button) {
        if (box->standardButton(button) == QMessageBox::Yes && m_editor->loadedName() == name)
            m_editor->remove();
    });
    box->open();
}

void ProfileDialog::showInfo(const QString& message) {
    clearErrors();
    m_status->setText(message);
}

void ProfileDialog::showError(const QString& message) {
    m_status->clear();
    showBannerError(message);
}

} // namespace dbss::views
