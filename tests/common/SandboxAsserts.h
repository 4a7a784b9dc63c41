#pragma once

#include "tests/common/SandboxTestClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace dbss::test {

enum class ErrorBody { Nested, Flat };

// Empty when `r` is an error of the given status and code in the given documented shape:
// Nested {"error":{"error_code","error_msg"}} or Flat {"error_code","error_msg"}.
inline QString errorProblem(const TestResponse& r, int status, const QString& code,
                            ErrorBody shape = ErrorBody::Nested) {
    if (r.status != status)
        return QStringLiteral("status %1, expected %2; body %3")
            .arg(r.status)
            .arg(status)
            .arg(QString::fromUtf8(r.body));
    const QJsonObject root = r.json();
    const QJsonObject e = shape == ErrorBody::Nested ? root.value(QStringLiteral("error")).toObject() : root;
    if (shape == ErrorBody::Nested && root.keys() != QStringList{QStringLiteral("error")})
        return QStringLiteral("nested error body must hold only 'error': %1").arg(QString::fromUtf8(r.body));
    if (e.value(QStringLiteral("error_code")).toString() != code)
        return QStringLiteral("error_code %1, expected %2")
            .arg(e.value(QStringLiteral("error_code")).toString(), code);
    if (!e.value(QStringLiteral("error_msg")).isString() ||
        e.value(QStringLiteral("error_msg")).toString().isEmpty())
        return QStringLiteral("error_msg missing: %1").arg(QString::fromUtf8(r.body));
    return {};
}

// Empty when every key of `types` is in `o` with that JSON type ("string", "int", "bool",
// "array", "object", "string?" for string-or-null, "int?" for int-or-null).
inline QString fieldProblem(const QJsonObject& o, const QList<QPair<QString, QString>>& types) {
    for (const auto& [key, type] : types) {
        if (!o.contains(key))
            return QStringLiteral("missing field %1 in %2")
                .arg(key, QString::fromUtf8(QJsonDocument(o).toJson()));
        const QJsonValue v = o.value(key);
        const bool nullable = type.endsWith(u'?');
        const QString base = nullable ? type.chopped(1) : type;
        if (nullable && v.isNull())
            continue;
        bool ok = false;
        if (base == QLatin1String("string"))
            ok = v.isString();
        else if (base == QLatin1String("int"))
            ok = v.isDouble() && v.toDouble() == double(v.toInteger());
        else if (base == QLatin1String("bool"))
            ok = v.isBool();
        else if (base == QLatin1String("array"))
            ok = v.isArray();
        else if (base == QLatin1String("object"))
            ok = v.isObject();
        if (!ok)
            return QStringLiteral("field %1 is not %2").arg(key, type);
    }
    return {};
}

} // namespace dbss::test
