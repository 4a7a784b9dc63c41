#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QListWidget;

namespace dbss::models {
class InstancesModel;
}

namespace dbss::views {

// Chooses the instances to compare: a reference and one or more others, from the instances the
// navigator lists (one account). The reference is the first column of the comparison and what
// "make like" copies from.
class PolicyInstancePicker : public QDialog {
    Q_OBJECT
public:
    PolicyInstancePicker(const models::InstancesModel* instances, const QString& reference,
                         QWidget* parent = nullptr);

    // The reference first, then the checked others, as instance ids.
    QStringList chosenIds() const;
    void setChosen(const QStringList& ids); // the reference first
    QComboBox* referenceBox() const { return m_reference; }
    QListWidget* othersList() const { return m_others; }

private:
    void updateOthers();
    void updateOk();
    QComboBox* m_reference;
    QListWidget* m_others;
    QDialogButtonBox* m_buttons;
};

} // namespace dbss::views
