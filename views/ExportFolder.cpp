#include "views/ExportFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <chrono>
#include <future>
#include <memory>
#include <thread>

namespace dbss::views::exportfolder {

namespace {
const QString kFolderKey = QStringLiteral("export/folder");

bool isUnder(const QString& path, const QString& root) {
    return path == root || path.startsWith(root + QLatin1Char('/'));
}
} // namespace

bool isOrdinaryWritableDir(const QString& path) {
    if (path.isEmpty())
        return false;
    const QFileInfo info(path);
    if (!info.isDir() || !info.isWritable())
        return false;
    // Kernel pseudo file systems: never a place for a CSV file, and a trap for file dialogs.
    const QString canonical = info.canonicalFilePath();
    for (const char* root : {"/proc", "/sys", "/dev"})
        if (isUnder(canonical, QLatin1String(root)))
            return false;
    return true;
}

QString usable(const QString& candidate, int timeoutMs, const Checker& check) {
    const QString home = QDir::homePath();
    if (candidate.isEmpty())
        return home;
    // A detached thread and a shared promise: if the check hangs, the thread is left behind
    // (it ends when the kernel answers) and nothing here waits for it again.
    auto promise = std::make_shared<std::promise<bool>>();
    std::future<bool> answer = promise->get_future();
    std::thread([promise, check, candidate] { promise->set_value(check(candidate)); }).detach();
    if (answer.wait_for(std::chrono::milliseconds(timeoutMs)) != std::future_status::ready)
        return home;
    return answer.get() ? candidate : home;
}

QString remembered() {
    const QString saved = QSettings().value(kFolderKey).toString();
    return saved.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : saved;
}

QString folder() {
    return usable(remembered());
}

void remember(const QString& writtenTo) {
    QSettings().setValue(kFolderKey, writtenTo);
}

} // namespace dbss::views::exportfolder
