#include "models/RemoteRowsModel.h"

namespace dbss::models {

bool isAmbiguousFailure(const api::ApiError& error) {
    return error.outcomeUnknown(); // one definition, shared with dbssctl's verified writes
}

} // namespace dbss::models
