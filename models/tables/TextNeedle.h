#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dbss::models {

// A filter text prepared once for searching many UTF-8 texts (a million log rows) without a
// QString per text: case-sensitive needles are searched as UTF-8 bytes; case-insensitive ASCII
// needles in ASCII texts are compared byte by byte, folded; anything else (a non-ASCII needle or
// text) goes through QString::contains, so the answer is always QString::contains's.
struct TextNeedle {
    TextNeedle() = default;
    TextNeedle(const QString& text, Qt::CaseSensitivity cs);

    QString text;
    Qt::CaseSensitivity cs = Qt::CaseInsensitive;
    QByteArray utf8;
    QByteArray folded; // ASCII needle, case-insensitive: lower-cased
    bool ascii = false;

    bool isEmpty() const { return text.isEmpty(); }
    bool sameAs(const TextNeedle& other) const { return cs == other.cs && text == other.text; }
    bool in(QByteArrayView utf8Text) const;
    bool in(const QString& s) const { return s.contains(text, cs); }
};

} // namespace dbss::models
