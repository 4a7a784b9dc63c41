#pragma once

#include "models/api/ApiError.h"
#include "models/api/FieldRules.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace dbss::models {
class SubmitAction;
}

namespace dbss::views {

// The frame of every form: fields in a form layout, each with an error label beneath it (named
// "error_<field>"), a banner for errors no field explains, and Submit/Cancel. While the action's
// request is in flight Submit is disabled; on any failure the dialog stays open and keeps the
// input. Editors are named by the JSON key they fill, so tests and rejections find them.
class SubmitDialog : public QDialog {
    Q_OBJECT
public:
    QPushButton* submitButton() const { return m_submit; }
    QLabel* errorBanner() const { return m_banner; }
    QLabel* fieldErrorLabel(const QString& field) const { return m_errorLabels.value(field); }
    QWidget* fieldEditor(const QString& field) const { return m_editors.value(field); }
    // The fields now flagged as wrong, in form order.
    QStringList flaggedFields() const;

protected:
    explicit SubmitDialog(QWidget* parent);
    QFormLayout* form() const { return m_form; }
    QVBoxLayout* mainLayout() const { return m_main; }
    // Adds a row "label: editor" with the error label under the editor; names the editor `field`.
    void addField(const QString& field, const QString& label, QWidget* editor, QFormLayout* into = nullptr);
    // Shows the action's state: busy, local field errors, API rejections.
    void bindAction(models::SubmitAction* action);
    void showFieldErrors(const api::FieldErrors& errors);
    void showApiError(const api::ApiError& error, const api::FieldErrors& fieldErrors);
    void clearErrors();
    // A message no field explains, in the banner (clears the field errors).
    void showBannerError(const QString& message);
    QString bannerText() const;
    void setSubmitText(const QString& text);
    QDialogButtonBox* buttonBox() const { return m_buttons; }
    // Submit disabled and a busy cursor while a request is out (bindAction() drives it for actions).
    void setBusy(bool busy);
    // Called when the user presses Submit (not while busy).
    virtual void submit() = 0;
    void showEvent(QShowEvent* event) override; // focus in the first field: typing goes there

    // Helpers for enum combos: item text = label, item data = the API value.
    static QComboBox* enumCombo(const QList<api::EnumOption>& options);
    static QComboBox* enumCombo(const QStringList& values);
    static QString comboValue(const QComboBox* combo);

private:
    QVBoxLayout* m_main;
    QFormLayout* m_form;
    QLabel* m_banner;
    QDialogButtonBox* m_buttons;
    QPushButton* m_submit;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_errorLabels;
    QStringList m_order;
};

} // namespace dbss::views
