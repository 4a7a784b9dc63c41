#pragma once

// Small helpers shared by the typed operation files (not part of the public surface of an area).

#include "models/api/ApiRequest.h"
#include "models/api/JsonReader.h"

#include <QJsonDocument>
#include <QList>
#include <QUrl>

namespace dbss::api {

// A path segment built from user input (ids), percent-encoded so it cannot change the path.
inline QString pathSegment(const QString& value) {
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

inline QByteArray compactJson(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline ApiRequest makeRequest(const char* operation, const QByteArray& method, const QString& path,
                              bool readOnly, Service service = Service::Dbss) {
    ApiRequest req;
    req.service = service;
    req.operation = QLatin1String(operation);
    req.method = method;
    req.path = path;
    req.readOnly = readOnly;
    req.successStatus = readOnly ? 0 : 200; // every documented write answers 200 unless set otherwise
    return req;
}

inline void addPaging(ApiRequest& req, int offset, int limit) {
    if (offset >= 0)
        req.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (limit > 0)
        req.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
}

inline QString elementPath(const char* key, qsizetype index, const QString& parentPath) {
    const QString base =
        parentPath.isEmpty() ? QLatin1String(key) : parentPath + QLatin1Char('.') + QLatin1String(key);
    return base + QStringLiteral("[%1]").arg(index);
}

// Parses the objects of array field `key` with Item::fromJson(object, missing, path).
template <class Item>
QList<Item> readItems(const JsonReader& r, const char* key, bool required, QStringList* missing,
                      const QString& parentPath = {}) {
    const QJsonArray array = required ? r.requiredArray(key) : r.array(key);
    QList<Item> items;
    items.reserve(array.size());
    for (qsizetype n = 0; n < array.size(); ++n)
        items.append(Item::fromJson(array.at(n).toObject(), missing, elementPath(key, n, parentPath)));
    return items;
}

inline QJsonArray toJsonArray(const QStringList& values) {
    QJsonArray a;
    for (const QString& v : values)
        a.append(v);
    return a;
}

} // namespace dbss::api
