#include "sandbox/store/OperationLogStore.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace dbss::sandbox {

namespace {

// Proleptic Gregorian calendar <-> days since 1970-01-01 (H. Hinnant's civil algorithms): the
// fixed format is read by hand because QDateTime::fromString costs microseconds a row.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d) {
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, qint64* y, unsigned* m, unsigned* d) {
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = qint64(yoe) + era * 400 + (*m <= 2);
}

bool digits(QStringView text, qsizetype from, qsizetype count, unsigned* out) {
    unsigned v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + unsigned(c - u'0');
    }
    *out = v;
    return true;
}

const QString& textOr(const std::vector<QString>& strings, quint32 index) {
    static const QString empty;
    return index < strings.size() ? strings[index] : empty;
}

} // namespace

bool OperationLogStore::parseTime(QStringView text, qint64* seconds) {
    // yyyy-MM-dd HH:mm:ss
    if (text.size() != 19 || text[4] != u'-' || text[7] != u'-' || text[10] != u' ' || text[13] != u':' ||
        text[16] != u':')
        return false;
    unsigned y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!digits(text, 0, 4, &y) || !digits(text, 5, 2, &mo) || !digits(text, 8, 2, &d) ||
        !digits(text, 11, 2, &h) || !digits(text, 14, 2, &mi) || !digits(text, 17, 2, &s))
        return false;
    static const unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (mo < 1 || mo > 12 || d < 1 || d > kDays[mo - 1] + ((mo == 2 && leap) ? 1 : 0) || h > 23 || mi > 59 ||
        s > 59)
        return false;
    *seconds = daysFromCivil(y, mo, d) * 86400 + qint64(h) * 3600 + qint64(mi) * 60 + s;
    return true;
}

namespace {
// "yyyy-MM-dd HH:mm:ss" into buf (at least 32 bytes); returns the length.
int formatTimeTo(qint64 seconds, char* buf) {
    qint64 days = seconds / 86400;
    qint64 rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    qint64 y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, &y, &m, &d);
    if (y >= 0 && y <= 9999) { // the common case by hand: snprintf is most of a page's cost
        const auto put2 = [](char* p, unsigned v) {
            p[0] = char('0' + v / 10);
            p[1] = char('0' + v % 10);
        };
        put2(buf, unsigned(y / 100));
        put2(buf + 2, unsigned(y % 100));
        buf[4] = '-';
        put2(buf + 5, m);
        buf[7] = '-';
        put2(buf + 8, d);
        buf[10] = ' ';
        put2(buf + 11, unsigned(rest / 3600));
        buf[13] = ':';
        put2(buf + 14, unsigned(rest / 60 % 60));
        buf[16] = ':';
        put2(buf + 17, unsigned(rest % 60));
        return 19;
    }
    return std::snprintf(buf, 32, "%04lld-%02u-%02u %02lld:%02lld:%02lld", static_cast<long long>(y), m, d,
                         static_cast<long long>(rest / 3600), static_cast<long long>(rest / 60 % 60),
                         static_cast<long long>(rest % 60));
}
} // namespace

QString OperationLogStore::formatTime(qint64 seconds) {
    char buf[32];
    const int n = formatTimeTo(seconds, buf);
    return QString::fromLatin1(buf, n);
}

QByteArray OperationLogStore::jsonString(const QString& text) {
    bool plain = true; // printable ASCII without quote or backslash: written as it is
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\') {
            plain = false;
            break;
        }
    }
    if (plain)
        return '"' + text.toLatin1() + '"';
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

quint32 OperationLogStore::intern(const QString& text) {
    const auto it = m_stringIndex.constFind(text);
    if (it != m_stringIndex.cend())
        return it.value();
    const auto index = quint32(m_strings.size());
    m_strings.push_back(text);
    m_stringsJson.push_back(jsonString(text));
    m_stringIndex.insert(text, index);
    return index;
}

quint32 OperationLogStore::actionKeyOf(quint32 actionString) {
    // One case-folding per distinct action text, not per row.
    if (actionString < m_actionKeyOfString.size() && m_actionKeyOfString[actionString] != kNone)
        return m_actionKeyOfString[actionString];
    if (m_actionKeyOfString.size() <= actionString)
        m_actionKeyOfString.resize(size_t(actionString) + 1, kNone);
    const QString folded = m_strings[actionString].toCaseFolded();
    auto it = m_actionKeys.constFind(folded);
    if (it == m_actionKeys.cend())
        it = m_actionKeys.insert(folded, quint32(m_actionKeys.size()));
    m_actionKeyOfString[actionString] = it.value();
    return it.value();
}

