#include "sandbox/store/OperationLogLines.h"

#include <QJsonDocument>

#include <algorithm>

namespace dbss::sandbox {

QJsonArray OperationLogLines::stringTable(const OperationLogStore& log) {
    QJsonArray strings;
    for (const QString& s : log.m_strings)
        strings.append(s);
    return strings;
}

void OperationLogLines::writeRows(const OperationLogStore& log, QByteArray* out) {
    out->reserve(out->size() + qsizetype(log.m_rows.size()) * 48);
    // Numbers written by hand into one buffer a row: no allocation but the id's literal.
    const auto put = [](char* p, quint64 v) {
        char digits[20];
        int n = 0;
        do {
            digits[n++] = char('0' + v % 10);
            v /= 10;
        } while (v);
        while (n)
            *p++ = digits[--n];
        return p;
    };
    char buf[160]; // '[' + 20 digits + ',', then 6 x (',' + 10 digits) + "]\n"
    for (const OperationLogStore::Row& r : log.m_rows) {
        char* p = buf;
        *p++ = '[';
        if (r.time < 0)
            *p++ = '-';
        p = put(p, r.time < 0 ? 0 - quint64(r.time) : quint64(r.time));
        *p++ = ',';
        out->append(buf, p - buf);
        out->append(OperationLogStore::jsonString(r.id));
        p = buf;
        for (const quint32 field : {r.user, r.function, r.action, r.name, r.description, r.result}) {
            *p++ = ',';
            p = put(p, field);
        }
        *p++ = ']';
        *p++ = '\n';
        out->append(buf, p - buf);
    }
}

OperationLogLines::OperationLogLines(OperationLogStore* log, const QJsonArray& strings, QString* error)
    : m_log(log) {
    m_map.reserve(size_t(strings.size()));
    for (const QJsonValue& v : strings) {
        if (!v.isString() && error->isEmpty())
            *error = QStringLiteral("the string table holds a %1 that is not a string").arg(m_map.size());
        m_map.push_back(m_log->intern(v.toString()));
    }
}

// [digits,"text without escapes",d,d,d,d,d,d] as the writer writes it.
bool OperationLogLines::parseFast(QByteArrayView line, Parsed* row) {
    const char* p = line.data();
    const char* const end = p + line.size();
    const auto number = [&](qint64* out, bool allowSign) {
        bool negative = false;
        if (allowSign && p < end && *p == '-') {
            negative = true;
            ++p;
        }
        const char* const first = p;
        qint64 v = 0;
        while (p < end && *p >= '0' && *p <= '9' && p - first < 18)
            v = v * 10 + (*p++ - '0');
        *out = negative ? -v : v;
        return p > first && (p == end || *p < '0' || *p > '9');
    };
    if (p == end || *p++ != '[' || !number(&row->time, true) || p == end || *p++ != ',' || p == end ||
        *p++ != '"')
        return false;
    const char* const idStart = p;
    while (p < end && *p != '"' && *p != '\\')
        ++p;
    if (p == end || *p != '"')
        return false;
    row->id = QString::fromUtf8(idStart, p - idStart);
    ++p;
    for (quint32& field : row->fields) {
        qint64 v = 0;
        if (p == end || *p++ != ',' || !number(&v, false) || v > 0xfffffffe)
            return false;
        field = quint32(v);
    }
    if (p == end || *p++ != ']')
        return false;
    while (p < end && (*p == ' ' || *p == '\r' || *p == '\t'))
        ++p;
    return p == end;
}

bool OperationLogLines::parseSlow(QByteArrayView line, Parsed* row) {
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray());
    const QJsonArray a = doc.array();
    if (!doc.isArray() || a.size() != 8 || !a.at(0).isDouble() || !a.at(1).isString())
        return false;
    row->time = a.at(0).toInteger();
    row->id = a.at(1).toString();
    for (int i = 0; i < 6; ++i) {
        const qint64 v = a.at(2 + i).toInteger(-1);
        if (!a.at(2 + i).isDouble() || v < 0 || v > 0xfffffffe)
            return false;
        row->fields[i] = quint32(v);
    }
    return true;
}

bool OperationLogLines::addRow(QByteArrayView line, QString* reason) {
    Parsed p;
    if (!parseFast(line, &p) && !parseSlow(line, &p)) {
        *reason =
            QStringLiteral("not a row [time, \"id\", user, function, action, name, description, result]");
        return false;
    }
    for (quint32& field : p.fields) {
        if (field >= m_map.size()) {
            *reason = QStringLiteral("string index %1 is past the string table (%2 strings)")
                          .arg(field)
                          .arg(m_map.size());
            return false;
        }
        field = m_map[field];
    }
    auto& rows = m_log->m_rows;
    if (!rows.empty() && p.time < rows.back().time)
        m_sorted = false;
    rows.push_back(OperationLogStore::Row{p.time, std::move(p.id), p.fields[0], p.fields[1], p.fields[2],
                                          p.fields[3], p.fields[4], p.fields[5],
                                          m_log->actionKeyOf(p.fields[2])});
    return true;
}

void OperationLogLines::finish() {
    auto& rows = m_log->m_rows;
    if (!m_sorted)
        std::stable_sort(
            rows.begin(), rows.end(),
            [](const OperationLogStore::Row& a, const OperationLogStore::Row& b) { return a.time < b.time; });
    m_log->rebuildIndex();
}

} // namespace dbss::sandbox
