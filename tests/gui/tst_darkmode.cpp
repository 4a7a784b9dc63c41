// Dark mode and contrast: the main window under a dark Fusion palette (and the light default).
// The colours measured are the ones painted: each table cell's text colour as its delegate sets
// it up, the error banner's background as rendered, the error labels' palette.
#include "models/api/ApiClient.h"
#include "sandbox/SandboxServer.h"
#include "views/InstanceDocks.h"
#include "views/MainWindow.h"
#include "views/ReadableColors.h"
#include "views/SubmitDialog.h"
#include "views/TableDock.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace dbss;

namespace {

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    return p;
}

} // namespace

class TestDarkMode : public QObject {
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> m_server;

    api::ClientConfig config(const QString& sk = {}) const {
        api::ClientConfig c;
        c.region = m_server->options().region;
        c.projectId = m_server->options().projectId;
        c.ak = m_server->options().ak;
        c.sk = sk.isEmpty() ? m_server->options().sk : sk;
        for (api::Service s : {api::Service::Dbss, api::Service::Iam, api::Service::Drs, api::Service::Das})
            c.endpointOverrides.insert(s, m_server->baseUrl());
        return c;
    }

    struct Counts {
        int text = 0;     // cells with a foreground colour (4.5:1 needed)
        int swatches = 0; // cells with a colour swatch (3:1 needed, a graphical object)
    };
    // Every coloured cell of every table, as its delegate paints it, against the row's background.
    static Counts checkTables(views::MainWindow& window, QStringList* failures) {
        Counts counts;
        for (views::TableDock* dock : window.tableDocks()) {
            QTableView* view = dock->view();
            auto* delegate = qobject_cast<views::ReadableColorDelegate*>(view->itemDelegate());
            if (!delegate) {
                *failures << dock->objectName() + QStringLiteral(": no readable-colour delegate");
                continue;
            }
            const QAbstractItemModel* model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int col = 0; col < model->columnCount(); ++col) {
                    const QModelIndex index = model->index(row, col);
                    QStyleOptionViewItem option;
                    option.initFrom(view);
                    option.state &= ~QStyle::State_Selected;
                    option.decorationSize = QSize(16, 16);
                    const QColor background =
                        view->palette().color(row % 2 ? QPalette::AlternateBase : QPalette::Base);
                    auto check = [&](const QColor& colour, double minimum, const char* what) {
                        const double ratio = views::contrastRatio(colour, background);
                        if (ratio < minimum)
                            *failures << QStringLiteral("%1 row %2 col %3 %4: %5 on %6 = %7:1")
                                             .arg(dock->objectName())
                                             .arg(row)
                                             .arg(col)
                                             .arg(QLatin1String(what), colour.name(), background.name())
                                             .arg(ratio, 0, 'f', 2);
                    };
                    if (index.data(Qt::ForegroundRole).isValid()) {
                        ++counts.text;
                        check(delegate->textColor(option, index), 4.5, "text");
                    }
                    if (index.data(Qt::DecorationRole).userType() == QMetaType::QColor) {
                        ++counts.swatches;
                        check(delegate->swatchColor(option, index), 3.0, "swatch");
                    }
                }
            }
        }
        return counts;
    }

    void checkWindow(const QPalette& palette) {
        QApplication::setPalette(palette);
        api::ApiClient client(config());
        views::MainWindow window(&client, QStringLiteral("Sandbox"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.instancesDock()->view()->model()->rowCount() >= 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window.instanceDocks()->riskRulesDock()->view()->model()->rowCount() > 0,
                                 10000);
        QStringList failures;
        const Counts counts = checkTables(window, &failures);
        QVERIFY2(counts.swatches > 0,
                 "no colour swatch was checked (status and risk-level colours expected)");
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_server = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxOptions{});
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    void contrastFormula() {
        QCOMPARE(views::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(views::contrastRatio(Qt::white, Qt::white), 1.0);
        // The models' red on a dark base is too dark; made readable it keeps its hue.
        const QColor red(0xc6, 0x28, 0x28);
        const QColor base(0x1e, 0x1e, 0x1e);
        QVERIFY(views::contrastRatio(red, base) < 4.5);
        const QColor fixed = views::readableOn(red, base);
        QVERIFY(views::contrastRatio(fixed, base) >= 4.5);
        QVERIFY(qAbs(fixed.hslHue() - red.hslHue()) <= 2); // the same red, lighter
    }

    void tablesOnDarkPalette() { checkWindow(darkPalette()); }
    void tablesOnLightPalette() { checkWindow(QApplication::style()->standardPalette()); }

    void errorBannerAndLabelsOnBothPalettes() {
        for (const QPalette& palette : {darkPalette(), QApplication::style()->standardPalette()}) {
            QApplication::setPalette(palette);
            api::ApiClient bad(config(QStringLiteral("wrong-secret-key-0000000000000000000000")));
            views::MainWindow window(&bad, QStringLiteral("Broken"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            views::TableDock* dock = window.instancesDock();
            QTRY_VERIFY_WITH_TIMEOUT(!dock->errorBanner()->isHidden(), 10000);
            // The banner as painted: a pixel inside its border, against its label's text colour.
            QWidget* banner = dock->errorBanner();
            const QImage image = banner->grab().toImage();
            const QColor background = image.pixelColor(3, image.height() / 2);
            auto* label = banner->findChild<QLabel*>();
            QVERIFY(label);
            const QColor text = label->palette().color(QPalette::WindowText);
            QVERIFY2(views::contrastRatio(text, background) >= 4.5,
                     qPrintable(QStringLiteral("banner %1 on %2").arg(text.name(), background.name())));
            QVERIFY(background != palette.color(QPalette::Window)); // it stands out as an error

            // The status bar's failed request in red, readable on the window colour.
            auto* last = window.findChild<QLabel*>(QStringLiteral("lastRequestLabel"));
            QTRY_VERIFY(last->text().contains(QLatin1String("401")));
            const QColor red = last->palette().color(QPalette::WindowText);
            QVERIFY(red.red() > red.green() + 40); // still red
            QVERIFY2(views::contrastRatio(red, last->palette().color(QPalette::Window)) >= 4.5,
                     qPrintable(red.name()));
            // The request log's failed requests are red text.
            QStringList failures;
            QVERIFY(checkTables(window, &failures).text > 0);
            QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        }
    }

    void formErrorsFollowThePalette() {
        QApplication::setPalette(QApplication::style()->standardPalette());
        QLabel label;
        views::setErrorText(&label);
        const QColor onLight = label.palette().color(QPalette::WindowText);
        QApplication::setPalette(darkPalette()); // the desktop switches to dark while it is open
        // A running application delivers this to every widget; QTest runs no QApplication::exec().
        QEvent change(QEvent::ApplicationPaletteChange);
        QApplication::sendEvent(&label, &change);
        QTRY_VERIFY(label.palette().color(QPalette::WindowText) != onLight);
        const QColor onDark = label.palette().color(QPalette::WindowText);
        QVERIFY(views::contrastRatio(onDark, darkPalette().color(QPalette::Window)) >= 4.5);
        QVERIFY(views::contrastRatio(
                    onLight, QApplication::style()->standardPalette().color(QPalette::Window)) >= 4.5);
        views::setErrorText(&label, false);
        QCOMPARE(label.palette().color(QPalette::WindowText), darkPalette().color(QPalette::WindowText));
    }
};

QTEST_MAIN(TestDarkMode)
#include "tst_darkmode.moc"
