#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace dbss::api {

// Reads a JSON object the way real services need: unknown fields ignored, null treated as absent,
// numbers that arrive as strings (and strings that arrive as numbers) accepted. A missing
// mandatory field is remembered by its path, so the caller can report exactly which one.
class JsonReader {
public:
    explicit JsonReader(QJsonObject object, QString path = {}, QStringList* missing = nullptr);

    bool has(const char* key) const; // present and not null
    QString string(const char* key, const QString& fallback = {}) const;
    qint64 integer(const char* key, qint64 fallback = 0) const;
    bool boolean(const char* key, bool fallback = false) const;
    QJsonArray array(const char* key) const;
    JsonReader object(const char* key) const;
    QStringList strings(const char* key) const;

    // The same, but a missing (or null) field is recorded as missing.
    QString requiredString(const char* key) const;
    qint64 requiredInteger(const char* key) const;
    QJsonArray requiredArray(const char* key) const;

    // Readers for the elements of an array field ("servers[3]"), sharing this reader's record.
    JsonReader element(const char* arrayKey, qsizetype index, const QJsonObject& element) const;

    const QJsonObject& raw() const { return m_object; }
    QStringList missing() const { return m_missing ? *m_missing : QStringList(); }
    bool ok() const { return !m_missing || m_missing->isEmpty(); }

private:
    QJsonValue value(const char* key) const;
    void markMissing(const char* key) const;
    QJsonObject m_object;
    QString m_path;
    QStringList* m_missing;
    std::shared_ptr<QStringList> m_ownMissing;
};

} // namespace dbss::api
