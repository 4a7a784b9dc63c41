#pragma once

class QCoreApplication;

namespace dbss::app {

// SIGTERM/SIGINT quit the event loop normally (so the window saves its layout) instead of killing
// the process. Uses a self-pipe: the handler only writes a byte, Qt reads it in the event loop.
void quitOnTerminationSignals(QCoreApplication* app);

} // namespace dbss::app
