#include "models/actions/BuyInstanceAction.h"

#include "models/api/ParseReply.h"

#include <QRegularExpression>

namespace dbss::models {

BuyInstanceAction::BuyInstanceAction(api::ApiClient* client, QObject* parent)
    : SubmitAction(client, parent) {}

BuyInstanceAction::~BuyInstanceAction() {
    for (const QPointer<api::ApiReply>& reply : std::as_const(m_reads)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

QStringList BuyInstanceAction::fields() {
    return {QStringLiteral("region"),
            QStringLiteral("availability_zone"),
            QStringLiteral("flavor_ref"),
            QStringLiteral("resource_spec_code"),
            QStringLiteral("name"),
            QStringLiteral("vpc_id"),
            QStringLiteral("subnet_id"),
            QStringLiteral("ip_address"),
            QStringLiteral("security_groups"),
            QStringLiteral("enterprise_project_id"),
            QStringLiteral("period_type"),
            QStringLiteral("period_num"),
            QStringLiteral("product_id"),
            QStringLiteral("comment")};
}

api::FieldErrors BuyInstanceAction::validate(const api::PeriodOrderRequest& o) {
    api::FieldChecker check;
    check.require(QStringLiteral("region"), o.region);
    check.require(QStringLiteral("availability_zone"), o.availabilityZone);
    check.require(QStringLiteral("flavor_ref"), o.flavorRef);
    check.oneOf(QStringLiteral("resource_spec_code"), o.resourceSpecCode,
                {QStringLiteral("dbss.bypassaudit.low"), QStringLiteral("dbss.bypassaudit.medium"),
                 QStringLiteral("dbss.bypassaudit.high")});
    // 3.2.3: at most 64 characters: letters, digits, '_' and '-'.
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (check.require(QStringLiteral("name"), o.name, 1, 64) && !namePattern.match(o.name).hasMatch())
        check.add(QStringLiteral("name"), tr("Only letters, digits, underscores (_) and hyphens (-)."));
    check.require(QStringLiteral("vpc_id"), o.vpcId);
    check.require(QStringLiteral("subnet_id"), o.subnetId);
    check.ip(QStringLiteral("ip_address"), o.ipAddress, false);
    if (o.securityGroupIds.isEmpty())
        check.add(QStringLiteral("security_groups"), tr("This field is mandatory."));
    check.require(QStringLiteral("enterprise_project_id"), o.enterpriseProjectId);
    if (o.periodType != 2 && o.periodType != 3) // the form offers months and years
        check.add(QStringLiteral("period_type"), tr("Choose months or years."));
    if (o.periodNum < 1)
        check.add(QStringLiteral("period_num"), tr("At least one period."));
    check.require(QStringLiteral("product_id"), o.productId);
    return check.errors();
}

void BuyInstanceAction::loadChoices() {
    m_readError = {};
    m_reads = {sendRead(api::showAuditQuota()), sendRead(api::listEcsSpecification()),
               sendRead(api::listAvailabilityZones())};
    for (const QPointer<api::ApiReply>& reply : std::as_const(m_reads))
        connect(reply, &api::ApiReply::finished, this, &BuyInstanceAction::onChoiceFinished);
}

void BuyInstanceAction::onChoiceFinished() {
    auto* reply = qobject_cast<api::ApiReply*>(sender());
    reply->deleteLater();
    api::ApiError error;
    bool ok = true;
    if (reply->request().operation == QLatin1String("ShowAuditQuota")) {
        ok = api::parseReply(*reply, &m_quota, &error);
    } else if (reply->request().operation == QLatin1String("ListEcsSpecification")) {
        api::ListEcsSpecificationResponse specs;
        ok = api::parseReply(*reply, &specs, &error);
        m_specs = specs.specification;
    } else {
        api::ListAvailabilityZonesResponse zones;
        ok = api::parseReply(*reply, &zones, &error);
        m_zones = zones.azs;
    }
    if (!ok && !m_readError.isError())
        m_readError = error;
    m_reads.removeAll(reply);
    m_reads.removeAll(nullptr);
    if (!m_reads.isEmpty())
        return;
    if (m_readError.isError())
        Q_EMIT choicesFailed(m_readError);
    else
        Q_EMIT choicesLoaded(m_quota, m_specs, m_zones);
}

bool BuyInstanceAction::submit(const api::PeriodOrderRequest& order) {
    return submitChecked(validate(order), api::createPeriodOrder(order), fields(),
                         [this](const api::ApiReply& reply) {
                             api::ApiError error;
                             api::parseReply(reply, &m_result, &error);
                             return error;
                         });
}

void BuyInstanceAction::emitSucceeded() {
    Q_EMIT succeeded(m_result);
}

} // namespace dbss::models
