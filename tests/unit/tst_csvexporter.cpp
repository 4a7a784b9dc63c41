// CsvExporter: RFC 4180 quoting, formula neutralisation, round trip through a CSV parser, proxies,
// ISO times, and QSaveFile atomicity under real write failures.
#include "models/export/CsvExporter.h"
#include "models/tables/RemoteTableModel.h"
#include "tests/models/CsvTestParser.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using dbss::models::CsvExporter;
using dbss::models::CsvOptions;
using dbss::test::parseCsv;

namespace {

QByteArray exportToBytes(const QAbstractItemModel& model, const CsvOptions& options = {}) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!CsvExporter(options).write(model, &buffer, &error))
        qWarning("export failed: %s", qPrintable(error));
    return buffer.data();
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCsvExporter : public QObject {
    Q_OBJECT

    QStringList tricky() const {
        return {QString(),
                QStringLiteral("plain"),
                QStringLiteral("a,b"),
                QStringLiteral("say \"hi\""),
                QStringLiteral("line1\nline2"),
                QStringLiteral("crlf\r\ninside"),
                QStringLiteral("审计实例 数据库安全"),
                QStringLiteral(" padded "),
                QStringLiteral("\"\""),
                QStringLiteral(",")};
    }

    std::unique_ptr<QStandardItemModel> trickyModel() const {
        const QStringList values = tricky();
        auto model = std::make_unique<QStandardItemModel>(int(values.size()), 2);
        model->setHorizontalHeaderLabels({QStringLiteral("Value"), QStringLiteral("名称, \"quoted\"")});
        for (int r = 0; r < values.size(); ++r) {
            model->setItem(r, 0, new QStandardItem(values[r]));
            model->setItem(r, 1, new QStandardItem(QString::number(r)));
        }
        return model;
    }

private Q_SLOTS:
    void quoteField_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
        QTest::newRow("only quotes") << QStringLiteral("\"\"") << QStringLiteral("\"\"\"\"\"\"");
        QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("CR") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("CJK") << QStringLiteral("数据库") << QStringLiteral("数据库");
        QTest::newRow("spaces kept") << QStringLiteral(" a ") << QStringLiteral(" a ");
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a;b");
    }
    void quoteField() {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(CsvExporter::quoteField(value), expected);
    }

    void neutralise_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("HYPERLINK") << QStringLiteral("=HYPERLINK(\"http://x\")")
                                   << QStringLiteral("'=HYPERLINK(\"http://x\")");
        QTest::newRow("plus") << QStringLiteral("+cmd|' /C calc'!A0")
                              << QStringLiteral("'+cmd|' /C calc'!A0");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("CR") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("negative number") << QStringLiteral("-12.5") << QStringLiteral("-12.5");
        QTest::newRow("signed number") << QStringLiteral("+3") << QStringLiteral("+3");
        QTest::newRow("exponent") << QStringLiteral("-1e5") << QStringLiteral("-1e5");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("lone minus") << QStringLiteral("-") << QStringLiteral("'-");
    }
    void neutralise() {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(CsvExporter::neutraliseFormula(value), expected);
    }

    // write() builds its bytes field by field (eight bytes scanned at a time for quoting): the same
    // as record() of every row, for a special character at every position of fields 0..20 long.
    void writeSameAsRecord() {
        QStandardItemModel model;
        QStringList expected;
        const QStringList specials{QStringLiteral(","),  QStringLiteral("\""), QStringLiteral("\r"),
                                   QStringLiteral("\n"), QStringLiteral("="),  QStringLiteral("é")};
        for (const QString& special : specials) {
            for (int length = 1; length <= 20; ++length) {
                for (int at = 0; at < length; ++at) {
                    QString value(length, u'x');
                    value.replace(at, 1, special);
                    model.appendRow(
                        {new QStandardItem(value), new QStandardItem(QStringLiteral("-") + value)});
                    expected << CsvExporter().record({value, QStringLiteral("-") + value});
                }
            }
        }
        CsvOptions options;
        options.header = false;
        QCOMPARE(exportToBytes(model, options),
                 (expected.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8());
    }

    void recordAppliesBothRulesOnlyWhenAsked() {
        const QStringList fields{QStringLiteral("=1,2"), QStringLiteral("ok")};
        QCOMPARE(CsvExporter().record(fields), QStringLiteral("\"'=1,2\",ok"));
        CsvOptions off;
        off.neutraliseFormulas = false;
        QCOMPARE(CsvExporter(off).record(fields), QStringLiteral("\"=1,2\",ok"));
    }

    void roundTrip() {
        auto model = trickyModel();
        CsvOptions options;
        options.neutraliseFormulas = false;
        const QByteArray bytes = exportToBytes(*model, options);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        bool ok = false;
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes), &ok);
        QVERIFY2(ok, bytes.constData());
        QCOMPARE(records.size(), model->rowCount() + 1);
        QCOMPARE(records[0], (QStringList{QStringLiteral("Value"), QStringLiteral("名称, \"quoted\"")}));
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(records[r + 1], (QStringList{tricky()[r], QString::number(r)}));
    }

    void formulasNeutralisedInFile() {
        QStandardItemModel model(1, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("=cmd()")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("@x")));
        model.setItem(0, 2, new QStandardItem(QStringLiteral("-7")));
        QCOMPARE(exportToBytes(model), QByteArray("a,b,c\r\n'=cmd(),'@x,-7\r\n"));
    }

    void bomAndUtf8() {
        QStandardItemModel model(1, 1);
        model.setHorizontalHeaderLabels({QStringLiteral("名称")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("数据库")));
        CsvOptions withBom;
        withBom.bom = true;
        const QByteArray bytes = exportToBytes(model, withBom);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.mid(3), QStringLiteral("名称\r\n数据库\r\n").toUtf8());
    }

    void emptyModelWritesHeaderOnly() {
        QStandardItemModel model(0, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("x"), QStringLiteral("y")});
        QCOMPARE(exportToBytes(model), QByteArray("x,y\r\n"));
        CsvOptions noHeader;
        noHeader.header = false;
        QCOMPARE(exportToBytes(model, noHeader), QByteArray());
    }

    void chosenColumnsInOrder() {
        QStandardItemModel model(1, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        for (int c = 0; c < 3; ++c)
            model.setItem(0, c, new QStandardItem(QString::number(c)));
        CsvOptions options;
        options.columns = {2, 0}; // column 1 hidden, 2 moved first
        QCOMPARE(exportToBytes(model, options), QByteArray("c,a\r\n2,0\r\n"));
    }

    void timesAsIso8601() {
        QStandardItemModel model(1, 1);
        model.setHorizontalHeaderLabels({QStringLiteral("Created")});
        auto* item = new QStandardItem(QStringLiteral("2021-04-21 12:37")); // local display text
        QDateTime utc(QDate(2021, 4, 21), QTime(4, 37, 54), Qt::UTC);
        item->setData(utc.toLocalTime(), dbss::models::RemoteTableModel::SortRole);
        model.setItem(0, 0, item);
        QCOMPARE(exportToBytes(model), QByteArray("Created\r\n2021-04-21T04:37:54Z\r\n"));
    }

    void proxyFilterAndSortApply() {
        QStandardItemModel model(4, 1);
        model.setHorizontalHeaderLabels({QStringLiteral("name")});
        const QStringList names{QStringLiteral("beta"), QStringLiteral("alpha"), QStringLiteral("gamma"),
                                QStringLiteral("alphabet")};
        for (int r = 0; r < names.size(); ++r)
            model.setItem(r, 0, new QStandardItem(names[r]));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterFixedString(QStringLiteral("alp"));
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(exportToBytes(proxy), QByteArray("name\r\nalphabet\r\nalpha\r\n"));
    }

    void readOnlyDeviceIsAnError() {
        QStandardItemModel model(1, 1);
        QBuffer buffer;
        buffer.open(QIODevice::ReadOnly);
        QString error;
        QVERIFY(!CsvExporter().write(model, &buffer, &error));
        QVERIFY(!error.isEmpty());
    }

    void fileReplacedOnSuccess() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(writeFile(path, "old contents\n"));
        auto model = trickyModel();
        QString error;
        QVERIFY2(CsvExporter().writeFile(*model, path, &error), qPrintable(error));
        QCOMPARE(readFile(path), exportToBytes(*model));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("out.csv")}); // no temp left
    }

    void targetIsADirectory() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("taken"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken")));
        QVERIFY(writeFile(path + QStringLiteral("/keep.txt"), "keep"));
        auto model = trickyModel();
        QString error;
        QVERIFY(!CsvExporter().writeFile(*model, path, &error));
        QVERIFY(error.contains(path));
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(readFile(path + QStringLiteral("/keep.txt")), QByteArray("keep"));
    }

    void targetUnderAFile() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plain.txt"));
        QVERIFY(writeFile(file, "plain"));
        auto model = trickyModel();
        QString error;
        QVERIFY(!CsvExporter().writeFile(*model, file + QStringLiteral("/out.csv"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(readFile(file), QByteArray("plain"));
    }

    // A real write failure on the way (the file size limit, which also binds root): the old
    // file stays exactly as it was and no temporary file is left behind.
    void writeFailureKeepsOldFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rules.csv"));
        QVERIFY(writeFile(path, "previous export\r\n"));
        QStandardItemModel model(2000, 1);
        model.setHorizontalHeaderLabels({QStringLiteral("x")});
        for (int r = 0; r < model.rowCount(); ++r)
            model.setItem(r, 0, new QStandardItem(QString(200, QLatin1Char('x'))));

        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit small = old;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        QString error;
        const bool ok = CsvExporter().writeFile(model, path, &error);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!ok);
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(readFile(path), QByteArray("previous export\r\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("rules.csv")});
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
