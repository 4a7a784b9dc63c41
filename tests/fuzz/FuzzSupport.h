#pragma once
// Shared by the fuzz targets: a check that aborts (libFuzzer and the replay driver both report an
// abort as a crash, with the input), and splitting one input into parts.

#include <QByteArray>
#include <QList>

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                                                     \
    do {                                                                                                     \
        if (!(cond)) {                                                                                       \
            std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #cond);               \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

namespace dbss::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Splits at every `separator`; the last part is the rest, so no byte is lost.
inline QList<QByteArray> split(const QByteArray& input, char separator, int maxParts) {
    QList<QByteArray> parts;
    qsizetype start = 0;
    while (parts.size() + 1 < maxParts) {
        const qsizetype at = input.indexOf(separator, start);
        if (at < 0)
            break;
        parts.append(input.mid(start, at - start));
        start = at + 1;
    }
    parts.append(input.mid(start));
    return parts;
}

} // namespace dbss::fuzz
