#include "sandbox/http/Router.h"

namespace dbss::sandbox {

static bool isParam(const QString& segment) {
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

Route& Router::add(const QByteArray& method, const QString& pattern, Handler handler, ErrorShape shape) {
    Route route;
    route.method = method;
    route.segments = pattern.split(u'/', Qt::SkipEmptyParts);
    route.shape = shape;
    route.handler = std::move(handler);
    m_routes.push_back(std::move(route));
    return m_routes.back();
}

Router::Match Router::match(const QByteArray& method, const QString& path) const {
    // A trailing slash or an empty segment is not the documented path.
    QStringList parts = path.split(u'/');
    if (parts.isEmpty() || !parts.first().isEmpty())
        return {};
    parts.removeFirst();
    Match best;
    int bestScore = -1;
    for (const Route& route : m_routes) {
        if (route.segments.size() != parts.size())
            continue;
        QHash<QString, QString> params;
        int literals = 0;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i) {
            const QString& seg = route.segments.at(i);
            if (isParam(seg)) {
                ok = !parts.at(i).isEmpty();
                params.insert(seg.mid(1, seg.size() - 2), parts.at(i));
            } else {
                ok = seg == parts.at(i);
                ++literals;
            }
        }
        if (!ok)
            continue;
        best.pathKnown = true;
        if (route.method == method && literals > bestScore) {
            bestScore = literals;
            best.route = &route;
            best.params = std::move(params);
        }
    }
    return best;
}

} // namespace dbss::sandbox
