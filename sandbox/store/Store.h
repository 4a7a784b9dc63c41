#pragma once

#include "sandbox/store/ProjectData.h"

#include <QDateTime>
#include <QMap>
#include <QString>

namespace dbss::sandbox {

// All sandbox data, per project, and its JSON state file (--state). Lives on the server's
// thread; requests are handled one at a time there, so no locking is needed.
class Store {
public:
    explicit Store(QString stateFile = {})
        : m_stateFile(std::move(stateFile)) {}

    // Loads the state file if it exists. *loaded says whether it did. A file that exists but
    // cannot be parsed is an error and is left untouched.
    bool load(bool* loaded, QString* error);
    bool save(QString* error) const; // atomic (QSaveFile); no-op without a state file

    bool hasProject(const QString& projectId) const { return m_projects.contains(projectId); }
    ProjectData& project(const QString& projectId); // created empty on first use
    void setProject(ProjectData data);

    // Deterministic 20-character ids in the style of the documents' examples.
    static QString newId(ProjectData& project);
    // Appends an operation-log row (001 3.1.6) to the instance.
    static void log(ProjectData& project, InstanceRecord& instance, const QString& user,
                    const QString& function, const QString& action, const QString& name,
                    const QString& description, const QString& result = QStringLiteral("success"));
    static QString timestamp(const QDateTime& utc); // "yyyy-MM-dd HH:mm:ss", as the documents show

private:
    QString m_stateFile;
    QMap<QString, ProjectData> m_projects;
};

} // namespace dbss::sandbox
