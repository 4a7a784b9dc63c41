#include "sandbox/store/Store.h"

#include "sandbox/store/StateSnapshot.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

#include <unistd.h>

namespace dbss::sandbox {

Q_LOGGING_CATEGORY(lcStore, "dbss.sandbox.store")

// The journal is folded into the snapshot once it is this large and half the snapshot's size:
// a save then costs one snapshot write amortised over thousands of appends.
static constexpr qint64 kCompactMinBytes = 8 * 1024 * 1024;

Store::Store(QString stateFile)
    : m_stateFile(std::move(stateFile))
    , m_journal(m_stateFile.isEmpty() ? QString() : m_stateFile + QStringLiteral(".journal")) {}

bool Store::load(bool* loaded, QString* error) {
    *loaded = false;
    if (m_stateFile.isEmpty())
        return true;
    if (!loadSnapshot(loaded, error) || !replayJournal(error))
        return false;
    m_saved.reset(m_projects);
    return true;
}

bool Store::loadSnapshot(bool* loaded, QString* error) {
    if (!QFile::exists(m_stateFile))
        return true;
    QFile file(m_stateFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read state file %1: %2").arg(m_stateFile, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    m_snapshotBytes = data.size();
    QMap<QString, ProjectData> projects;
    QString reason;
    if (!StateSnapshot::read(data, &projects, &m_sequence, &m_snapshotCurrent, &reason)) {
        *error =
            QStringLiteral("state file %1 is corrupt (%2); refusing to start and leaving it untouched: fix "
                           "or remove it")
                .arg(m_stateFile, reason);
        return false;
    }
    m_projects = std::move(projects);
    *loaded = true;
    return true;
}

// Records up to the snapshot's journal_sequence are already in it (a crash between writing the
// snapshot and emptying the journal leaves them behind): skipped. A torn last line is dropped.
bool Store::replayJournal(QString* error) {
    QList<QByteArray> lines;
    bool torn = false;
    if (!m_journal.read(&lines, &torn, error)) {
        *error = QStringLiteral("cannot read journal %1: %2").arg(m_journal.path(), *error);
        return false;
    }
    if (torn || !lines.isEmpty())
        m_snapshotCurrent = false; // compaction at start folds them in (and removes the journal)
    if (torn)
        qCWarning(lcStore).noquote() << "journal" << m_journal.path()
                                     << "ended with an incomplete record (an unacknowledged write): dropped";
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject record = QJsonDocument::fromJson(lines.at(i)).object();
        const qint64 sequence = record.value(QStringLiteral("sequence")).toInteger(-1);
        QString reason;
        if (sequence < 0)
            reason = QStringLiteral("record %1 is not readable").arg(i + 1);
        else if (sequence <= m_sequence)
            continue;
        else if (!StateDelta::apply(m_projects, record.value(QStringLiteral("changes")).toArray(), &reason))
            reason = QStringLiteral("record %1: %2").arg(i + 1).arg(reason);
        if (!reason.isEmpty()) {
            *error = QStringLiteral("journal %1 is corrupt (%2); refusing to start and leaving it untouched: "
                                    "fix or remove it")
                         .arg(m_journal.path(), reason);
            return false;
        }
        m_sequence = sequence;
    }
    return true;
}

bool Store::save(QString* error) {
    if (m_stateFile.isEmpty())
        return true;
    const QJsonArray changes = m_saved.diff(m_projects);
    if (changes.isEmpty())
        return true;
    const QJsonObject record{{QStringLiteral("sequence"), m_sequence + 1},
                             {QStringLiteral("changes"), changes}};
    QString reason;
    if (!m_journal.append(QJsonDocument(record).toJson(QJsonDocument::Compact), &reason)) {
        // The path is for the operator (stderr), not for the client that gets the message.
        qCWarning(lcStore).noquote() << "cannot append to" << m_journal.path() << ":" << reason
                                     << "- the change was not applied";
        m_saved.rollback(m_projects);
        if (error)
            *error = QStringLiteral("The change could not be saved (%1); it was not applied").arg(reason);
        return false;
    }
    ++m_sequence;
    m_saved.reset(m_projects);
    if (shouldCompact()) {
        QString ignored;
        compact(&ignored); // the journal already holds the change; a failed compaction is retried later
    }
    return true;
}

void Store::rollback() {
    if (!m_stateFile.isEmpty())
        m_saved.rollback(m_projects);
}

bool Store::shouldCompact() const {
    return m_journal.size() >= kCompactMinBytes && m_journal.size() >= m_snapshotBytes / 2;
}

bool Store::compact(QString* error) {
    if (m_stateFile.isEmpty())
        return true;
    const QByteArray data = StateSnapshot::write(m_projects, m_sequence);
    QSaveFile file(m_stateFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) < 0 || !file.flush() ||
        ::fsync(file.handle()) != 0 || !file.commit()) {
        qCWarning(lcStore).noquote() << "cannot write state file" << m_stateFile << ":" << file.errorString();
        if (error)
            *error = QStringLiteral("cannot write state file %1: %2").arg(m_stateFile, file.errorString());
        return false;
    }
    syncParentFolder(m_stateFile);
    m_snapshotBytes = data.size();
    m_snapshotCurrent = true;
    QString reason;
    if (!m_journal.remove(&reason))
        qCWarning(lcStore).noquote() << "cannot remove" << m_journal.path() << ":" << reason
                                     << "(its records are in the snapshot and will be skipped)";
    m_saved.reset(m_projects);
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
    m_snapshotCurrent = false;
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
