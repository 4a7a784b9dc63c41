#include "models/tables/TextNeedle.h"

namespace dbss::models {

namespace {
char foldAscii(char c) {
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool isAscii(QByteArrayView s) {
    for (char c : s)
        if (uchar(c) >= 0x80)
            return false;
    return true;
}
} // namespace

TextNeedle::TextNeedle(const QString& t, Qt::CaseSensitivity sensitivity)
    : text(t)
    , cs(sensitivity)
    , utf8(t.toUtf8())
    , ascii(isAscii(utf8)) {
    if (ascii && cs == Qt::CaseInsensitive) {
        folded = utf8;
        for (char& c : folded)
            c = foldAscii(c);
    }
}

bool TextNeedle::in(QByteArrayView s) const {
    if (text.isEmpty())
        return true;
    if (cs == Qt::CaseSensitive) // UTF-8 keeps substrings substrings
        return s.indexOf(QByteArrayView(utf8)) >= 0;
    if (!ascii || !isAscii(s)) // Unicode case folding (e.g. the Kelvin sign folds to k)
        return QString::fromUtf8(s).contains(text, Qt::CaseInsensitive);
    const qsizetype n = folded.size();
    const char first = folded.front();
    for (qsizetype i = 0; i + n <= s.size(); ++i) {
        if (foldAscii(s[i]) != first)
            continue;
        qsizetype k = 1;
        while (k < n && foldAscii(s[i + k]) == folded[k])
            ++k;
        if (k == n)
            return true;
    }
    return false;
}

} // namespace dbss::models
