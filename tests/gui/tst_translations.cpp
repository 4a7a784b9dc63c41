// The Chinese console: the zh_CN catalogue loads the way dbss-console loads it (QTranslator::load from
// :/i18n by locale), the main window against the in-process sandbox shows Chinese menus, docks and
// column titles, English gets real plurals, and the .ts files themselves are complete: every zh_CN
// message finished, with the placeholders, accelerators and HTML tags of its source.
#include "models/api/ApiClient.h"
#include "models/api/Instances.h"
#include "sandbox/SandboxServer.h"
#include "views/AddDatabaseDialog.h"
#include "views/AuditScopeDialog.h"
#include "views/InstanceDocks.h"
#include "views/MainWindow.h"
#include "views/TableDock.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>
#include <set>

using namespace dbss;

namespace {

struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    QString type;             // translation type: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
};

// Every <message> of a .ts file; an empty list (and *error set) when it cannot be read.
QList<TsMessage> readTs(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = TsMessage{context,
                                    {},
                                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                                    {},
                                    {}};
                inMessage = true;
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform") && inMessage) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
            inMessage = false;
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return {};
    }
    return messages;
}

// %1..%99 and %n, as a sorted set ("%1 of %2" and "%2 / %1" have the same placeholders).
std::multiset<QString> placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    std::multiset<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// Each distinct placeholder (Qt's arg() replaces every occurrence, so a translation may use one fewer time).
std::set<QString> distinctPlaceholders(const QString& text) {
    const std::multiset<QString> all = placeholders(text);
    return {all.begin(), all.end()};
}

