#pragma once

#include "models/credentials/SecretResult.h"

namespace dbss::credentials {

// Maps a QtKeychain error (QKeychain::Error as int, plus its errorString) to a status a user can act
// on. `hasSessionBus` says whether DBUS_SESSION_BUS_ADDRESS was set: QtKeychain reports a missing bus
// as OtherError with GLib's text ("Cannot autolaunch D-Bus without X11 $DISPLAY").
SecretStatus classifyKeychainError(int qkeychainError, const QString& errorString, bool hasSessionBus);

} // namespace dbss::credentials
