#pragma once
// Builds a dbss-sandbox state file for a benchmark: `dbss-sandbox --seed N --state FILE` writes its
// seeded account before it listens; the bench then edits the instances in process (the sandbox's
// own Store, e.g. gathers rows into one instance) and writes the file back in the sandbox's format.

#include "sandbox/store/Store.h"
#include "tests/common/SandboxProcess.h"

#include <functional>

namespace dbss::bench {

inline bool seedState(const QString& path, int seed,
                      const std::function<bool(std::vector<sandbox::InstanceRecord>& instances)>& edit,
                      QString* error) {
    QString projectId;
    {
        test::SandboxProcess seeding(
            {QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--state"), path});
        if (!seeding.start(error, 120000))
            return false;
        projectId = seeding.projectId();
    }
    sandbox::Store store(path);
    bool loaded = false;
    if (!store.load(&loaded, error))
        return false;
    if (!loaded || !store.hasProject(projectId) || store.project(projectId).instances.empty() ||
        !edit(store.project(projectId).instances)) {
        *error = QStringLiteral("unexpected state file layout");
        return false;
    }
    return store.compact(error);
}

} // namespace dbss::bench
