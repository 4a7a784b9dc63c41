#pragma once
// Builds a dbss-sandbox state file for a benchmark: `dbss-sandbox --seed N --state FILE` writes its
// seeded account before it listens; the bench then edits the instances (e.g. gathers rows into
// one instance) and starts the real sandbox on that file.

#include "tests/common/SandboxProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace dbss::bench {

inline bool seedState(const QString& path, int seed, const std::function<bool(QJsonArray& instances)>& edit,
                      QString* error) {
    {
        test::SandboxProcess seeding(
            {QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--state"), path});
        if (!seeding.start(error))
            return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray projects = root.value(QStringLiteral("projects")).toArray();
    QJsonObject project = projects.at(0).toObject();
    QJsonArray instances = project.value(QStringLiteral("instances")).toArray();
    if (instances.isEmpty() || !edit(instances)) {
        *error = QStringLiteral("unexpected state file layout");
        return false;
    }
    project.insert(QStringLiteral("instances"), instances);
    projects.replace(0, project);
    root.insert(QStringLiteral("projects"), projects);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0) {
        *error = file.errorString();
        return false;
    }
    return true;
}

inline QString instanceIdOf(const QJsonObject& instance) {
    return instance.value(QStringLiteral("bean")).toObject().value(QStringLiteral("id")).toString();
}

} // namespace dbss::bench
