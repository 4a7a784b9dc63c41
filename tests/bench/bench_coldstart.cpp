// `dbss-console --sandbox` cold start: from starting the process to the instances list loaded
// (the InstancesModel's first completed load, logged by the dbss.models category), median of runs.
//   bench_coldstart [--small] [RUNS]   (default 5; --small: 1, for ctest)

#include "BenchSupport.h"

#include <QProcess>

#include <algorithm>
#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool small = args.removeAll(QStringLiteral("--small")) > 0;
    const int runs = dbss::bench::sizesFrom(args, {small ? 1 : 5}).first();
    const QString bin = qEnvironmentVariableIsEmpty("DBSS_CONSOLE_BIN")
                            ? QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/dbss-console")
                            : qEnvironmentVariable("DBSS_CONSOLE_BIN");
    std::vector<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("dbss.models.info=true"));
        p.setProcessEnvironment(env);
        QByteArray err;
        qint64 ms = -1;
        QElapsedTimer timer;
        timer.start();
        p.start(bin, {QStringLiteral("--sandbox")});
        while (ms < 0 && timer.elapsed() < 60000 && p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(50);
            err += p.readAllStandardError();
            if (err.contains("InstancesModel: ") && err.contains(" rows loaded"))
                ms = timer.elapsed();
        }
        p.kill();
        p.waitForFinished(5000);
        if (ms < 0) {
            std::fprintf(stderr, "the console did not show its instances:\n%s\n", err.constData());
            return 1;
        }
        times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    std::printf("console_cold_start_to_instances %lld ms\n", static_cast<long long>(times[times.size() / 2]));
    return 0;
}
