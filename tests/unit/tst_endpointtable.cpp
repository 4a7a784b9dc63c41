#include "models/api/EndpointTable.h"

#include <QtTest>

using namespace dbss::api;

class TestEndpointTable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void regionsSortedAndUnique() {
        const auto& list = EndpointTable::regions();
        QVERIFY(list.size() >= 20);
        for (qsizetype i = 1; i < list.size(); ++i)
            QVERIFY2(list[i - 1].code < list[i].code, qPrintable(list[i].code));
        for (const RegionInfo& r : list) {
            QVERIFY(!r.displayName.isEmpty());
            QVERIFY(r.dbss || r.drs || r.das);
        }
    }

    void displayNames_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("beijing4") << "cn-north-4"
                                  << "CN North-Beijing4";
        QTest::newRow("hongkong") << "ap-southeast-1"
                                  << "CN-Hong Kong";
        QTest::newRow("shanghai1") << "cn-east-3"
                                   << "CN East-Shanghai1";
        QTest::newRow("guangzhou") << "cn-south-1"
                                   << "CN South-Guangzhou";
        QTest::newRow("singapore") << "ap-southeast-3"
                                   << "AP-Singapore";
        QTest::newRow("istanbul") << "tr-west-1"
                                  << "TR-Istanbul";
    }
    void displayNames() {
        QFETCH(QString, code);
        QFETCH(QString, name);
        const auto info = EndpointTable::region(code);
        QVERIFY(info.has_value());
        QCOMPARE(info->displayName, name);
    }

    // The names go through the translator (context "Regions"); displayName stays English.
    void namesAreTranslated() {
        class Chinese : public QTranslator {
        public:
            bool isEmpty() const override { return false; }
            QString translate(const char* context, const char* source, const char*, int) const override {
                return qstrcmp(context, "Regions") == 0 && qstrcmp(source, "CN North-Beijing4") == 0
                           ? QStringLiteral("华北-北京四")
                           : QString();
            }
        } chinese;
        const auto info = EndpointTable::region(QStringLiteral("cn-north-4"));
        QVERIFY(info.has_value());
        QCOMPARE(info->localName(), QStringLiteral("CN North-Beijing4"));
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        QCOMPARE(info->localName(), QStringLiteral("华北-北京四"));
        QCOMPARE(info->label(), QStringLiteral("cn-north-4 — 华北-北京四"));
        QCOMPARE(info->displayName, QStringLiteral("CN North-Beijing4"));
        QCOMPARE(EndpointTable::region(QStringLiteral("cn-east-3"))->localName(),
                 QStringLiteral("CN East-Shanghai1")); // untranslated: the English name
        QCoreApplication::removeTranslator(&chinese);
    }

    void availability() {
        // From the SDK region files: DAS only in a few regions, DBSS not in eu-west-101.
        QVERIFY(EndpointTable::region(QStringLiteral("cn-north-4"))->offers(Service::Das));
        QVERIFY(!EndpointTable::region(QStringLiteral("ap-southeast-1"))->offers(Service::Das));
        QVERIFY(EndpointTable::region(QStringLiteral("me-east-1"))->offers(Service::Dbss));
        QVERIFY(!EndpointTable::region(QStringLiteral("eu-west-101"))->offers(Service::Dbss));
        QVERIFY(EndpointTable::region(QStringLiteral("eu-west-101"))->offers(Service::Drs));
        QVERIFY(EndpointTable::region(QStringLiteral("la-south-2"))->offers(Service::Iam));
        QVERIFY(!EndpointTable::region(QStringLiteral("xx-nowhere-1")).has_value());
    }

    void defaultEndpoints_data() {
        QTest::addColumn<int>("service");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("url");
        QTest::newRow("dbss") << int(Service::Dbss) << "cn-north-4"
                              << "https://dbss.cn-north-4.myhuaweicloud.com";
        QTest::newRow("drs") << int(Service::Drs) << "ap-southeast-2"
                             << "https://drs.ap-southeast-2.myhuaweicloud.com";
        QTest::newRow("das") << int(Service::Das) << "cn-east-3"
                             << "https://das.cn-east-3.myhuaweicloud.com";
        QTest::newRow("iam global") << int(Service::Iam) << "cn-north-4"
                                    << "https://iam.myhuaweicloud.com";
        QTest::newRow("eu site drs") << int(Service::Drs) << "eu-west-101"
                                     << "https://drs.eu-west-101.myhuaweicloud.eu";
        QTest::newRow("eu site iam") << int(Service::Iam) << "eu-west-101"
                                     << "https://iam.myhuaweicloud.eu";
        QTest::newRow("unknown region") << int(Service::Dbss) << "xx-new-9"
                                        << "https://dbss.xx-new-9.myhuaweicloud.com";
        QTest::newRow("bad code") << int(Service::Dbss) << "evil.com/x?"
                                  << "";
        QTest::newRow("empty") << int(Service::Dbss) << ""
                               << "";
    }
    void defaultEndpoints() {
        QFETCH(int, service);
        QFETCH(QString, region);
        QFETCH(QString, url);
        QCOMPARE(EndpointTable::defaultEndpoint(Service(service), region).toString(), url);
    }

    void overridesWin() {
        QHash<Service, QUrl> overrides;
        overrides.insert(Service::Dbss, QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(EndpointTable::endpoint(Service::Dbss, QStringLiteral("cn-north-4"), overrides),
                 QUrl(QStringLiteral("http://127.0.0.1:8080")));
        // Only the overridden service changes.
        QCOMPARE(EndpointTable::endpoint(Service::Das, QStringLiteral("cn-north-4"), overrides),
                 QUrl(QStringLiteral("https://das.cn-north-4.myhuaweicloud.com")));
        overrides.insert(Service::Iam, QUrl());
        QCOMPARE(EndpointTable::endpoint(Service::Iam, QStringLiteral("cn-north-4"), overrides),
                 QUrl(QStringLiteral("https://iam.myhuaweicloud.com")));
    }
};

QTEST_GUILESS_MAIN(TestEndpointTable)
#include "tst_endpointtable.moc"
