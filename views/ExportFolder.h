#pragma once

#include <QString>

#include <functional>

namespace dbss::views::exportfolder {

// Where the export file dialogs open. Two rules keep a bad folder from freezing the window:
// - only a folder that an export actually wrote to is remembered (remember() after success);
// - a remembered folder is used only if it is an ordinary writable directory (not /proc, /sys,
//   /dev: Qt's file dialog reads files there to guess their types, and /proc/kmsg never ends).
// The check runs on a worker thread with a time limit: stat() on a hung network mount blocks in
// the kernel, and that may block a thread we abandon, never the GUI thread. A folder that does
// not answer in time is treated as unusable and the dialog opens in the home folder.
using Checker = std::function<bool(const QString& path)>;

bool isOrdinaryWritableDir(const QString& path);

// `candidate` if `check` accepts it within `timeoutMs`, else the home folder.
QString usable(const QString& candidate, int timeoutMs = 1500, const Checker& check = isOrdinaryWritableDir);

QString remembered();                    // the saved folder (unchecked), else Documents
QString folder();                        // usable(remembered())
void remember(const QString& writtenTo); // a folder an export has just written to

} // namespace dbss::views::exportfolder
