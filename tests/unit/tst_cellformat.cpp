// How cells read: an instance's specification and edition in the console's words; text the console
// does not recognise is shown as the service sent it.
#include "models/tables/CellFormat.h"

#include <QtTest>

using namespace dbss::models;

class TestCellFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void editions() {
        QCOMPARE(cell::editionText(QStringLiteral("low")), QStringLiteral("Basic"));
        QCOMPARE(cell::editionText(QStringLiteral("Medium")), QStringLiteral("Professional"));
        QCOMPARE(cell::editionText(QStringLiteral("HIGH")), QStringLiteral("Advanced"));
        QCOMPARE(cell::editionText(QStringLiteral("enterprise")), QStringLiteral("enterprise"));
    }

    void specifications_data() {
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("shown");
        // Without a translator, "%n database(s)" keeps its source form.
        QTest::newRow("low") << "Low | 3 Proxy"
                             << "Basic, 3 database(s)";
        QTest::newRow("medium") << "Medium | 6 Proxy"
                                << "Professional, 6 database(s)";
        QTest::newRow("high, spaces") << " High|30 Proxy "
                                      << "Advanced, 30 database(s)";
        QTest::newRow("unknown edition") << "Ultra | 3 Proxy"
                                         << "Ultra | 3 Proxy";
        QTest::newRow("other text") << "dbss.bypassaudit.low"
                                    << "dbss.bypassaudit.low";
        QTest::newRow("empty") << ""
                               << "";
    }
    void specifications() {
        QFETCH(QString, sent);
        QFETCH(QString, shown);
        QCOMPARE(cell::specificationText(sent), shown);
    }

    // The plural goes through the translator with its count.
    void specificationTranslated() {
        class English : public QTranslator {
        public:
            bool isEmpty() const override { return false; }
            QString translate(const char* context, const char* source, const char*, int n) const override {
                if (qstrcmp(context, "dbss::models::cell") == 0 && qstrcmp(source, "%1, %n database(s)") == 0)
                    return n == 1 ? QStringLiteral("%1, %n database") : QStringLiteral("%1, %n databases");
                return {};
            }
        } english;
        QVERIFY(QCoreApplication::installTranslator(&english));
        QCOMPARE(cell::specificationText(QStringLiteral("Low | 1 Proxy")),
                 QStringLiteral("Basic, 1 database"));
        QCOMPARE(cell::specificationText(QStringLiteral("Low | 3 Proxy")),
                 QStringLiteral("Basic, 3 databases"));
        QCoreApplication::removeTranslator(&english);
    }
};

QTEST_GUILESS_MAIN(TestCellFormat)
#include "tst_cellformat.moc"
