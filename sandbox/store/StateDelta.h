#pragma once

#include "sandbox/store/ProjectData.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QStringList>

namespace dbss::sandbox {

// What was last saved, in a form that is cheap to compare with the live state: per project its
// fields without the instances ("meta"), the instance order, per instance its fields without the
// operation log ("core") and the length of its log (which only grows between saves).
// diff() lists the changes since, apply() replays them (journal), rollback() undoes them.
// Everything goes through ProjectData/InstanceRecord::toJson/fromJson, so a field added there is
// persisted without touching this file; only the four op-log functions in StateDelta.cpp know the
// log container.
class StateDelta {
public:
    using Projects = QMap<QString, ProjectData>;

    void reset(Projects& live);            // the live state is now what was saved
    QJsonArray diff(Projects& live) const; // empty when nothing changed
    static bool apply(Projects& live, const QJsonArray& changes, QString* error);
    void rollback(Projects& live) const; // back to the last reset()

private:
    struct InstanceBase {
        QJsonObject core;
        qsizetype logSize = 0;
    };
    struct ProjectBase {
        QJsonObject meta;
        QStringList order;
        QHash<QString, InstanceBase> instances;
    };
    QMap<QString, ProjectBase> m_base;
};

} // namespace dbss::sandbox
