// Where export dialogs open: only folders an export wrote to are remembered, and a remembered folder
// is used only if it is an ordinary writable directory that answers in time (a dialog opened on
// /proc froze the window for good; a hung network mount must not either).
#include "views/ExportController.h"
#include "views/ExportFolder.h"
#include "views/TableDock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dbss;
namespace folder = dbss::views::exportfolder;

class TestExportFolder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void pseudoAndMissingFoldersFallBackToHome() {
        const QString home = QDir::homePath();
        QCOMPARE(folder::usable(QStringLiteral("/proc")), home);
        QCOMPARE(folder::usable(QStringLiteral("/proc/self")), home);
        QCOMPARE(folder::usable(QStringLiteral("/sys/kernel")), home);
        QCOMPARE(folder::usable(QStringLiteral("/dev")), home);
        QCOMPARE(folder::usable(QStringLiteral("/no/such/folder")), home);
        QCOMPARE(folder::usable(QString()), home);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a-file.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QCOMPARE(folder::usable(file), home); // a file is not a folder
        QCOMPARE(folder::usable(dir.path()), dir.path());
    }

    void aFolderThatDoesNotAnswerIsNotWaitedFor() {
        // A check that blocks like stat() on a hung mount: released only after the answer came.
        auto release = std::make_shared<QSemaphore>();
        QElapsedTimer timer;
        timer.start();
        const QString chosen = folder::usable(QStringLiteral("/mnt/hung"), 200, [release](const QString&) {
            release->acquire();
            return true;
        });
        QCOMPARE(chosen, QDir::homePath());
        QVERIFY2(timer.elapsed() < 5000, "usable() waited for the blocked check");
        release->release(); // lets the abandoned thread end
    }

    void onlyFoldersWrittenToAreRemembered() {
        QStandardItemModel model(2, 1);
        model.setItem(0, 0, new QStandardItem(QStringLiteral("a")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("b")));
        QWidget window;
        views::TableDock dock(QStringLiteral("T"), QStringLiteral("TDock"), &model, &window);
        views::ExportController exporter(nullptr, &window);
        QSettings().remove(QStringLiteral("export/folder"));

        QSignalSpy done(&exporter, &views::ExportController::finished);
        exporter.exportTo(&dock, QStringLiteral("/proc/dbss-export-test.csv"), false);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY(!QSettings().contains(QStringLiteral("export/folder"))); // /proc is not remembered
        QVERIFY(folder::folder() != QStringLiteral("/proc"));

        QTemporaryDir dir;
        done.clear();
        exporter.exportTo(&dock, dir.filePath(QStringLiteral("t.csv")), false);
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().first().toBool());
        QCOMPARE(QSettings().value(QStringLiteral("export/folder")).toString(), dir.path());
        QCOMPARE(folder::folder(), dir.path());

        // A folder saved by an older version is checked before any dialog opens on it.
        QSettings().setValue(QStringLiteral("export/folder"), QStringLiteral("/proc"));
        QCOMPARE(folder::folder(), QDir::homePath());
    }
};

QTEST_MAIN(TestExportFolder)
#include "tst_exportfolder.moc"