void OperationLogStore::index(quint32 rowIndex) {
    const Row& r = m_rows[rowIndex];
    m_byUser[r.user].push_back(rowIndex);
    m_byAction[r.actionKey].push_back(rowIndex);
    m_byResult[r.result].push_back(rowIndex);
}

void OperationLogStore::rebuildIndex() {
    m_byUser.clear();
    m_byAction.clear();
    m_byResult.clear();
    for (size_t i = 0; i < m_rows.size(); ++i)
        index(quint32(i));
}

void OperationLogStore::append(const OperationLogEntry& e) {
    const quint32 action = intern(e.action);
    Row r{e.time,
          e.id,
          intern(e.user),
          intern(e.function),
          action,
          intern(e.name),
          intern(e.description),
          intern(e.result),
          actionKeyOf(action)};
    if (m_rows.empty() || e.time >= m_rows.back().time) {
        m_rows.push_back(std::move(r));
        index(quint32(m_rows.size() - 1));
        return;
    }
    // An older time (a clock step, an edited state file): keep the order, rebuild the lists.
    m_rows.insert(m_rows.begin() + upperBound(e.time), std::move(r));
    rebuildIndex();
}

void OperationLogStore::clear() {
    *this = OperationLogStore();
}

QJsonObject OperationLogStore::row(qsizetype i) const {
    const Row& r = m_rows[size_t(i)];
    // Inserted in the object's own (sorted) key order: every insert appends.
    QJsonObject o;
    o.insert(QLatin1String("action"), textOr(m_strings, r.action));
    o.insert(QLatin1String("description"), textOr(m_strings, r.description));
    o.insert(QLatin1String("function"), textOr(m_strings, r.function));
    o.insert(QLatin1String("id"), r.id);
    o.insert(QLatin1String("name"), textOr(m_strings, r.name));
    o.insert(QLatin1String("result"), textOr(m_strings, r.result));
    o.insert(QLatin1String("time"), formatTime(r.time));
    o.insert(QLatin1String("user"), textOr(m_strings, r.user));
    return o;
}

qsizetype OperationLogStore::lowerBound(qint64 time) const {
    return std::lower_bound(m_rows.begin(), m_rows.end(), time,
                            [](const Row& r, qint64 t) { return r.time < t; }) -
           m_rows.begin();
}

qsizetype OperationLogStore::upperBound(qint64 time) const {
    return std::upper_bound(m_rows.begin(), m_rows.end(), time,
                            [](qint64 t, const Row& r) { return t < r.time; }) -
           m_rows.begin();
}

OperationLogStore::Page OperationLogStore::query(const Query& q) const {
    Page page;
    if (q.from > q.to || m_rows.empty())
        return page;
    const auto lo = quint32(lowerBound(q.from));
    const auto hi = quint32(upperBound(q.to));
    const qsizetype offset = qMax<qsizetype>(0, q.offset);
    const qsizetype limit = qMax<qsizetype>(0, q.limit);

    // The index list of each filter given; a filter value never seen matches nothing.
    quint32 userKey = kNone, actionKey = kNone, resultKey = kNone;
    std::vector<const std::vector<quint32>*> lists;
    const auto addList = [&](const Postings& postings, const QHash<QString, quint32>& keys,
                             const QString& value, quint32* key) {
        if (value.isEmpty())
            return true;
        *key = keys.value(value, kNone);
        const auto it = postings.constFind(*key);
        if (it == postings.cend())
            return false;
        lists.push_back(&it.value());
        return true;
    };
    if (!addList(m_byUser, m_stringIndex, q.user, &userKey) ||
        !addList(m_byAction, m_actionKeys, q.action.toCaseFolded(), &actionKey) ||
        !addList(m_byResult, m_stringIndex, q.result, &resultKey))
        return page;

    if (lists.empty()) { // the window itself, newest first
        page.total = hi - lo;
        for (qsizetype i = qsizetype(hi) - 1 - offset;
             i >= qsizetype(lo) && qsizetype(page.rows.size()) < limit; --i)
            page.rows.push_back(quint32(i));
        return page;
    }
    // The window inside each list; walk the shortest, test the other filters on its rows.
    const std::vector<quint32>* best = nullptr;
    qsizetype bestA = 0, bestB = 0;
    for (const std::vector<quint32>* list : lists) {
        const qsizetype a = std::lower_bound(list->begin(), list->end(), lo) - list->begin();
        const qsizetype b = std::lower_bound(list->begin(), list->end(), hi) - list->begin();
        if (!best || b - a < bestB - bestA) {
            best = list;
            bestA = a;
            bestB = b;
        }
    }
    if (lists.size() == 1) {
        page.total = bestB - bestA;
        for (qsizetype i = bestB - 1 - offset; i >= bestA && qsizetype(page.rows.size()) < limit; --i)
            page.rows.push_back((*best)[size_t(i)]);
        return page;
    }
    qint64 count = 0;
    for (qsizetype i = bestB - 1; i >= bestA; --i) {
        const quint32 index = (*best)[size_t(i)];
        const Row& r = m_rows[index];
        if ((userKey != kNone && r.user != userKey) || (actionKey != kNone && r.actionKey != actionKey) ||
            (resultKey != kNone && r.result != resultKey))
            continue;
        if (count >= offset && qsizetype(page.rows.size()) < limit)
            page.rows.push_back(index);
        ++count;
    }
    page.total = count;
    return page;
}

