#include "models/tables/OperationLogRows.h"

#include "models/tables/CellFormat.h"

#include <QDateTime>

#include <cstdio>
#include <cstring>

namespace dbss::models {

namespace {

// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm): no QDateTime per row.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d) {
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, qint64* y, unsigned* m, unsigned* d) {
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = qint64(yoe) + era * 400 + (*m <= 2);
}

// "yyyy-MM-dd HH:mm:ss" (UTC) to milliseconds; kNoTime when the text has another shape.
qint64 parseFixedUtc(const QString& t) {
    if (t.size() != 19 || t[4] != u'-' || t[7] != u'-' || t[10] != u' ' || t[13] != u':' || t[16] != u':')
        return OperationLogRows::kNoTime;
    auto num = [&t](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = t[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    const int y = num(0, 4), mo = num(5, 2), d = num(8, 2), h = num(11, 2), mi = num(14, 2), s = num(17, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 ||
        s > 59 || !QDate::isValid(y, mo, d))
        return OperationLogRows::kNoTime;
    return ((daysFromCivil(y, unsigned(mo), unsigned(d)) * 24 + h) * 60 + mi) * 60000LL + s * 1000LL;
}

// "yyyy-MM-dd HH:mm:ss" (UTC) into buf, by hand (an export formats a million); its length.
int formatUtcChars(qint64 ms, char (&buf)[64]) {
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    // Neighbouring rows share their day (a log is ordered by time): the calendar once per day.
    thread_local qint64 lastDays = std::numeric_limits<qint64>::min(), y = 0;
    thread_local unsigned m = 0, d = 0;
    if (days != lastDays) {
        civilFromDays(days, &y, &m, &d);
        lastDays = days;
    }
    const auto secs = unsigned(rest / 1000);
    if (y < 0 || y > 9999)
        return std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u %02u:%02u:%02u", static_cast<long long>(y), m,
                             d, secs / 3600, secs / 60 % 60, secs % 60);
    auto two = [&buf](int at, unsigned v) {
        buf[at] = char('0' + v / 10);
        buf[at + 1] = char('0' + v % 10);
    };
    two(0, unsigned(y / 100));
    two(2, unsigned(y % 100));
    buf[4] = buf[7] = '-';
    two(5, m);
    two(8, d);
    buf[10] = ' ';
    two(11, secs / 3600);
    buf[13] = buf[16] = ':';
    two(14, secs / 60 % 60);
    two(17, secs % 60);
    return 19;
}

QString formatUtc(qint64 ms) {
    char buf[64];
    const int n = formatUtcChars(ms, buf);
    return QString::fromLatin1(buf, n);
}

size_t slotOf(QByteArrayView id, size_t mask) {
    return size_t(qHash(id)) & mask;
}

} // namespace

quint32 OperationLogRows::Pool::intern(const QString& s) {
    const auto it = index.constFind(s);
    if (it != index.cend())
        return *it;
    const quint32 i = quint32(values.size());
    values.append(s);
    utf8.push_back(s.toUtf8());
    index.insert(s, i);
    return i;
}

void OperationLogRows::clear() {
    *this = OperationLogRows();
}

void OperationLogRows::reserve(qint64 rows, qint64 textBytes) {
    const size_t n = size_t(rows);
    m_time.reserve(n);
    m_user.reserve(n);
    m_function.reserve(n);
    m_action.reserve(n);
    m_result.reserve(n);
    m_textStart.reserve(n);
    m_textLength.reserve(n * FieldCount);
    m_arena.reserve(textBytes);
    size_t slots = std::max<size_t>(1024, m_slots.size());
    while (n * 2 > slots)
        slots *= 2;
    if (slots != m_slots.size())
        rehash(slots); // now, while few rows are held, not at a million
}

void OperationLogRows::reserveFor(qint64 rows, const OperationLogRows& sample) {
    if (rows <= qint64(m_time.capacity()) || sample.isEmpty())
        return;
    reserve(rows, rows * (sample.m_arena.size() / sample.size() + 16));
}

void OperationLogRows::append(const api::OperationLog& log) {
    qint64 time = parseFixedUtc(log.time);
    QByteArray timeText;
    if (time == kNoTime) { // another shape: keep the text as sent, sort by what it means
        const QDateTime t = cell::parseServiceTime(log.time);
        time = t.isValid() ? t.toMSecsSinceEpoch() : kNoTime;
        timeText = log.time.toUtf8();
        if (timeText.isEmpty() && time == kNoTime)
            timeText = QByteArray(); // absent
    }
    const QByteArray id = log.id.toUtf8(), name = log.name.toUtf8(), description = log.description.toUtf8();
    const QByteArrayView texts[FieldCount] = {id, name, description, timeText};
    appendRow(time, log.user, log.function, log.action, log.result, texts);
}

void OperationLogRows::appendRow(qint64 time, const QString& user, const QString& function,
                                 const QString& action, const QString& result,
                                 const QByteArrayView (&texts)[FieldCount]) {
    m_time.push_back(time);
    m_user.push_back(m_users.intern(user));
    m_function.push_back(m_functions.intern(function));
    m_action.push_back(m_actions.intern(action));
    m_result.push_back(m_results.intern(result));
    Q_ASSERT(quint64(m_arena.size()) <
             std::numeric_limits<quint32>::max()); // bounded by the pager's maxPages
    m_textStart.push_back(quint32(m_arena.size()));
    for (const QByteArrayView& t : texts) {
        m_textLength.push_back(quint32(t.size()));
        m_arena.append(t.data(), t.size());
    }
    indexRow(size() - 1);
}

void OperationLogRows::append(const OperationLogRows& other) {
    for (qint64 r = 0; r < other.size(); ++r)
        append(other, r);
}

void OperationLogRows::append(const OperationLogRows& o, qint64 r) {
    const QByteArrayView texts[FieldCount] = {o.bytes(r, Id), o.bytes(r, Name), o.bytes(r, Description),
                                              o.bytes(r, TimeText)};
    appendRow(o.m_time[size_t(r)], o.user(r), o.function(r), o.action(r), o.result(r), texts);
}

bool OperationLogRows::sameRow(qint64 row, const OperationLogRows& o, qint64 r) const {
    for (int f = 0; f < FieldCount; ++f)
        if (bytes(row, Field(f)) != o.bytes(r, Field(f)))
            return false;
    return m_time[size_t(row)] == o.m_time[size_t(r)] && user(row) == o.user(r) &&
           function(row) == o.function(r) && action(row) == o.action(r) && result(row) == o.result(r);
}

void OperationLogRows::assign(qint64 row, const OperationLogRows& o, qint64 r) {
    // The old texts stay in the arena unreferenced (a changed log row is rare: logs are append-only).
    const size_t i = size_t(row);
    m_time[i] = o.m_time[size_t(r)];
    m_user[i] = m_users.intern(o.user(r));
    m_function[i] = m_functions.intern(o.function(r));
    m_action[i] = m_actions.intern(o.action(r));
    m_result[i] = m_results.intern(o.result(r));
    m_textStart[i] = quint32(m_arena.size());
    for (int f = 0; f < FieldCount; ++f) {
        const QByteArrayView t = o.bytes(r, Field(f));
        m_textLength[i * FieldCount + size_t(f)] = quint32(t.size());
        m_arena.append(t.data(), t.size());
    }
}

void OperationLogRows::erase(qint64 first, qint64 last) {
    const auto b = size_t(first), e = size_t(last) + 1;
    for (auto* v : {&m_user, &m_function, &m_action, &m_result, &m_textStart})
        v->erase(v->begin() + qsizetype(b), v->begin() + qsizetype(e));
    m_time.erase(m_time.begin() + qsizetype(b), m_time.begin() + qsizetype(e));
    m_textLength.erase(m_textLength.begin() + qsizetype(b * FieldCount),
                       m_textLength.begin() + qsizetype(e * FieldCount));
    rehash(m_slots.size());
}

QByteArrayView OperationLogRows::bytes(qint64 row, Field f) const {
    const size_t i = size_t(row) * FieldCount;
    quint32 start = m_textStart[size_t(row)];
    for (int k = 0; k < f; ++k)
        start += m_textLength[i + size_t(k)];
    return QByteArrayView(m_arena.constData() + start, m_textLength[i + size_t(f)]);
}

void OperationLogRows::indexRow(qint64 row) {
    if (size_t(size()) * 2 > m_slots.size()) {
        rehash(std::max<size_t>(1024, m_slots.size() * 2));
        return; // rehash indexed every row, this one included
    }
    const size_t mask = m_slots.size() - 1;
    for (size_t s = slotOf(bytes(row, Id), mask);; s = (s + 1) & mask) {
        if (m_slots[s] == 0) {
            m_slots[s] = quint32(row + 1);
            return;
        }
        if (bytes(qint64(m_slots[s]) - 1, Id) == bytes(row, Id))
            return; // the same id twice: find() gives the first
    }
}

void OperationLogRows::rehash(size_t slots) {
    slots = std::max<size_t>(1024, slots);
    while (size_t(size()) * 2 > slots)
        slots *= 2;
    m_slots.assign(slots, 0);
    const size_t mask = slots - 1;
    for (qint64 row = 0; row < size(); ++row) {
        for (size_t s = slotOf(bytes(row, Id), mask);; s = (s + 1) & mask) {
            if (m_slots[s] == 0) {
                m_slots[s] = quint32(row + 1);
                break;
            }
            if (bytes(qint64(m_slots[s]) - 1, Id) == bytes(row, Id))
                break;
        }
    }
}

qint64 OperationLogRows::find(QByteArrayView id) const {
    if (m_slots.empty())
        return -1;
    const size_t mask = m_slots.size() - 1;
    for (size_t s = slotOf(id, mask);; s = (s + 1) & mask) {
        if (m_slots[s] == 0)
            return -1;
        if (bytes(qint64(m_slots[s]) - 1, Id) == id)
            return qint64(m_slots[s]) - 1;
    }
}

QString OperationLogRows::timeText(qint64 row) const {
    const QByteArrayView t = bytes(row, TimeText);
    if (!t.isEmpty() || m_time[size_t(row)] == kNoTime)
        return QString::fromUtf8(t);
    return formatUtc(m_time[size_t(row)]);
}

QString OperationLogRows::localTimeText(qint64 row) const {
    const qint64 ms = m_time[size_t(row)];
    if (ms == kNoTime)
        return timeText(row);
    const qint64 hour = ms >= 0 ? ms / 3600000 : (ms - 3599999) / 3600000;
    ZoneOffset& zone = m_zone[size_t(hour) % std::size(m_zone)];
    if (zone.hour != hour) {
        zone.hour = hour;
        zone.offsetMs =
            qint64(QDateTime::fromMSecsSinceEpoch(hour * 3600000, Qt::UTC).toLocalTime().offsetFromUtc()) *
            1000;
    }
    return formatUtc(ms + zone.offsetMs);
}

QString OperationLogRows::isoUtcText(qint64 row) const {
    const qint64 ms = m_time[size_t(row)];
    if (ms == kNoTime)
        return QString();
    QString t = formatUtc(ms);
    t[10] = u'T';
    return t + u'Z';
}

QByteArrayView OperationLogRows::isoUtcUtf8(qint64 row, QByteArray& scratch) const {
    const qint64 ms = m_time[size_t(row)];
    if (ms == kNoTime)
        return {};
    char buf[64];
    const int n = formatUtcChars(ms, buf);
    scratch.resize(n + 1);
    std::memcpy(scratch.data(), buf, size_t(n));
    scratch[10] = 'T';
    scratch[n] = 'Z';
    return scratch;
}

QJsonObject OperationLogRows::raw(qint64 row) const {
    return QJsonObject{
        {QStringLiteral("id"), id(row)},
        {QStringLiteral("user"), user(row)},
        {QStringLiteral("time"), timeText(row)},
        {QStringLiteral("function"), function(row)},
        {QStringLiteral("action"), action(row)},
        {QStringLiteral("name"), name(row)},
        {QStringLiteral("description"), description(row)},
        {QStringLiteral("result"), result(row)},
    };
}

bool OperationLogRows::poolHit(int which, const Pool& pool, quint32 value) const {
    std::vector<qint8>& hits = m_hits.pool[which];
    if (value >= hits.size())
        hits.resize(size_t(value) + 1, -1);
    if (hits[value] < 0)
        hits[value] = m_hits.needle.in(pool.values.at(value)) ? 1 : 0;
    return hits[value] > 0;
}

bool OperationLogRows::contains(qint64 row, const TextNeedle& needle) const {
    if (needle.isEmpty())
        return true;
    if (!m_hits.needle.sameAs(needle)) {
        m_hits = Hits{needle, true, {}};
        for (QChar c : needle.text)
            m_hits.timeLike = m_hits.timeLike && (c.isDigit() || c == u'-' || c == u':' || c == u' ');
    }
    const size_t r = size_t(row);
    if (poolHit(0, m_users, m_user[r]) || poolHit(1, m_functions, m_function[r]) ||
        poolHit(2, m_actions, m_action[r]) || needle.in(bytes(row, Name)) ||
        needle.in(bytes(row, Description)))
        return true;
    if (m_time[r] == kNoTime)
        return needle.in(bytes(row, TimeText));
    return m_hits.timeLike && needle.in(localTimeText(row));
}

qint64 OperationLogRows::memoryBytes() const {
    auto pool = [](const Pool& p) {
        qint64 n = 0;
        for (const QString& s : p.values)
            n += 3 * s.size() + 96; // the string, its UTF-8, list slots and its hash node
        return n;
    };
    return qint64(m_time.capacity() * sizeof(qint64)) +
           qint64((m_user.capacity() + m_function.capacity() + m_action.capacity() + m_result.capacity() +
                   m_textStart.capacity() + m_textLength.capacity() + m_slots.capacity()) *
                  sizeof(quint32)) +
           m_arena.capacity() + pool(m_users) + pool(m_functions) + pool(m_actions) + pool(m_results);
}

} // namespace dbss::models
