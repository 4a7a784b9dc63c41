// dbss-docshots: renders every form of the console against an in-process sandbox and saves a PNG
// of each into a folder (docs/ by scripts/screenshots). A documentation tool, not a test.
#include "models/api/ApiClient.h"
#include "models/api/Instances.h"
#include "models/credentials/ConnectionProbe.h"
#include "models/credentials/MemorySecretStore.h"
#include "models/credentials/Profile.h"
#include "models/credentials/ProfileStore.h"
#include "sandbox/SandboxServer.h"
#include "views/AddDatabaseDialog.h"
#include "views/AddRdsDatabasesDialog.h"
#include "views/AuditScopeDialog.h"
#include "views/BuyInstanceWizard.h"
#include "views/DasConnectionDialog.h"
#include "views/DrsConnectionDialog.h"
#include "views/ProfileDialog.h"
#include "views/SecurityGroupsDialog.h"
#include "views/TagsDialog.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dbss;

namespace {

bool save(QWidget* w, const QString& dir, const QString& name) {
    w->show();
    w->adjustSize();
    QTest::qWait(300); // let layouts settle and pending replies arrive
    const QString path = QDir(dir).filePath(name);
    const bool ok = w->grab().save(path);
    fprintf(stderr, "%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    w->close();
    return ok;
}

void type(QWidget* dialog, const char* field, const QString& text) {
    if (auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(field)))
        edit->setText(text);
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs");
    QDir().mkpath(out);

    sandbox::SandboxServer server{sandbox::SandboxOptions{}};
    QString error;
    if (!server.listen(QHostAddress::LocalHost, 0, &error)) {
        fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    api::ClientConfig config;
    config.region = server.options().region;
    config.projectId = server.options().projectId;
    config.ak = server.options().ak;
    config.sk = server.options().sk;
    for (api::Service s : {api::Service::Dbss, api::Service::Iam, api::Service::Drs, api::Service::Das})
        config.endpointOverrides.insert(s, server.baseUrl());
    api::ApiClient client(config);

    // The first running instance of the demo account.
    QString instance;
    QString resourceId;
    QString securityGroup;
    api::ApiReply* reply = client.send(api::listAuditInstances(0, 100));
    QSignalSpy listed(reply, &api::ApiReply::finished);
    listed.wait(5000);
    for (const QJsonValue& v : reply->json().object().value(QLatin1String("servers")).toArray())
        if (instance.isEmpty() &&
            v.toObject().value(QLatin1String("status")).toString() == QLatin1String("ACTIVE")) {
            instance = v.toObject().value(QLatin1String("id")).toString();
            resourceId = v.toObject().value(QLatin1String("resource_id")).toString();
            securityGroup = v.toObject().value(QLatin1String("security_group_id")).toString();
        }

    bool ok = true;
    {
        views::AddDatabaseDialog dialog(&client, instance);
        type(&dialog, "name", QStringLiteral("orders"));
        type(&dialog, "ip", QStringLiteral("192.168.0.300")); // shows a field error
        type(&dialog, "port", QStringLiteral("3306"));
        dialog.show();
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        ok &= save(&dialog, out, QStringLiteral("form-add-database.png"));
    }
    {
        views::AddRdsDatabasesDialog dialog(&client, instance);
        QSignalSpy loaded(&dialog, &views::AddRdsDatabasesDialog::candidatesLoaded);
        dialog.show();
        loaded.wait(5000);
        ok &= save(&dialog, out, QStringLiteral("form-add-rds-databases.png"));
    }
    {
        views::AuditScopeDialog dialog(&client, instance);
        QSignalSpy loaded(&dialog, &views::AuditScopeDialog::databasesLoaded);
        dialog.show();
        loaded.wait(5000);
        type(&dialog, "rule_name", QStringLiteral("payments-admins"));
        ok &= save(&dialog, out, QStringLiteral("form-audit-scope.png"));
    }
    {
        views::DrsConnectionDialog dialog(&client);
        ok &= save(&dialog, out, QStringLiteral("form-drs-connection.png"));
    }
    {
        views::DasConnectionDialog dialog(&client);
        ok &= save(&dialog, out, QStringLiteral("form-das-connection.png"));
    }
    {
        views::BuyInstanceWizard wizard(&client);
        wizard.setMinimumWidth(680);
        ok &= save(&wizard, out, QStringLiteral("form-buy-instance.png"));
    }
    {
        views::TagsDialog dialog(&client, resourceId);
        ok &= save(&dialog, out, QStringLiteral("form-tags.png"));
    }
    {
        views::SecurityGroupsDialog dialog(&client, instance, securityGroup);
        ok &= save(&dialog, out, QStringLiteral("form-security-groups.png"));
    }
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        credentials::MemorySecretStore secrets;
        credentials::ProfileStore store(&settings, &secrets);
        credentials::Profile prod;
        prod.name = QStringLiteral("prod-beijing");
        prod.region = QStringLiteral("cn-north-4");
        prod.projectId = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
        store.save(prod);
        credentials::Profile hk = prod;
        hk.name = QStringLiteral("staging-hongkong");
        hk.region = QStringLiteral("ap-southeast-1");
        hk.authKind = api::AuthKind::IamPassword;
        hk.iamUser = QStringLiteral("ops-admin");
        hk.iamDomain = QStringLiteral("example-corp");
        hk.resolveProjectId = true;
        store.save(hk);
        views::ProfileDialog dialog(&store, &credentials::probeConnection);
        dialog.selectProfile(QStringLiteral("staging-hongkong"));
        dialog.resize(820, 560);
        ok &= save(&dialog, out, QStringLiteral("form-profiles.png"));
    }
    return ok ? 0 : 1;
}
