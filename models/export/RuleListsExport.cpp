#include "models/export/RuleListsExport.h"

#include "models/tables/AuditScopesModel.h"
#include "models/tables/MaskingRulesModel.h"
#include "models/tables/RiskRulesModel.h"
#include "models/tables/SqlInjectionRulesModel.h"

#include <QDir>
#include <QSaveFile>

namespace dbss::models {

RuleListsExport::RuleListsExport(api::ApiClient* client, QString instanceId, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_instanceId(std::move(instanceId)) {}

RuleListsExport::~RuleListsExport() = default; // the lists' models cancel their requests

QStringList RuleListsExport::listNames() {
    return {QStringLiteral("audit_scopes"), QStringLiteral("sql_injection_rules"),
            QStringLiteral("risk_rules"), QStringLiteral("masking_rules")};
}

void RuleListsExport::start(const QString& target, Layout layout, const CsvOptions& options) {
    if (m_running || !m_client)
        return;
    m_running = true;
    m_target = target;
    m_layout = layout;
    m_options = options;
    m_options.columns.clear(); // four different tables: every column of each
    m_lists.clear();

    auto scopes = std::make_unique<AuditScopesModel>(m_client);
    auto injections = std::make_unique<SqlInjectionRulesModel>(m_client);
    auto risks = std::make_unique<RiskRulesModel>(m_client);
    auto masks = std::make_unique<MaskingRulesModel>(m_client);
    for (RemoteTableModel* m :
         {static_cast<RemoteTableModel*>(scopes.get()), static_cast<RemoteTableModel*>(injections.get()),
          static_cast<RemoteTableModel*>(risks.get()), static_cast<RemoteTableModel*>(masks.get())})
        connect(m, &RemoteTableModel::loadingChanged, this, [this](bool loading) {
            if (!loading)
                onListLoaded();
        });
    m_lists.push_back(std::move(scopes));
    m_lists.push_back(std::move(injections));
    m_lists.push_back(std::move(risks));
    m_lists.push_back(std::move(masks));
    // setInstance() starts every load; each ends with loadingChanged(false).
    static_cast<AuditScopesModel*>(m_lists[0].get())->setInstance(m_instanceId);
    static_cast<SqlInjectionRulesModel*>(m_lists[1].get())->setInstance(m_instanceId);
    static_cast<RiskRulesModel*>(m_lists[2].get())->setInstance(m_instanceId);
    static_cast<MaskingRulesModel*>(m_lists[3].get())->setInstance(m_instanceId);
    Q_EMIT progress(0, int(m_lists.size()));
}

void RuleListsExport::cancel() {
    if (!m_running)
        return;
    for (auto& list : m_lists) {
        list->disconnect(this);
        list->cancel();
    }
    end(false, tr("cancelled"));
}

void RuleListsExport::onListLoaded() {
    if (!m_running)
        return;
    int done = 0;
    for (const auto& list : m_lists) {
        if (list->isLoading())
            continue;
        if (list->lastError().isError()) {
            end(false, tr("could not load a list: %1").arg(list->lastError().userMessage()));
            return;
        }
        ++done;
    }
    Q_EMIT progress(done, int(m_lists.size()));
    if (done < int(m_lists.size()))
        return;
    QString error;
    QStringList files;
    bool ok = false;
    if (m_layout == Layout::FilePerList) {
        ok = writeFiles(&files, &error);
    } else {
        ok = writeOneFile(&error);
        if (ok)
            files << m_target;
    }
    end(ok, error, files);
}

bool RuleListsExport::writeFiles(QStringList* files, QString* error) const {
    const QDir dir(m_target);
    if (!dir.exists()) {
        *error = tr("the folder %1 does not exist").arg(m_target);
        return false;
    }
    const CsvExporter exporter(m_options);
    const QStringList names = listNames();
    for (size_t i = 0; i < m_lists.size(); ++i) {
        const QString path =
            dir.filePath(m_instanceId + QLatin1Char('-') + names[qsizetype(i)] + QLatin1String(".csv"));
        if (!exporter.writeFile(*m_lists[i], path, error))
            return false;
        *files << path;
    }
    return true;
}

bool RuleListsExport::writeOneFile(QString* error) const {
    const CsvExporter exporter(m_options);
    QStringList titles; // union of the lists' column titles, in order of first appearance
    for (const auto& list : m_lists)
        for (const QString& title : exporter.headerFields(*list))
            if (!titles.contains(title))
                titles << title;

    QByteArray out;
    if (m_options.bom)
        out += QByteArrayLiteral("\xEF\xBB\xBF");
    if (m_options.header)
        out += exporter.record(QStringList{QStringLiteral("list")} + titles).toUtf8() + "\r\n";
    const QStringList names = listNames();
    for (size_t i = 0; i < m_lists.size(); ++i) {
        const QStringList own = exporter.headerFields(*m_lists[i]);
        for (int row = 0; row < m_lists[i]->rowCount(); ++row) {
            const QStringList values = exporter.rowFields(*m_lists[i], row);
            QStringList fields(titles.size() + 1);
            fields[0] = names[qsizetype(i)];
            for (qsizetype c = 0; c < own.size(); ++c)
                fields[titles.indexOf(own[c]) + 1] = values[c];
            out += exporter.record(fields).toUtf8() + "\r\n";
        }
    }
    QSaveFile file(m_target);
    if (!file.open(QIODevice::WriteOnly) || !CsvExporter::writeAll(&file, out, error) || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(m_target, file.errorString());
        return false;
    }
    return true;
}

void RuleListsExport::end(bool ok, const QString& error, const QStringList& files) {
    m_running = false;
    Q_EMIT finished(ok, error, files);
}

} // namespace dbss::models
