#include "models/api/JsonReader.h"

namespace dbss::api {

namespace {
QString childPath(const QString& base, const char* key) {
    return base.isEmpty() ? QString::fromLatin1(key) : QString(base + QLatin1Char('.') + QLatin1String(key));
}

// Casting a double outside qint64's range (1e300, found by fuzzing) to qint64 is undefined.
bool fitsInt64(double d) {
    return d >= -9223372036854775808.0 && d < 9223372036854775808.0;
}
} // namespace

JsonReader::JsonReader(QJsonObject object, QString path, QStringList* missing)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_missing(missing) {
    if (!m_missing) {
        m_ownMissing = std::make_shared<QStringList>();
        m_missing = m_ownMissing.get();
    }
}

QJsonValue JsonReader::value(const char* key) const {
    const QJsonValue v = m_object.value(QLatin1String(key));
    return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
}

void JsonReader::markMissing(const char* key) const {
    const QString name = childPath(m_path, key);
    m_missing->append(name);
}

bool JsonReader::has(const char* key) const {
    return !value(key).isUndefined();
}

QString JsonReader::string(const char* key, const QString& fallback) const {
    const QJsonValue v = value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return fitsInt64(d) && d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return fallback;
}

qint64 JsonReader::integer(const char* key, qint64 fallback) const {
    const QJsonValue v = value(key);
    if (v.isDouble())
        return fitsInt64(v.toDouble()) ? qint64(v.toDouble()) : fallback;
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        return ok ? n : fallback;
    }
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    return fallback;
}

bool JsonReader::boolean(const char* key, bool fallback) const {
    const QJsonValue v = value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isString())
        return v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    if (v.isDouble())
        return v.toDouble() != 0;
    return fallback;
}

QJsonArray JsonReader::array(const char* key) const {
    return value(key).toArray();
}

JsonReader JsonReader::object(const char* key) const {
    const QString path = childPath(m_path, key);
    return JsonReader(value(key).toObject(), path, m_missing);
}

QStringList JsonReader::strings(const char* key) const {
    QStringList out;
    for (const QJsonValue& v : value(key).toArray())
        if (v.isString())
            out.append(v.toString());
    return out;
}

QString JsonReader::requiredString(const char* key) const {
    if (!has(key))
        markMissing(key);
    return string(key);
}

qint64 JsonReader::requiredInteger(const char* key) const {
    if (!has(key))
        markMissing(key);
    return integer(key);
}

QJsonArray JsonReader::requiredArray(const char* key) const {
    if (!value(key).isArray())
        markMissing(key);
    return array(key);
}

JsonReader JsonReader::element(const char* arrayKey, qsizetype index, const QJsonObject& element) const {
    const QString base = childPath(m_path, arrayKey);
    return JsonReader(element, base + QStringLiteral("[%1]").arg(index), m_missing);
}

} // namespace dbss::api
