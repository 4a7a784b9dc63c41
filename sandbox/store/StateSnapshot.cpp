#include "sandbox/store/StateSnapshot.h"

#include "sandbox/store/OperationLogLines.h"

#include <QJsonDocument>

#include <cstring>
#include <optional>

namespace dbss::sandbox::StateSnapshot {

namespace {

const QString kFormat = QStringLiteral("dbss-sandbox-state");
constexpr int kVersion = 2;

void appendLine(QByteArray* out, const QJsonObject& object) {
    out->append(QJsonDocument(object).toJson(QJsonDocument::Compact)).append('\n');
}

bool addProject(QMap<QString, ProjectData>* projects, const QJsonObject& object, QString* reason) {
    ProjectData p = ProjectData::fromJson(object);
    if (p.projectId.isEmpty()) {
        *reason = QStringLiteral("a project without project_id");
        return false;
    }
    if (projects->contains(p.projectId)) {
        *reason = QStringLiteral("project %1 appears twice").arg(p.projectId);
        return false;
    }
    projects->insert(p.projectId, std::move(p));
    return true;
}

// Version 1: one document.
bool readVersion1(const QByteArray& data, QMap<QString, ProjectData>* projects, qint64* sequence,
                  QString* reason) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (doc.isNull()) {
        *reason = QStringLiteral("JSON error at offset %1: %2")
                      .arg(parseError.offset)
                      .arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat ||
        root.value(QStringLiteral("version")).toInt() != 1 ||
        !root.value(QStringLiteral("projects")).isArray()) {
        *reason = QStringLiteral("not a version 1 or 2 %1 file").arg(kFormat);
        return false;
    }
    for (const QJsonValue& v : root.value(QStringLiteral("projects")).toArray()) {
        if (!addProject(projects, v.toObject(), reason))
            return false;
    }
    *sequence = root.value(QStringLiteral("journal_sequence")).toInteger(0);
    return true;
}

class Lines {
public:
    explicit Lines(const QByteArray& data)
        : m_data(data) {}
    // The next line (without '\n'); false at the end.
    bool next(QByteArrayView* line) {
        if (m_pos >= m_data.size())
            return false;
        const char* start = m_data.constData() + m_pos;
        const auto* nl = static_cast<const char*>(std::memchr(start, '\n', size_t(m_data.size() - m_pos)));
        const qsizetype length = nl ? nl - start : m_data.size() - m_pos;
        *line = QByteArrayView(start, length);
        m_pos += length + 1;
        ++m_number;
        return true;
    }
    qint64 number() const { return m_number; }

private:
    const QByteArray& m_data;
    qsizetype m_pos = 0;
    qint64 m_number = 0;
};

// By position in the project's list ("index"), checked against its id ("instance").
InstanceRecord* instanceOf(QMap<QString, ProjectData>* projects, const QJsonObject& header) {
    const auto it = projects->find(header.value(QStringLiteral("project")).toString());
    const qint64 index = header.value(QStringLiteral("index")).toInteger(-1);
    if (it == projects->end() || index < 0 || index >= qint64(it->instances.size()))
        return nullptr;
    InstanceRecord& r = it->instances[size_t(index)];
    return r.id() == header.value(QStringLiteral("instance")).toString() ? &r : nullptr;
}

bool readVersion2(const QByteArray& data, QMap<QString, ProjectData>* projects, QString* reason) {
    Lines lines(data);
    QByteArrayView line;
    lines.next(&line); // the header, already read
    const auto fail = [&](const QString& what) {
        *reason = QStringLiteral("line %1: %2").arg(lines.number()).arg(what);
        return false;
    };
    while (lines.next(&line)) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject record = QJsonDocument::fromJson(line.toByteArray()).object();
        if (record.value(QStringLiteral("project")).isObject()) {
            if (!addProject(projects, record.value(QStringLiteral("project")).toObject(), reason))
                return fail(*reason);
            continue;
        }
        const QJsonObject header = record.value(QStringLiteral("operate_log")).toObject();
        if (header.isEmpty())
            return fail(QStringLiteral("neither a project nor an operate_log record"));
        InstanceRecord* instance = instanceOf(projects, header);
        if (!instance)
            return fail(QStringLiteral("operate_log of an instance not listed before it (project, index, "
                                       "instance)"));
        if (!instance->operateLog.isEmpty())
            return fail(QStringLiteral("a second operate_log for instance %1").arg(instance->id()));
        const qint64 rows = header.value(QStringLiteral("rows")).toInteger(-1);
        if (rows < 0)
            return fail(QStringLiteral("operate_log without a row count"));
        QString error;
        OperationLogLines reader(&instance->operateLog, header.value(QStringLiteral("strings")).toArray(),
                                 &error);
        if (!error.isEmpty())
            return fail(error);
        for (qint64 i = 0; i < rows; ++i) {
            if (!lines.next(&line))
                return fail(QStringLiteral("the file ends after %1 of %2 operate_log rows").arg(i).arg(rows));
            if (!reader.addRow(line, &error))
                return fail(error);
        }
        reader.finish();
    }
    return true;
}

} // namespace

