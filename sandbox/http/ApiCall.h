#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace dbss::sandbox {

// One request as the handlers see it: copied out of QHttpServerRequest so it outlives it.
struct ApiCall {
    QByteArray method;    // "GET", "POST", ...
    QString encodedPath;  // as sent on the wire (signature input)
    QString path;         // percent-decoded (routing)
    QString encodedQuery; // as sent, without '?'
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHash<QString, QString> params; // path template values, e.g. "instance_id"
    QString user;                   // authenticated user name (operation log)
    QString accessKey;              // the AK of an AK/SK-signed call (its tenant); empty for tokens

    QByteArray header(const QByteArray& name) const; // case-insensitive, first match
    bool hasHeader(const QByteArray& name) const;
    QString param(const QString& name) const { return params.value(name); }
    bool hasQuery(const QString& key) const { return query.hasQueryItem(key); }
    QString queryValue(const QString& key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

} // namespace dbss::sandbox
