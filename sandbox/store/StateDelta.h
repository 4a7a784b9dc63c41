#pragma once

#include "sandbox/store/ProjectData.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QStringList>

namespace dbss::sandbox {

// What was last saved, in a form that is cheap to compare with the live state: per project a copy
// of its fields without the instances ("meta"), the instance order, per instance a copy of its
// fields without the operation log ("core") and the length of its log (which only grows between
// saves). The copies share their rows with the live state (implicit sharing), so taking them and
// comparing unchanged rows costs a pointer each. diff() lists the changes since (as JSON through
// ProjectData/InstanceRecord::toJson), apply() replays them (journal), rollback() undoes them.
// sameCore()/sameMeta() list the fields; tst_statedelta fails when toJson gains a field they miss.
// Only the four op-log functions in StateDelta.cpp know the log container.
class StateDelta {
public:
    using Projects = QMap<QString, ProjectData>;

    void reset(Projects& live);            // the live state is now what was saved
    QJsonArray diff(Projects& live) const; // empty when nothing changed
    static bool apply(Projects& live, const QJsonArray& changes, QString* error);
    void rollback(Projects& live) const; // back to the last reset()

    static bool sameCore(const InstanceRecord& a, const InstanceRecord& b); // all but operateLog
    static bool sameMeta(const ProjectData& a, const ProjectData& b);       // all but instances

private:
    struct InstanceBase {
        InstanceRecord core; // without its log
        qsizetype logSize = 0;
    };
    struct ProjectBase {
        ProjectData meta; // without instances
        QStringList order;
        QHash<QString, InstanceBase> instances;
    };
    QMap<QString, ProjectBase> m_base;
};

} // namespace dbss::sandbox
