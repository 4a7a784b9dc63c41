#pragma once

#include <algorithm>

namespace dbss::models {

// Delays for polling something that settles on its own (an instance being created, started,
// stopped): first, then doubling up to a ceiling, for a bounded number of attempts.
struct Backoff {
    int firstMs = 2000;
    int maxMs = 30000;
    int maxAttempts = 60; // about half an hour at the ceiling, then the console stops asking
    int attempt = 0;

    bool exhausted() const { return attempt >= maxAttempts; }
    // The delay before the next attempt (and counts it).
    int next() {
        int delay = firstMs;
        for (int i = 0; i < attempt && delay < maxMs; ++i)
            delay *= 2;
        ++attempt;
        return std::min(delay, maxMs);
    }
    void reset() { attempt = 0; }
};

} // namespace dbss::models