std::multiset<QString> htmlTags(const QString& text) {
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*>"));
    std::multiset<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

bool hasAccelerator(const QString& text) {
    static const QRegularExpression re(QStringLiteral("(^|[^&])&[^& ]"));
    return re.match(text).hasMatch();
}

bool hasCjk(const QString& text) {
    static const QRegularExpression re(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    return re.match(text).hasMatch();
}

QString tsPath(const QString& language) {
    return QStringLiteral(DBSS_TS_DIR "/dbss-console_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<QTranslator> m_chinese;

    api::ClientConfig sandboxConfig() const {
        api::ClientConfig config;
        config.region = m_server->options().region;
        config.projectId = m_server->options().projectId;
        config.ak = m_server->options().ak;
        config.sk = m_server->options().sk;
        for (api::Service s : {api::Service::Dbss, api::Service::Iam, api::Service::Drs, api::Service::Das})
            config.endpointOverrides.insert(s, m_server->baseUrl());
        return config;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // QSettings in a test location
        QSettings().clear();
        m_server = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxOptions{});
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_client = std::make_unique<api::ApiClient>(sandboxConfig());

        // Exactly how dbss-console's main() loads its catalogue for --lang zh_CN.
        m_chinese = std::make_unique<QTranslator>();
        QVERIFY(m_chinese->load(QLocale(QStringLiteral("zh_CN")), QStringLiteral("dbss-console"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(m_chinese->language(), QStringLiteral("zh_CN"));
        QVERIFY(QCoreApplication::installTranslator(m_chinese.get()));
    }

    void cleanupTestCase() { QCoreApplication::removeTranslator(m_chinese.get()); }

    void mainWindowIsChinese() {
        views::MainWindow window(m_client.get(), QStringLiteral("Sandbox"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList menus;
        for (QAction* action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus, (QStringList{QStringLiteral("文件(&F)"), QStringLiteral("审计(&A)"),
                                     QStringLiteral("连接(&C)"), QStringLiteral("视图(&V)"),
                                     QStringLiteral("帮助(&H)")}));
        // Every menu item (and submenu) is translated too, apart from the profile names.
        for (QAction* menuAction : window.menuBar()->actions()) {
            for (QAction* item : menuAction->menu()->actions()) {
                if (item->isSeparator() || item->text().isEmpty() || item->text() == QLatin1String("Sandbox"))
                    continue;
                QVERIFY2(hasCjk(item->text()) || item->text() == QLatin1String("Agent"), // Huawei's word
                         qPrintable(item->text()));
            }
        }

        QStringList docks;
        for (const QDockWidget* dock : window.findChildren<QDockWidget*>())
            docks << dock->windowTitle();
        for (const QString& expected :
             {QStringLiteral("审计实例"), QStringLiteral("数据库"), QStringLiteral("Agent"),
              QStringLiteral("审计范围"), QStringLiteral("SQL注入规则"), QStringLiteral("风险操作规则"),
              QStringLiteral("隐私数据脱敏规则"), QStringLiteral("操作日志"), QStringLiteral("请求日志"),
              QStringLiteral("详情")})
            QVERIFY2(docks.contains(expected), qPrintable(docks.join(QLatin1String(", "))));

        // The instance table: Chinese column titles, Chinese status words and row count.
        views::TableDock* instances = window.instancesDock();
        QTRY_VERIFY_WITH_TIMEOUT(instances->view()->model()->rowCount() >= 3, 10000);
        const QAbstractItemModel* model = instances->view()->model();
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("名称"));
        for (int c = 0; c < model->columnCount(); ++c)
            QVERIFY2(hasCjk(model->headerData(c, Qt::Horizontal).toString()) ||
                         model->headerData(c, Qt::Horizontal).toString() == QLatin1String("IP"),
                     qPrintable(model->headerData(c, Qt::Horizontal).toString()));
        QVERIFY2(instances->statusText().contains(QStringLiteral("行")), qPrintable(instances->statusText()));
        QTRY_VERIFY(window.windowTitle().startsWith(QStringLiteral("Sandbox — ")));
    }

    void formsAreChinese() {
        // Every field label of the add forms (the ones with a buddy field) is Chinese, and fits its text.
        const auto check = [](QWidget* dialog, const QString& title) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QCOMPARE(dialog->windowTitle(), title);
            int labels = 0;
            for (const QLabel* label : dialog->findChildren<QLabel*>()) {
                if (!label->buddy() || !label->isVisible())
                    continue;
                ++labels;
                QVERIFY2(hasCjk(label->text()), qPrintable(label->text()));
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
            }
            QVERIFY(labels >= 5);
        };
        api::ApiReply* reply = m_client->send(api::listAuditInstances(0, 10));
        QSignalSpy listed(reply, &api::ApiReply::finished);
        QVERIFY(listed.wait(10000));
        const QString instance = reply->json()
                                     .object()
                                     .value(QLatin1String("servers"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("id"))
                                     .toString();
        reply->deleteLater();
        QVERIFY(!instance.isEmpty());
        views::AddDatabaseDialog database(m_client.get(), instance);
        check(&database, QStringLiteral("添加数据库"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(database.submitButton()->text(), QStringLiteral("提交"));
        views::AuditScopeDialog scope(m_client.get(), instance);
        QSignalSpy loaded(&scope, &views::AuditScopeDialog::databasesLoaded);
        check(&scope, QStringLiteral("添加审计范围"));
        QVERIFY(loaded.count() == 1 || loaded.wait(10000)); // not destroyed with its request in flight
    }

    void englishHasPlurals() {
        QTranslator english;
        QVERIFY(english.load(QLocale(QStringLiteral("en")), QStringLiteral("dbss-console"),
                             QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::removeTranslator(m_chinese.get());
        QVERIFY(QCoreApplication::installTranslator(&english));
        const char* context = "dbss::views::TableDock";
        QCOMPARE(QCoreApplication::translate(context, "%n row(s)", nullptr, 1), QStringLiteral("1 row"));
        QCOMPARE(QCoreApplication::translate(context, "%n row(s)", nullptr, 1250),
                 QStringLiteral("1250 rows"));
        QCOMPARE(QCoreApplication::translate("dbss::views::ExportController",
                                             "Exported %n rule list file(s) to %1", nullptr, 1)
                     .arg(QStringLiteral("/tmp")),
                 QStringLiteral("Exported 1 rule list file to /tmp"));
        // Singular source texts stay as they are.
        QCOMPARE(QCoreApplication::translate("dbss::views::MainWindow", "&File"), QStringLiteral("&File"));
        QCoreApplication::removeTranslator(&english);
        QVERIFY(QCoreApplication::installTranslator(m_chinese.get()));
        QCOMPARE(QCoreApplication::translate(context, "%n row(s)", nullptr, 3), QStringLiteral("3 行"));
    }

    void everyChineseMessageIsFinished() {
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(QStringLiteral("zh_CN")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 400, qPrintable(QString::number(messages.size())));
        int live = 0;
        for (const TsMessage& m : messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue; // no longer in the sources; lrelease leaves it out
            ++live;
            const QByteArray where = (m.context + QLatin1String(": ") + m.source).toUtf8();
            QVERIFY2(m.type.isEmpty(), where.constData());
            QVERIFY2(!m.translations.isEmpty(), where.constData());
            if (m.numerus)
                QCOMPARE(m.translations.size(), 1); // Chinese has a single form
            for (const QString& t : m.translations) {
                QVERIFY2(!t.trimmed().isEmpty() || m.source.trimmed().isEmpty(), where.constData());
                QVERIFY2(distinctPlaceholders(t) == distinctPlaceholders(m.source), where.constData());
                QVERIFY2(htmlTags(t) == htmlTags(m.source), where.constData());
                QVERIFY2(hasAccelerator(t) == hasAccelerator(m.source), where.constData());
                QVERIFY2(t.count(QLatin1Char('\n')) == m.source.count(QLatin1Char('\n')), where.constData());
            }
        }
        QVERIFY(live > 400);
    }

    void englishPluralsAreComplete() {
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(QStringLiteral("en")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int numerus = 0;
        for (const TsMessage& m : messages) {
            if (!m.numerus || m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            ++numerus;
            const QByteArray where = (m.context + QLatin1String(": ") + m.source).toUtf8();
            QVERIFY2(m.type.isEmpty(), where.constData());
            QCOMPARE(m.translations.size(), 2);
            for (const QString& t : m.translations) {
                QVERIFY2(placeholders(t) == placeholders(m.source), where.constData());
                QVERIFY2(!t.contains(QLatin1String("(s)")), where.constData());
            }
            if (m.source.contains(QLatin1String("(s)"))) // "%n row(s)": singular and plural differ
                QVERIFY2(m.translations.at(0) != m.translations.at(1), where.constData());
        }
        QVERIFY(numerus >= 5);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
