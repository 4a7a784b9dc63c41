#include "views/SubmitDialog.h"

#include "models/actions/SubmitAction.h"
#include "views/ReadableColors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dbss::views {

SubmitDialog::SubmitDialog(QWidget* parent)
    : QDialog(parent)
    , m_main(new QVBoxLayout(this))
    , m_form(new QFormLayout)
    , m_banner(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setErrorText(m_banner);
    m_banner->hide();
    m_submit = m_buttons->addButton(tr("Submit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_main->addLayout(m_form);
    m_main->addWidget(m_banner);
    m_main->addWidget(m_buttons);
    // Submit is not wired to accept(): the dialog closes itself only on success.
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (m_submit->isEnabled())
            submit();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QStringList SubmitDialog::flaggedFields() const {
    QStringList out;
    for (const QString& field : m_order) {
        if (!m_errorLabels.value(field)->isHidden())
            out << field;
    }
    return out;
}

void SubmitDialog::addField(const QString& field, const QString& label, QWidget* editor, QFormLayout* into) {
    auto* cell = new QWidget(this);
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    editor->setObjectName(field);
    layout->addWidget(editor);
    auto* error = new QLabel(cell);
    error->setObjectName(QStringLiteral("error_") + field);
    error->setWordWrap(true);
    setErrorText(error);
    error->hide();
    layout->addWidget(error);
    (into ? into : m_form)->addRow(label, cell);
    m_editors.insert(field, editor);
    m_errorLabels.insert(field, error);
    m_order << field;
}

void SubmitDialog::bindAction(models::SubmitAction* action) {
    connect(action, &models::SubmitAction::busyChanged, this, &SubmitDialog::setBusy);
    connect(action, &models::SubmitAction::invalid, this, &SubmitDialog::showFieldErrors);
    connect(action, &models::SubmitAction::failed, this, &SubmitDialog::showApiError);
}

void SubmitDialog::clearErrors() {
    for (QLabel* label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
    for (QWidget* editor : std::as_const(m_editors))
        editor->setToolTip({});
    m_banner->clear();
    m_banner->hide();
}

void SubmitDialog::showFieldErrors(const api::FieldErrors& errors) {
    clearErrors();
    QStringList unplaced;
    QWidget* first = nullptr;
    for (const api::FieldError& e : errors) {
        QLabel* label = m_errorLabels.value(e.field);
        if (!label) {
            unplaced << QStringLiteral("%1: %2").arg(e.field, e.reason);
            continue;
        }
        label->setText(e.reason);
        label->show();
        m_editors.value(e.field)->setToolTip(e.reason);
        if (!first)
            first = m_editors.value(e.field);
    }
    if (!unplaced.isEmpty()) {
        m_banner->setText(unplaced.join(QLatin1Char('\n')));
        m_banner->show();
    }
    if (first)
        first->setFocus();
}

void SubmitDialog::showApiError(const api::ApiError& error, const api::FieldErrors& fieldErrors) {
    showFieldErrors(fieldErrors);
    m_banner->setText(error.userMessage());
    m_banner->show();
}

void SubmitDialog::showBannerError(const QString& message) {
    clearErrors();
    m_banner->setText(message);
    m_banner->show();
}

QString SubmitDialog::bannerText() const {
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void SubmitDialog::setSubmitText(const QString& text) {
    m_submit->setText(text);
}

void SubmitDialog::setBusy(bool busy) {
    m_submit->setEnabled(!busy);
    if (busy) {
        clearErrors();
        setCursor(Qt::BusyCursor);
    }
    if (!busy)
        unsetCursor();
}

QComboBox* SubmitDialog::enumCombo(const QList<api::EnumOption>& options) {
    auto* combo = new QComboBox;
    for (const api::EnumOption& o : options)
        combo->addItem(o.label, o.value);
    return combo;
}

QComboBox* SubmitDialog::enumCombo(const QStringList& values) {
    auto* combo = new QComboBox;
    for (const QString& v : values)
        combo->addItem(v, v);
    return combo;
}

QString SubmitDialog::comboValue(const QComboBox* combo) {
    // An editable combo's typed text counts only if it is not one of the listed labels.
    const int index = combo->findText(combo->currentText());
    if (combo->isEditable() && index < 0)
        return combo->currentText().trimmed();
    return combo->itemData(index >= 0 ? index : combo->currentIndex()).toString();
}

void SubmitDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    for (const QString& field : std::as_const(m_order)) {
        QWidget* editor = m_editors.value(field);
        if (editor && editor->isEnabled() && editor->isVisibleTo(this) &&
            editor->focusPolicy() != Qt::NoFocus) {
            editor->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace dbss::views
