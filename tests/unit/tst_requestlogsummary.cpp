// RequestLogEntry::summary() shows percent-encoded URLs unchanged (no "%26" taken as an argument).

#include "models/api/RequestLogEntry.h"

#include <QtTest>

using namespace dbss::api;

class TestRequestLogSummary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodedUrlKept() {
        RequestLogEntry e;
        e.method = "GET";
        e.url = QStringLiteral(
            "https://dbss.cn-north-4.myhuaweicloud.com/v1/p/i/dbss/audit/rule/risk?name=a%2Bb%20c%26d%3De");
        e.httpStatus = 200;
        e.durationMs = 12;
        e.requestId = QStringLiteral("rid");
        QCOMPARE(e.summary(),
                 QStringLiteral("GET https://dbss.cn-north-4.myhuaweicloud.com/v1/p/i/dbss/audit/rule/"
                                "risk?name=a%2Bb%20c%26d%3De -> 200 (12 ms) [rid]"));
    }
    void noAnswer() {
        RequestLogEntry e;
        e.method = "POST";
        e.url = QStringLiteral("http://127.0.0.1:1/x%1");
        e.attempt = 2;
        QCOMPARE(e.summary(), QStringLiteral("POST http://127.0.0.1:1/x%1 -> no answer (0 ms) attempt 2"));
    }
};

QTEST_GUILESS_MAIN(TestRequestLogSummary)
#include "tst_requestlogsummary.moc"
