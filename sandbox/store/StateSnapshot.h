#pragma once

#include "sandbox/store/ProjectData.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace dbss::sandbox {

// The snapshot file of --state FILE. Version 2 is JSON lines, so a million operation-log rows load
// and save without one QJsonDocument of the whole file and without a QJsonObject per row:
//   {"format":"dbss-sandbox-state","version":2,"journal_sequence":N}
//   {"project":{...}}        one per project: ProjectData's fields, instances without their logs
//   {"operate_log":{"project":P,"instance":I,"rows":N,"strings":[...]}}  then N row lines
//                            (OperationLogLines), for each instance with rows, after its project
// Version 1 (one JSON document, logs as arrays of OperateLogInfo objects) still loads; the next
// compaction (at start) rewrites it as version 2.
namespace StateSnapshot {

// Logs are moved out of `projects` while each project line is written, and back.
QByteArray write(QMap<QString, ProjectData>& projects, qint64 journalSequence);
// *reason says what is wrong (with the line number) when the data is not a readable snapshot.
// *current: the data is already in the format write() produces.
bool read(const QByteArray& data, QMap<QString, ProjectData>* projects, qint64* journalSequence,
          bool* current, QString* reason);

} // namespace StateSnapshot
} // namespace dbss::sandbox
