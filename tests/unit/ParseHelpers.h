#pragma once

// Test helper: parse a document example (kept here as test data) with T::fromJson.

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

template <class T> T parseExample(const char* json, QStringList* missing) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (!doc.isObject())
        qFatal("test data is not a JSON object: %s", qPrintable(error.errorString()));
    return T::fromJson(doc.object(), missing);
}

inline QJsonObject bodyObject(const QByteArray& body) {
    return QJsonDocument::fromJson(body).object();
}
