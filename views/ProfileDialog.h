#pragma once

#include "models/credentials/ConnectionProbe.h"
#include "models/credentials/Profile.h"
#include "models/credentials/Secrets.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace dbss::credentials {
class ProfileStore;
}

namespace dbss::views {

// Create, edit, duplicate, rename (edit the name and save) and delete connection profiles. Secrets are
// never shown: their fields start empty ("leave empty to keep") and are cleared after saving.
// "Test connection" hands a ClientConfig to the probe it was given; the dialog builds no request.
class ProfileDialog : public QDialog {
    Q_OBJECT
public:
    ProfileDialog(credentials::ProfileStore* store, credentials::ConnectionProbe probe,
                  QWidget* parent = nullptr);
    ~ProfileDialog() override;

    void selectProfile(const QString& name); // empty: a new profile
    QString currentProfileName() const { return m_loadedName; }
    QString statusText() const;

Q_SIGNALS:
    void profileSaved(const QString& name);
    void profileRenamed(const QString& from, const QString& to);
    void profileRemoved(const QString& name);

private:
    void buildUi();
    void reloadList(const QString& select);
    void onSelectionChanged();
    void showProfile(const credentials::Profile& profile);
    void clearForm();
    void updateAuthRows();
    credentials::Profile profileFromForm() const;
    credentials::Secrets secretsFromForm() const;
    void clearSecretFields();
    QStringList validateForm(bool forProbe) const;

    void save();
    void saveProfileAndSecrets(credentials::Profile profile);
    void storeSecrets(const credentials::Profile& profile, credentials::Secrets secrets);
    void testConnection();
    void runProbe(const credentials::Profile& profile, credentials::Secrets secrets);
    void duplicateProfile();
    void confirmRemove();
    void newProfile();

    void setBusy(bool busy);
    void showError(const QString& message);
    void showErrors(const QStringList& problems);
    void showInfo(const QString& message);

    credentials::ProfileStore* m_store;
    credentials::ConnectionProbe m_probe;
    QString m_loadedName; // the stored profile the form shows; empty for a new one
    std::optional<credentials::Profile> m_loaded;

    QListWidget* m_list = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_duplicateButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_authKind = nullptr;
    QLineEdit* m_ak = nullptr;
    QLineEdit* m_sk = nullptr;
    QLineEdit* m_token = nullptr;
    QLineEdit* m_iamUser = nullptr;
    QLineEdit* m_iamDomain = nullptr;
    QLineEdit* m_iamPassword = nullptr;
    QComboBox* m_region = nullptr;
    QLineEdit* m_projectId = nullptr;
    QCheckBox* m_resolveProject = nullptr;
    QHash<api::Service, QLineEdit*> m_endpoints;
    QLineEdit* m_pin = nullptr;
    QSpinBox* m_timeout = nullptr;
    QCheckBox* m_sessionOnly = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_testButton = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace dbss::views
