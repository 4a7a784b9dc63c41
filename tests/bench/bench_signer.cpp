// Figures for request signing (SDK-HMAC-SHA256): signatures per second for a list request and for
// POST bodies of growing size (the body hash dominates there). Typed JSON parsing figures are in
// bench_api.
//   bench_signer [ITERATIONS]     (default 20000)

#include "BenchSupport.h"

#include "models/api/Signer.h"

#include <QDateTime>

#include <cstdio>

using dbss::api::HeaderList;
using dbss::api::Signer;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int iterations = dbss::bench::sizesFrom(app.arguments(), {20000}).first();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QUrl listUrl(
        QStringLiteral("https://dbss.eu-de.otc.t-systems.com/v1/0a1b2c3d4e5f60718293a4b5c6d7e8f9/"
                       "dbss/audit/instances?offset=100&limit=100&name=prod%20audit"));
    const QUrl postUrl(
        QStringLiteral("https://dbss.eu-de.otc.t-systems.com/v1/0a1b2c3d4e5f60718293a4b5c6d7e8f9/"
                       "8c53ed03-8ed7-4ff2-ad97-7b2d6d1dd364/dbss/audit/operate-log"));
    std::printf("Signer::authorize (canonical request + HMAC), %d iterations each\n", iterations);
    const struct {
        const char* what;
        const QUrl* url;
        qsizetype body;
    } cases[] = {{"GET list, no body", &listUrl, 0},
                 {"POST 200 B body", &postUrl, 200},
                 {"POST 10 kB body", &postUrl, 10 * 1024},
                 {"POST 1 MB body", &postUrl, 1024 * 1024}};
    qsizetype checksum = 0;
    for (const auto& c : cases) {
        const QByteArray body(c.body, 'x');
        const int n = c.body >= 1024 * 1024 ? std::max(1, iterations / 200) : iterations;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < n; ++i) {
            HeaderList headers{{"Host", "dbss.eu-de.otc.t-systems.com"},
                               {"Content-Type", "application/json"}};
            checksum +=
                Signer::authorize(c.body ? "POST" : "GET", *c.url, headers, body, "TESTAK00000000000001",
                                  "TestSecretKey000000000000000000000000001", now)
                    .size();
        }
        const qint64 ns = std::max<qint64>(1, timer.nsecsElapsed());
        std::printf("  %-20s %7d signatures  %7.1f ms  %8.2f us/signature  %9.0f signatures/s%s\n", c.what, n,
                    double(ns) / 1e6, double(ns) / 1e3 / n, n * 1e9 / double(ns),
                    c.body ? qPrintable(QStringLiteral("  %1 MB/s body")
                                            .arg(dbss::bench::mb(c.body) * n * 1e9 / double(ns), 0, 'f', 1))
                           : "");
    }
    return checksum > 0 ? 0 : 1;
}