QJsonArray OperationLogStore::rowsJson(const Page& page) const {
    QJsonArray out;
    for (const quint32 i : page.rows)
        out.append(row(i));
    return out;
}

void OperationLogStore::writeRowJson(const Row& r, QByteArray* out) const {
    // The keys in QJsonObject's (sorted) order, as row() and QJsonDocument give them.
    const auto text = [this](quint32 index) -> const QByteArray& {
        static const QByteArray empty("\"\"");
        return index < m_stringsJson.size() ? m_stringsJson[index] : empty;
    };
    char time[32];
    const int timeLength = formatTimeTo(r.time, time);
    out->append("{\"action\":").append(text(r.action));
    out->append(",\"description\":").append(text(r.description));
    out->append(",\"function\":").append(text(r.function));
    out->append(",\"id\":").append(jsonString(r.id));
    out->append(",\"name\":").append(text(r.name));
    out->append(",\"result\":").append(text(r.result));
    out->append(",\"time\":\"").append(time, timeLength);
    out->append("\",\"user\":").append(text(r.user)).append('}');
}

void OperationLogStore::writeRowsJson(const Page& page, QByteArray* out) const {
    out->reserve(out->size() + qsizetype(page.rows.size()) * 200 + 2);
    out->append('[');
    for (size_t i = 0; i < page.rows.size(); ++i) {
        if (i)
            out->append(',');
        writeRowJson(m_rows[page.rows[i]], out);
    }
    out->append(']');
}

QJsonArray OperationLogStore::toJson() const {
    QJsonArray out;
    for (size_t i = 0; i < m_rows.size(); ++i)
        out.append(row(qsizetype(i)));
    return out;
}

OperationLogStore::Row OperationLogStore::rowFromJson(const QJsonObject& o) {
    qint64 t = 0;
    if (!parseTime(o.value(QLatin1String("time")).toString(), &t))
        t = 0;
    const quint32 action = intern(o.value(QLatin1String("action")).toString());
    return Row{t,
               o.value(QLatin1String("id")).toString(),
               intern(o.value(QLatin1String("user")).toString()),
               intern(o.value(QLatin1String("function")).toString()),
               action,
               intern(o.value(QLatin1String("name")).toString()),
               intern(o.value(QLatin1String("description")).toString()),
               intern(o.value(QLatin1String("result")).toString()),
               actionKeyOf(action)};
}

OperationLogStore OperationLogStore::fromJson(const QJsonArray& rows) {
    OperationLogStore s;
    s.m_rows.reserve(size_t(rows.size()));
    bool sorted = true;
    for (const QJsonValue& v : rows) {
        s.m_rows.push_back(s.rowFromJson(v.toObject()));
        if (s.m_rows.size() > 1 && s.m_rows.back().time < s.m_rows[s.m_rows.size() - 2].time)
            sorted = false;
    }
    if (!sorted)
        std::stable_sort(s.m_rows.begin(), s.m_rows.end(),
                         [](const Row& a, const Row& b) { return a.time < b.time; });
    s.rebuildIndex();
    return s;
}

void OperationLogStore::appendJson(const QJsonArray& rows) {
    bool sorted = true;
    for (const QJsonValue& v : rows) {
        Row r = rowFromJson(v.toObject());
        if (!m_rows.empty() && r.time < m_rows.back().time)
            sorted = false;
        m_rows.push_back(std::move(r));
        if (sorted)
            index(quint32(m_rows.size() - 1));
    }
    if (!sorted) {
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [](const Row& a, const Row& b) { return a.time < b.time; });
        rebuildIndex();
    }
}

void OperationLogStore::truncate(qsizetype size) {
    if (size >= qsizetype(m_rows.size()))
        return;
    m_rows.resize(size_t(qMax<qsizetype>(0, size)));
    rebuildIndex();
}
} // namespace dbss::sandbox
