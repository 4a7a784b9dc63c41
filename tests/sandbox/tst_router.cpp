// In-process checks of the router's template matching (no server needed).
#include "sandbox/http/Router.h"

#include <QTest>

using namespace dbss::sandbox;

class TestRouter : public QObject {
    Q_OBJECT
private:
    Router m_router;
    static Handler tag(int n) {
        return [n](ApiCall&) {
            return HttpReply::json(200, {{QStringLiteral("n"), n}});
        };
    }
    int hit(const QByteArray& method, const QString& path) {
        const Router::Match m = m_router.match(method, path);
        if (!m.route)
            return m.pathKnown ? -405 : -404;
        ApiCall call;
        return m.route->handler(call).body.mid(5).chopped(1).toInt();
    }

private Q_SLOTS:
    void initTestCase() {
        m_router.add("GET", QStringLiteral("/v1/{project_id}/dbss/audit/instances"), tag(1));
        m_router.add("GET", QStringLiteral("/v1/{project_id}/{instance_id}/dbss/audit/databases"), tag(2));
        m_router.add("GET", QStringLiteral("/v1/{project_id}/dbss/audit/jobs/{resource_id}"), tag(3));
        m_router.add("GET", QStringLiteral("/v1/{project_id}/{resource_type}/tags"), tag(4));
        m_router.add("POST", QStringLiteral("/v1/{project_id}/{resource_type}/{resource_id}/tags/create"),
                     tag(5));
        m_router.add("POST", QStringLiteral("/v1/{project_id}/{instance_id}/audit/agent/switch"), tag(6));
        m_router.add("GET", QStringLiteral("/v2/{project_id}/audit/databases/rds"), tag(7));
        m_router.add("POST", QStringLiteral("/v2/{project_id}/audit/{instance_id}/databases"), tag(8));
    }

    void matching() {
        QCOMPARE(hit("GET", QStringLiteral("/v1/p/dbss/audit/instances")), 1);
        QCOMPARE(hit("GET", QStringLiteral("/v1/p/i/dbss/audit/databases")), 2);
        QCOMPARE(hit("GET", QStringLiteral("/v1/p/dbss/audit/jobs/r")), 3);
        QCOMPARE(hit("GET", QStringLiteral("/v1/p/auditInstance/tags")), 4);
        QCOMPARE(hit("POST", QStringLiteral("/v1/p/auditInstance/r/tags/create")), 5);
        QCOMPARE(hit("POST", QStringLiteral("/v1/p/i/audit/agent/switch")), 6);
        QCOMPARE(hit("GET", QStringLiteral("/v2/p/audit/databases/rds")), 7);
        QCOMPARE(hit("POST", QStringLiteral("/v2/p/audit/i/databases")), 8);
    }

    void parameters() {
        const Router::Match m = m_router.match("GET", QStringLiteral("/v1/abc/inst-1/dbss/audit/databases"));
        QVERIFY(m.route);
        QCOMPARE(m.params.value(QStringLiteral("project_id")), QStringLiteral("abc"));
        QCOMPARE(m.params.value(QStringLiteral("instance_id")), QStringLiteral("inst-1"));
    }

    void misses() {
        QCOMPARE(hit("DELETE", QStringLiteral("/v1/p/dbss/audit/instances")), -405);
        QCOMPARE(hit("GET", QStringLiteral("/v1/p/dbss/audit/instances/")), -404); // trailing slash
        QCOMPARE(hit("GET", QStringLiteral("/v1//dbss/audit/instances")), -404);   // empty parameter
        QCOMPARE(hit("GET", QStringLiteral("/v1/p/dbss/audit")), -404);
        QCOMPARE(hit("GET", QStringLiteral("v1/p/dbss/audit/instances")), -404);
        QCOMPARE(hit("GET", QStringLiteral("/v3/p/dbss/audit/instances")), -404);
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
