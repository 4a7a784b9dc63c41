// The Debian package as a user gets it: unpacked into a throwaway root (dpkg-deb -x, nothing is
// installed on the machine), then the installed programs run from there — dbssctl and dbss-sandbox
// talking to each other, dbss-console's --version without a display — and the desktop files,
// man pages, icons, translations and bash completion checked with the tools distributions use.
#include "tests/common/SandboxProcess.h"
#include "tests/e2e/CtlRunner.h"

#include <DbssVersion.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dbss::test;

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& args,
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        p.kill();
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestPackage : public QObject {
    Q_OBJECT
    QTemporaryDir m_root;
    QString m_deb;

    QString path(const QString& relative) const { return m_root.filePath(relative); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_root.isValid());
        const QDir dir(qEnvironmentVariable("DBSS_PACKAGE_DIR"));
        const QStringList debs =
            dir.entryList({QStringLiteral("dbss-console_*.deb")}, QDir::Files, QDir::Time);
        QVERIFY2(
            !debs.isEmpty(),
            qPrintable(QStringLiteral("no .deb in %1 (the package_deb test builds it)").arg(dir.path())));
        m_deb = dir.filePath(debs.first());
        const Run x = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root.path()});
        QVERIFY2(x.code == 0, x.err.constData());
    }

    void controlFields() {
        const Run f = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Package"),
                                                       QStringLiteral("Version"), QStringLiteral("Depends")});
        QVERIFY2(f.code == 0, f.err.constData());
        QVERIFY(f.out.contains("Package: dbss-console\n"));
        QVERIFY(f.out.contains("Version: " DBSS_VERSION "\n"));
        // Computed by dpkg-shlibdeps from the binaries, not written by hand.
        for (const char* lib :
             {"libqt6core6", "libqt6widgets6", "libqt6network6", "libqt6keychain1", "libc6"})
            QVERIFY2(f.out.contains(lib), f.out.constData());
    }

    void installedProgramsTellTheirVersion() {
        QProcessEnvironment noDisplay = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            noDisplay.remove(QLatin1String(name));
        for (const char* program : {"dbssctl", "dbss-sandbox", "dbss-console"}) {
            const Run v = run(path(QStringLiteral("usr/bin/")) + QLatin1String(program),
                              {QStringLiteral("--version")}, noDisplay);
            QVERIFY2(v.code == 0, v.err.constData());
            QCOMPARE(v.out, QByteArray(program) + " " DBSS_VERSION "\n");
        }
    }

    void installedSandboxServesInstalledDbssctl() {
        qputenv("DBSS_SANDBOX_BIN", path(QStringLiteral("usr/bin/dbss-sandbox")).toLocal8Bit());
        qputenv("DBSSCTL_BIN", path(QStringLiteral("usr/bin/dbssctl")).toLocal8Bit());
        SandboxProcess sb;
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        const CtlResult r =
            runCtl({QStringLiteral("--endpoint"), sb.url().toString(), QStringLiteral("--ak"), sb.ak(),
                    QStringLiteral("--sk"), sb.sk(), QStringLiteral("--project-id"), sb.projectId(),
                    QStringLiteral("instances"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out).array().size() > 0);
    }

    void desktopEntryAndMetainfoValidate() {
        const QString id = QStringLiteral("io.github.dbssconsole.DbssConsole");
        const Run desktop = run(QStringLiteral("desktop-file-validate"),
                                {path(QStringLiteral("usr/share/applications/%1.desktop").arg(id))});
        QVERIFY2(desktop.code == 0 && !desktop.out.contains("error"), desktop.out + desktop.err);
        const QString metainfo = path(QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(id));
        const Run appstream = run(QStringLiteral("appstreamcli"),
                                  {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
        QVERIFY2(appstream.code == 0, appstream.out + appstream.err);
        QFile xml(metainfo);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        QVERIFY(xml.readAll().contains("<release version=\"" DBSS_VERSION "\""));
        QVERIFY(QFile::exists(path(QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(id))));
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QImage icon(
                path(QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(id)));
            QCOMPARE(icon.size(), QSize(size, size));
        }
    }

    void manPagesFormatWithoutWarnings() {
        for (const char* page : {"dbssctl", "dbss-sandbox", "dbss-console"}) {
            const QString file = path(QStringLiteral("usr/share/man/man1/%1.1.gz").arg(QLatin1String(page)));
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
            const Run man = run(
                QStringLiteral("man"),
                {QStringLiteral("--warnings"), QStringLiteral("-l"), QStringLiteral("-Tutf8"), file}, env);
            QVERIFY2(man.code == 0 && man.err.isEmpty(), man.err.constData());
            QString text = QString::fromUtf8(man.out);
            text.remove(QRegularExpression(QStringLiteral(".\\x08"))); // overstrike bold and underline
            QVERIFY2(text.contains(QLatin1String("SYNOPSIS")), qPrintable(text.left(300)));
            const Run whatis = run(QStringLiteral("lexgrog"), {file});
            QVERIFY2(whatis.code == 0, whatis.out.constData());
        }
    }

    // The console prefers the .qm files of its install prefix to the copy compiled into it: with
    // the installed Chinese file replaced by the English one, --help comes out in English.
    void translationsComeFromThePrefix() {
        const QString dir = path(QStringLiteral("usr/share/dbss-console/translations/"));
        const QString zh = dir + QStringLiteral("dbss-console_zh_CN.qm");
        QVERIFY(QFile::exists(zh));
        const QString console = path(QStringLiteral("usr/bin/dbss-console"));
        const QStringList args{QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")};
        Run help = run(console, args);
        QVERIFY2(help.code == 0, help.err.constData());
        QVERIFY2(help.out.contains("华为云"), help.out.constData());
        QVERIFY(QFile::remove(zh));
        QVERIFY(QFile::copy(dir + QStringLiteral("dbss-console_en.qm"), zh));
        help = run(console, args);
        QVERIFY(help.out.contains("Desktop console for Huawei Cloud"));
    }

    void bashCompletion() {
        const QString script = path(QStringLiteral("usr/share/bash-completion/completions/dbssctl"));
        QVERIFY(QFile::exists(script));
        // Completes like an interactive shell would: areas, verbs, options of the command.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"),
                   path(QStringLiteral("usr/bin")) + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        auto complete = [&](const QString& line) {
            const QString program =
                QStringLiteral(
                    "source /usr/share/bash-completion/bash_completion; source '%1'; "
                    "COMP_LINE='%2'; COMP_POINT=${#COMP_LINE}; read -ra COMP_WORDS <<<\"$COMP_LINE\"; "
                    "[[ $COMP_LINE == *' ' ]] && COMP_WORDS+=(''); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); "
                    "_dbssctl; printf '%s\\n' \"${COMPREPLY[@]}\"")
                    .arg(script, line);
            const Run r = run(QStringLiteral("bash"), {QStringLiteral("-c"), program}, env);
            return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        };
        QVERIFY(complete(QStringLiteral("dbssctl ")).contains(QStringLiteral("instances")));
        QVERIFY(complete(QStringLiteral("dbssctl ")).contains(QStringLiteral("profile")));
        QCOMPARE(complete(QStringLiteral("dbssctl ru")), QStringList{QStringLiteral("rules")});
        const QStringList riskVerbs = complete(QStringLiteral("dbssctl rules risk "));
        QVERIFY(riskVerbs.contains(QStringLiteral("switch")));
        QVERIFY(riskVerbs.contains(QStringLiteral("list")));
        QVERIFY(
            complete(QStringLiteral("dbssctl rules risk switch --")).contains(QStringLiteral("--instance")));
        QVERIFY(complete(QStringLiteral("dbssctl --pro")).contains(QStringLiteral("--proxy")));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
