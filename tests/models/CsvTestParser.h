#pragma once

// A strict RFC 4180 reader for the CSV tests (deliberately separate from the exporter's code).
#include <QList>
#include <QString>
#include <QStringList>

namespace dbss::test {

// A strict RFC 4180 reader: records of fields, quoted fields may hold commas, CR, LF, "".
inline QList<QStringList> parseCsv(const QString& text, bool* ok) {
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty())
                *ok = false; // a quote inside an unquoted field
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\r' || c == u'\n') {
            *ok = false; // a bare line break outside quotes
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || fieldStarted || !field.isEmpty() || !record.isEmpty())
        *ok = false; // every record must end with CRLF
    return records;
}

} // namespace dbss::test
