#include "models/RemoteRowsModel.h"

namespace dbss::models {

bool isAmbiguousFailure(const api::ApiError& error) {
    using Kind = api::ApiError::Kind;
    switch (error.kind) {
    case Kind::Timeout:
    case Kind::Network: // reset or closed after the request went out
    case Kind::Parse:   // a 2xx we could not read: probably applied
        return true;
    case Kind::Http:
        return error.httpStatus == 502 || error.httpStatus == 504;
    default:
        return false;
    }
}

} // namespace dbss::models
