// RetryPolicy: the one retry decision of the client, as a table (issue 18 item 4, issue 19).

#include "models/api/RetryPolicy.h"

#include <QtTest>

using dbss::api::ApiError;
using dbss::api::RetryPolicy;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(ApiError::Kind)

class TestRetryPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decision_data() {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<int>("expected"); // -1: give up

        // base 500 ms, max 3 retries, backoff cap 30 s, Retry-After cap 60 s
        QTest::newRow("network, 1st, no jitter")
            << 1 << Kind::Network << 0 << true << QByteArray() << 0.0 << 250;
        QTest::newRow("network, 1st, full jitter")
            << 1 << Kind::Network << 0 << true << QByteArray() << 0.999 << 499;
        QTest::newRow("timeout, 2nd") << 2 << Kind::Timeout << 0 << true << QByteArray() << 0.0 << 500;
        QTest::newRow("503, 3rd, half jitter")
            << 3 << Kind::Http << 503 << true << QByteArray() << 0.5 << 1500;
        QTest::newRow("503, after max retries")
            << 4 << Kind::Http << 503 << true << QByteArray() << 0.0 << -1;
        QTest::newRow("429") << 1 << Kind::Http << 429 << true << QByteArray() << 0.0 << 250;
        QTest::newRow("502") << 1 << Kind::Http << 502 << true << QByteArray() << 0.0 << 250;
        QTest::newRow("504") << 1 << Kind::Http << 504 << true << QByteArray() << 0.0 << 250;
        QTest::newRow("500 is not transient") << 1 << Kind::Http << 500 << true << QByteArray() << 0.0 << -1;
        QTest::newRow("400") << 1 << Kind::Http << 400 << true << QByteArray() << 0.0 << -1;
        QTest::newRow("401") << 1 << Kind::Http << 401 << true << QByteArray() << 0.0 << -1;
        QTest::newRow("redirect") << 1 << Kind::Http << 302 << true << QByteArray() << 0.0 << -1;
        QTest::newRow("mutation, network") << 1 << Kind::Network << 0 << false << QByteArray() << 0.0 << -1;
        QTest::newRow("mutation, 503") << 1 << Kind::Http << 503 << false << QByteArray("1") << 0.0 << -1;
        QTest::newRow("mutation, timeout") << 1 << Kind::Timeout << 0 << false << QByteArray() << 0.0 << -1;
        QTest::newRow("tls") << 1 << Kind::Tls << 0 << true << QByteArray() << 0.0 << -1;
        QTest::newRow("parse") << 1 << Kind::Parse << 200 << true << QByteArray() << 0.0 << -1;
        QTest::newRow("too large") << 1 << Kind::TooLarge << 200 << true << QByteArray() << 0.0 << -1;
        QTest::newRow("cancelled") << 1 << Kind::Cancelled << 0 << true << QByteArray() << 0.0 << -1;
        QTest::newRow("usage") << 1 << Kind::Usage << 0 << true << QByteArray() << 0.0 << -1;
        QTest::newRow("Retry-After seconds")
            << 1 << Kind::Http << 503 << true << QByteArray("7") << 0.9 << 7000;
        QTest::newRow("Retry-After 0") << 1 << Kind::Http << 429 << true << QByteArray(" 0 ") << 0.9 << 0;
        QTest::newRow("Retry-After capped")
            << 1 << Kind::Http << 503 << true << QByteArray("3600") << 0.0 << 60000;
        QTest::newRow("Retry-After HTTP-date")
            << 1 << Kind::Http << 503 << true << QByteArray("Wed, 02 Dec 2026 12:00:10 GMT") << 0.0 << 10000;
        QTest::newRow("Retry-After date in the past")
            << 1 << Kind::Http << 503 << true << QByteArray("Wed, 02 Dec 2026 11:00:00 GMT") << 0.0 << 0;
        QTest::newRow("Retry-After unreadable: backoff")
            << 2 << Kind::Http << 503 << true << QByteArray("soon") << 0.0 << 500;
        QTest::newRow("Retry-After negative: backoff")
            << 1 << Kind::Http << 503 << true << QByteArray("-5") << 0.0 << 250;
        QTest::newRow("Retry-After ignored for network")
            << 1 << Kind::Network << 0 << true << QByteArray("9") << 0.0 << 250;
        QTest::newRow("attempt 0 is no attempt")
            << 0 << Kind::Network << 0 << true << QByteArray() << 0.0 << -1;
    }

    void decision() {
        QFETCH(int, attempt);
        QFETCH(Kind, kind);
        QFETCH(int, status);
        QFETCH(bool, readOnly);
        QFETCH(QByteArray, retryAfter);
        QFETCH(double, jitter);
        QFETCH(int, expected);
        const RetryPolicy policy; // the defaults are part of what is tested
        RetryPolicy::Attempt a;
        a.attempt = attempt;
        a.kind = kind;
        a.httpStatus = status;
        a.readOnly = readOnly;
        a.retryAfter = retryAfter;
        a.now = QDateTime(QDate(2026, 12, 2), QTime(12, 0, 0), Qt::UTC);
        a.jitter = jitter;
        const std::optional<int> delay = policy.delayMs(a);
        QCOMPARE(delay.value_or(-1), expected);
    }

    void backoff_isCapped() {
        RetryPolicy policy;
        policy.maxRetries = 40;
        RetryPolicy::Attempt a;
        a.kind = Kind::Network;
        a.jitter = 0.999999;
        int previous = 0;
        for (int n = 1; n <= 40; ++n) {
            a.attempt = n;
            const int delay = policy.delayMs(a).value_or(-1);
            QVERIFY2(delay >= previous, qPrintable(QString::number(n)));
            QVERIFY(delay <= policy.maxDelayMs);
            previous = delay;
        }
        QVERIFY(previous > policy.maxDelayMs / 2);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
