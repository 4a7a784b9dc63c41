// ApiError::fromHttpResponse reads any error body: JSON of three shapes, a proxy's HTML, nothing.
// Input: two bytes of HTTP status, then the body.

#include "FuzzSupport.h"

#include "models/api/ApiError.h"

using dbss::api::ApiError;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const int status = size >= 2 ? (data[0] << 8 | data[1]) % 1000 : 500;
    const QByteArray body = size >= 2 ? dbss::fuzz::bytes(data + 2, size - 2) : QByteArray();
    const ApiError e = ApiError::fromHttpResponse(status, body, QString(), QStringLiteral("FuzzOperation"));
    FUZZ_CHECK(e.kind == ApiError::Kind::Http);
    FUZZ_CHECK(e.isError());
    FUZZ_CHECK(e.httpStatus == status);
    FUZZ_CHECK(e.operation == QLatin1String("FuzzOperation"));
    FUZZ_CHECK(e.detail.size() <= 200); // a summary, never the whole page
    FUZZ_CHECK(!e.userMessage().isEmpty());

    // A request id from the header wins over one in the body.
    const ApiError withId = ApiError::fromHttpResponse(status, body, QStringLiteral("req-1"), QString());
    FUZZ_CHECK(withId.requestId == QLatin1String("req-1"));
    FUZZ_CHECK(withId.errorCode == e.errorCode && withId.errorMsg == e.errorMsg);
    return 0;
}
