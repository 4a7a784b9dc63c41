#include "sandbox/store/Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace dbss::sandbox {

static const QString kFormat = QStringLiteral("dbss-sandbox-state");
static constexpr int kVersion = 1;

bool Store::load(bool* loaded, QString* error) {
    *loaded = false;
    if (m_stateFile.isEmpty() || !QFile::exists(m_stateFile))
        return true;
    QFile file(m_stateFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read state file %1: %2").arg(m_stateFile, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QString refuse = QStringLiteral("state file %1 is corrupt (%2); refusing to start and leaving it "
                                          "untouched: fix or remove it");
    if (doc.isNull()) {
        *error = refuse.arg(m_stateFile, QStringLiteral("JSON error at offset %1: %2")
                                             .arg(parseError.offset)
                                             .arg(parseError.errorString()));
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat ||
        root.value(QStringLiteral("version")).toInt() != kVersion ||
        !root.value(QStringLiteral("projects")).isArray()) {
        *error =
            refuse.arg(m_stateFile, QStringLiteral("not a version %1 %2 file").arg(kVersion).arg(kFormat));
        return false;
    }
    QMap<QString, ProjectData> projects;
    for (const QJsonValue& v : root.value(QStringLiteral("projects")).toArray()) {
        ProjectData p = ProjectData::fromJson(v.toObject());
        if (p.projectId.isEmpty()) {
            *error = refuse.arg(m_stateFile, QStringLiteral("a project without project_id"));
            return false;
        }
        projects.insert(p.projectId, std::move(p));
    }
    m_projects = std::move(projects);
    *loaded = true;
    return true;
}

bool Store::save(QString* error) const {
    if (m_stateFile.isEmpty())
        return true;
    QJsonArray projects;
    for (const ProjectData& p : m_projects)
        projects.append(p.toJson());
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("projects"), projects}};
    QSaveFile file(m_stateFile);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write state file %1: %2").arg(m_stateFile, file.errorString());
        return false;
    }
    return true;
}

ProjectData& Store::project(const QString& projectId) {
    auto it = m_projects.find(projectId);
    if (it == m_projects.end()) {
        ProjectData p;
        p.projectId = projectId;
        it = m_projects.insert(projectId, std::move(p));
    }
    return it.value();
}

void Store::setProject(ProjectData data) {
    const QString id = data.projectId;
    m_projects.insert(id, std::move(data));
}

QString Store::newId(ProjectData& project) {
    const QByteArray seed = project.projectId.toUtf8() + '/' + QByteArray::number(project.nextSequence++);
    const QByteArray hash = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toBase64(QByteArray::Base64UrlEncoding).left(20));
}

QString Store::timestamp(const QDateTime& utc) {
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void Store::log(ProjectData& project, InstanceRecord& instance, const QString& user, const QString& function,
                const QString& action, const QString& name, const QString& description,
                const QString& result) {
    instance.operateLog.append({newId(project), user, QDateTime::currentSecsSinceEpoch(), function, action,
                                name, description, result});
}

} // namespace dbss::sandbox
