#pragma once

#include "sandbox/store/ProjectData.h"
#include "sandbox/store/StateDelta.h"
#include "sandbox/store/StateJournal.h"

#include <QDateTime>
#include <QMap>
#include <QString>

namespace dbss::sandbox {

// All sandbox data, per project, and its persistence (--state FILE). Lives on the server's
// thread; requests are handled one at a time there, so no locking is needed.
//
// Persistence is a snapshot (FILE, written atomically with QSaveFile) plus a journal
// (FILE.journal): save() appends what changed since the last save as one fsync'ed line, which is
// cheap whatever the size of the state; compact() folds the journal into a new snapshot (when the
// journal has grown, and at exit). A save that fails undoes the change in memory: what the
// sandbox shows is always what it has saved.
class Store {
public:
    explicit Store(QString stateFile = {});

    // Loads the snapshot and replays the journal, if they exist. *loaded says whether it did. A
    // file that exists but cannot be parsed is an error and is left untouched.
    bool load(bool* loaded, QString* error);
    // Makes every change since the last save durable; false (the changes undone, *error without
    // any path: it may reach a client; the path goes to stderr) when it cannot. No-op without a
    // state file.
    bool save(QString* error);
    void rollback();              // undoes the changes since the last save (state file only)
    bool compact(QString* error); // snapshot now and empty the journal
    // The snapshot on disk is in the current format and there is no journal to fold in or
    // setProject() since: compaction at start can be skipped (it is most of a large state's start-up).
    bool snapshotIsCurrent() const { return m_snapshotCurrent; }
    QString stateFile() const { return m_stateFile; }

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
    bool loadSnapshot(bool* loaded, QString* error);
    bool replayJournal(QString* error);
    bool shouldCompact() const;

    QString m_stateFile;
    QMap<QString, ProjectData> m_projects;
    StateJournal m_journal;
    StateDelta m_saved;    // what the files hold
    qint64 m_sequence = 0; // last journal record written or applied
    qint64 m_snapshotBytes = 0;
    bool m_snapshotCurrent = false;
};

} // namespace dbss::sandbox
