// profile list | add NAME | show NAME | remove NAME  (the console's profiles, models/credentials)

#include "app/dbssctl/CmdSupport.h"
#include "app/dbssctl/Commands.h"

namespace dbss::ctl {

QList<Command> profileCommands() {
    return {};
}

} // namespace dbss::ctl