QByteArray write(QMap<QString, ProjectData>& projects, qint64 journalSequence) {
    QByteArray out;
    appendLine(&out, {{QStringLiteral("format"), kFormat},
                      {QStringLiteral("version"), kVersion},
                      {QStringLiteral("journal_sequence"), journalSequence}});
    for (ProjectData& p : projects) {
        std::vector<OperationLogStore> logs;
        logs.reserve(p.instances.size());
        for (InstanceRecord& r : p.instances) {
            logs.push_back(std::move(r.operateLog));
            r.operateLog = OperationLogStore();
        }
        QJsonObject project = p.toJson();
        for (size_t i = 0; i < logs.size(); ++i)
            p.instances[i].operateLog = std::move(logs[i]);
        appendLine(&out, {{QStringLiteral("project"), project}});
        for (size_t i = 0; i < p.instances.size(); ++i) {
            const InstanceRecord& r = p.instances[i];
            if (r.operateLog.isEmpty())
                continue;
            appendLine(
                &out,
                {{QStringLiteral("operate_log"),
                  QJsonObject{{QStringLiteral("project"), p.projectId},
                              {QStringLiteral("index"), qint64(i)},
                              {QStringLiteral("instance"), r.id()},
                              {QStringLiteral("rows"), qint64(r.operateLog.size())},
                              {QStringLiteral("strings"), OperationLogLines::stringTable(r.operateLog)}}}});
            OperationLogLines::writeRows(r.operateLog, &out);
        }
    }
    return out;
}

bool read(const QByteArray& data, QMap<QString, ProjectData>* projects, qint64* journalSequence,
          bool* current, QString* reason) {
    *current = false;
    projects->clear();
    // The first line tells the version; a version 1 file is one document (compact: one line).
    const qsizetype nl = data.indexOf('\n');
    const QJsonObject header = QJsonDocument::fromJson(nl < 0 ? data : data.left(nl)).object();
    if (header.value(QStringLiteral("format")).toString() == kFormat &&
        header.value(QStringLiteral("version")).toInt() == kVersion) {
        *journalSequence = header.value(QStringLiteral("journal_sequence")).toInteger(0);
        if (!readVersion2(data, projects, reason))
            return false;
        *current = true;
        return true;
    }
    const int version = header.value(QStringLiteral("version")).toInt();
    if (header.value(QStringLiteral("format")).toString() == kFormat && version != 1) {
        *reason =
            QStringLiteral("version %1 of the format; this sandbox reads versions 1 and 2").arg(version);
        return false;
    }
    return readVersion1(data, projects, journalSequence, reason);
}

} // namespace dbss::sandbox::StateSnapshot
