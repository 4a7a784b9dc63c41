#pragma once

#include "models/credentials/ConnectionProbe.h"
#include "models/credentials/ProfileEditor.h"
#include "views/SubmitDialog.h"

#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace dbss::credentials {
class ProfileStore;
}

namespace dbss::views {

class RegionsField;

// The Profiles form: a list of profiles and the form of one; the workflow (validation, rename, save,
// secrets, Test connection, duplicate, delete) is credentials::ProfileEditor's. Secrets are never
// shown: their fields start empty ("leave empty to keep") and are cleared after saving; the access
// key ID is an identifier and shown as typed. Selecting another profile with unsaved edits asks
// whether to save, discard or stay.
class ProfileDialog : public SubmitDialog {
    Q_OBJECT
public:
    ProfileDialog(credentials::ProfileStore* store, credentials::ConnectionProbe probe,
                  QWidget* parent = nullptr);
    ~ProfileDialog() override;

    void selectProfile(const QString& name); // empty: a new profile
    QString currentProfileName() const;
    // What the dialog tells the user now: the status line, the error banner, the field errors.
    QString statusText() const;
    // The form differs from the stored profile (or a new profile has input).
    bool hasUnsavedChanges() const;
    credentials::ProfileEditor* editor() const { return m_editor; }

Q_SIGNALS:
    void profileSaved(const QString& name);
    void profileRenamed(const QString& from, const QString& to);
    void profileRemoved(const QString& name);
    void useProfileRequested(const QString& name); // "Use this profile"

protected:
    void submit() override; // Save

private:
    void buildUi();
    QLineEdit* lineEdit(bool secret = false);
    void bindEditor();
    void reloadList(const QString& select);
    void onSelectionChanged();
    // Runs `then` now, or once the user saved or discarded the unsaved edits (not at all on Cancel).
    void whenEditsSettled(std::function<void()> then);
    void showStored(const QString& name); // empty: a new profile
    void fillForm(const credentials::ProfileForm& form);
    credentials::ProfileForm formFromWidgets() const;
    void updateAuthRows();
    void updateEndpointHints();
    void updateButtons();
    void confirmRemove();
    QGroupBox* buildNetworkBox(); // proxy and extra CA file
    void chooseCaFile();

    void showInfo(const QString& message);
    void showError(const QString& message);

    credentials::ProfileEditor* m_editor;
    credentials::ProfileForm m_shown; // what fillForm() put in the widgets: tells unsaved edits
    std::function<void()> m_afterSave;

    QListWidget* m_list = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_duplicateButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_authKind = nullptr;
    QLineEdit* m_ak = nullptr;
    QLineEdit* m_sk = nullptr;
    QLineEdit* m_token = nullptr;
    QLineEdit* m_iamUser = nullptr;
    QLineEdit* m_iamDomain = nullptr;
    QLineEdit* m_iamPassword = nullptr;
    QComboBox* m_region = nullptr;
    RegionsField* m_regions = nullptr;
    QLineEdit* m_projectId = nullptr;
    QCheckBox* m_resolveProject = nullptr;
    QLineEdit* m_endpointBase = nullptr;
    QCheckBox* m_perService = nullptr;
    QGroupBox* m_serviceBox = nullptr;
    QHash<api::Service, QLineEdit*> m_endpoints;
    QLineEdit* m_pin = nullptr;
    QSpinBox* m_timeout = nullptr;
    QLineEdit* m_proxy = nullptr;
    QLineEdit* m_caFile = nullptr;
    QCheckBox* m_sessionOnly = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_testButton = nullptr;
    QPushButton* m_useButton = nullptr;
};

} // namespace dbss::views
