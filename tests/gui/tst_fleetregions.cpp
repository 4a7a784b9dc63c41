// The Profiles form's fleet regions: every DBSS region listed with its name, the profile's own
// region checked and fixed, the ticked ones saved in the profile and shown again when it is opened.
#include "models/credentials/MemorySecretStore.h"
#include "models/credentials/ProfileStore.h"
#include "views/ProfileDialog.h"
#include "views/RegionsField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dbss::credentials;
using dbss::views::ProfileDialog;
using dbss::views::RegionsField;

class TestFleetRegions : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    MemorySecretStore m_keychain;
    std::unique_ptr<ProfileStore> m_store;

    std::unique_ptr<ProfileDialog> open() {
        auto dialog = std::make_unique<ProfileDialog>(m_store.get(), ConnectionProbe{});
        dialog->show();
        return dialog;
    }
    static QListWidgetItem* item(RegionsField* field, const QString& code) {
        for (int i = 0; i < field->count(); ++i)
            if (field->item(i)->text().startsWith(code + QStringLiteral(" — ")))
                return field->item(i);
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        m_store = std::make_unique<ProfileStore>(m_settings.get(), &m_keychain);
    }

    void savedAndShownAgain() {
        auto dialog = open();
        auto* field = dialog->findChild<RegionsField*>(QStringLiteral("regions"));
        QVERIFY(field);
        QVERIFY(item(field, QStringLiteral("cn-north-4")));
        QCOMPARE(item(field, QStringLiteral("cn-north-4"))->text(),
                 QStringLiteral("cn-north-4 — CN North-Beijing4"));
        QVERIFY(!item(field, QStringLiteral("eu-west-0"))); // no DBSS there

        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("newButton")), Qt::LeftButton);
        dialog->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Ops"));
        dialog->findChild<QComboBox*>(QStringLiteral("authKind"))->setCurrentIndex(0);
        dialog->findChild<QLineEdit*>(QStringLiteral("ak"))->setText(QStringLiteral("AKDIALOG000000000001"));
        dialog->findChild<QLineEdit*>(QStringLiteral("sk"))
            ->setText(QStringLiteral("SkDialogSecretValue0000000000001"));
        dialog->findChild<QCheckBox*>(QStringLiteral("resolveProjectCheck"))->setChecked(true);
        auto* region = dialog->findChild<QComboBox*>(QStringLiteral("region"));
        region->setCurrentIndex(region->findData(QStringLiteral("cn-north-4")));
        // The own region: checked, not changeable.
        QCOMPARE(item(field, QStringLiteral("cn-north-4"))->checkState(), Qt::Checked);
        QVERIFY(!(item(field, QStringLiteral("cn-north-4"))->flags() & Qt::ItemIsEnabled));
        item(field, QStringLiteral("cn-east-3"))->setCheckState(Qt::Checked);
        item(field, QStringLiteral("cn-south-1"))->setCheckState(Qt::Checked);
        QCOMPARE(field->regions(), (QStringList{QStringLiteral("cn-east-3"), QStringLiteral("cn-south-1")}));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("submitButton")), Qt::LeftButton);
        QTRY_COMPARE(m_store->names(), QStringList{QStringLiteral("Ops")});
        QTRY_COMPARE(m_store->load(QStringLiteral("Ops"))->regions,
                     (QStringList{QStringLiteral("cn-east-3"), QStringLiteral("cn-south-1")}));
        QCOMPARE(m_store->load(QStringLiteral("Ops"))->fleetRegions(),
                 (QStringList{QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3"),
                              QStringLiteral("cn-south-1")}));
        dialog.reset();

        dialog = open(); // the stored profile, shown again
        field = dialog->findChild<RegionsField*>(QStringLiteral("regions"));
        QCOMPARE(field->regions(), (QStringList{QStringLiteral("cn-east-3"), QStringLiteral("cn-south-1")}));
        QCOMPARE(item(field, QStringLiteral("cn-north-1"))->checkState(), Qt::Unchecked);
    }
};

QTEST_MAIN(TestFleetRegions)
#include "tst_fleetregions.moc"
