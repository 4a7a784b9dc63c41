#include "views/BuyInstanceWizard.h"

#include "models/actions/BuyInstanceAction.h"
#include "models/api/ApiClient.h"
#include "models/api/EndpointTable.h"
#include "models/tables/CellFormat.h"
#include "views/FieldValidators.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dbss::views {

namespace {
QFormLayout* section(QVBoxLayout* main, int position, const QString& title) {
    auto* box = new QGroupBox(title);
    auto* form = new QFormLayout(box);
    // Every field as wide as the section: a word-wrapped hint at its narrow size hint would be cut.
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    main->insertWidget(position, box);
    return form;
}

// A grey line under a field the console cannot look up: what it is and where the operator finds it.
QLabel* hint(const QString& html) {
    auto* label = new QLabel(html);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return label;
}
} // namespace

BuyInstanceWizard::BuyInstanceWizard(api::ApiClient* client, QWidget* parent)
    : SubmitDialog(parent)
    , m_region(client->config().region)
    , m_action(new models::BuyInstanceAction(client, this))
    , m_quota(new QLabel(tr("Loading quota…")))
    , m_zone(new QComboBox)
    , m_spec(new QComboBox)
    , m_name(new QLineEdit)
    , m_vpc(new QLineEdit)
    , m_subnet(new QLineEdit)
    , m_ip(new QLineEdit)
    , m_groups(new QLineEdit)
    , m_enterprise(new QLineEdit(QStringLiteral("0")))
    , m_periodType(new QComboBox)
    , m_periodNum(new QSpinBox)
    , m_autoRenew(new QCheckBox(tr("Renew &automatically")))
    , m_product(new QLineEdit)
    , m_comment(new QLineEdit) {
    setWindowTitle(tr("Buy Audit Instance"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 90); // the hints read as sentences
    m_quota->setObjectName(QStringLiteral("quotaLabel"));
    m_quota->setWordWrap(true);
    mainLayout()->insertWidget(0, m_quota);

    QFormLayout* location = section(mainLayout(), 1, tr("1. Location"));
    const auto info = api::EndpointTable::region(m_region);
    auto* region = new QLabel(info ? QStringLiteral("%1 (%2)").arg(info->localName(), m_region) : m_region);
    addField(QStringLiteral("region"), tr("Region:"), region, location);
    addField(QStringLiteral("availability_zone"), tr("Availability &zone:"), m_zone, location);

    QFormLayout* spec = section(mainLayout(), 2, tr("2. Specification"));
    // The combo's text is long ("name (level: n vCPUs, n MB, n databases)"): let it be as wide as
    // its longest item, and repeat the chosen one in full below it.
    m_spec->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addField(QStringLiteral("flavor_ref"), tr("&Specification:"), m_spec, spec);
    m_specDetail = new QLabel;
    m_specDetail->setObjectName(QStringLiteral("specDetail"));
    m_specDetail->setWordWrap(true);
    m_specDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    spec->addRow(QString(), m_specDetail);
    m_name->setMaxLength(64);
    m_name->setPlaceholderText(tr("Letters, digits, _ and -; at most 64"));
    addField(QStringLiteral("name"), tr("&Name:"), m_name, spec);

    QFormLayout* network = section(mainLayout(), 3, tr("3. Network"));
    addField(QStringLiteral("vpc_id"), tr("&VPC id:"), m_vpc, network);
    network->addRow(QString(), hint(tr("The console cannot list VPCs. Find the id on the VPC console "
                                       "(<a href=\"https://console.huaweicloud.com/vpc/\">Virtual Private "
                                       "Cloud</a> &gt; the VPC &gt; ID), in the region above.")));
    addField(QStringLiteral("subnet_id"), tr("Su&bnet id:"), m_subnet, network);
    network->addRow(QString(), hint(tr("The subnet's <i>network ID</i> on the VPC console (Subnets &gt; the "
                                       "subnet); it must belong to the VPC and be in the chosen zone.")));
    m_ip->setValidator(new IpValidator(m_ip));
    m_ip->setPlaceholderText(tr("Optional: assigned automatically"));
    addField(QStringLiteral("ip_address"), tr("&IP address:"), m_ip, network);
    m_groups->setPlaceholderText(tr("Security group id"));
    addField(QStringLiteral("security_groups"), tr("Security &group:"), m_groups, network);
    network->addRow(QString(),
                    hint(tr("VPC console &gt; Access Control &gt; Security Groups &gt; the group's "
                            "ID. The instance gets one security group.")));
    addField(QStringLiteral("enterprise_project_id"), tr("&Enterprise project:"), m_enterprise, network);

    QFormLayout* period = section(mainLayout(), 4, tr("4. Period"));
    m_periodType->addItem(tr("Months"), 2);
    m_periodType->addItem(tr("Years"), 3);
    addField(QStringLiteral("period_type"), tr("&Billed in:"), m_periodType, period);
    addField(QStringLiteral("period_num"), tr("&Length:"), m_periodNum, period);
    addField(QStringLiteral("is_auto_renew"), {}, m_autoRenew, period);
    m_product->setPlaceholderText(tr("Product id of the price inquiry"));
    addField(QStringLiteral("product_id"), tr("&Product id:"), m_product, period);
    period->addRow(
        QString(),
        hint(tr("The product id comes from the price inquiry of Huawei Cloud's billing service (BSS "
                "ListRateOnPeriodDetail, e.g. in <a href=\"https://console.huaweicloud.com/apiexplorer/"
                "\">API Explorer</a>) for the chosen specification, region and period; the console "
                "cannot query it.")));
    addField(QStringLiteral("comment"), tr("&Remarks:"), m_comment, period);
    setSubmitText(tr("&Order"));
    updatePeriodRange();

    connect(m_periodType, &QComboBox::currentIndexChanged, this, &BuyInstanceWizard::updatePeriodRange);
    connect(m_spec, &QComboBox::currentIndexChanged, this, &BuyInstanceWizard::fillZones);
    connect(m_spec, &QComboBox::currentIndexChanged, this, &BuyInstanceWizard::showSpecDetail);
    bindAction(m_action);
    connect(m_action, &models::BuyInstanceAction::choicesLoaded, this, &BuyInstanceWizard::showChoices);
    connect(m_action, &models::BuyInstanceAction::choicesFailed, this, [this](const api::ApiError& e) {
        m_quota->setText(tr("Quota unknown."));
        showApiError(e, {});
        Q_EMIT choicesLoaded();
    });
    connect(m_action, &models::BuyInstanceAction::succeeded, this, [this](const api::PeriodOrderResponse& r) {
        Q_EMIT submitted(r, m_name->text().trimmed());
        accept();
    });
    m_action->loadChoices();
}

void BuyInstanceWizard::updatePeriodRange() {
    // The console sells 1-9 months or 1-3 years.
    m_periodNum->setRange(1, m_periodType->currentData().toInt() == 3 ? 3 : 9);
}

void BuyInstanceWizard::showChoices(const api::AuditQuota& quota, const QList<api::EcsSpecification>& specs,
                                    const QList<api::AvailabilityZone>& zones) {
    m_specs = specs;
    m_zones = zones;
    if (quota.auditQuota > 0)
        m_quota->setText(tr("Quota: %n more instance(s) can be created (vCPUs left: %1, RAM left: %2 MB).",
                            nullptr, int(quota.auditQuota))
                             .arg(quota.cpu)
                             .arg(quota.ram));
    else
        m_quota->setText(tr("Quota: no instance can be created; the order will be refused."));
    m_spec->clear();
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const api::EcsSpecification& s = specs.at(i);
        m_spec->addItem(tr("%1 (%2: %3 vCPUs, %4 MB, %5 databases)")
                            .arg(s.name, models::cell::editionText(s.level))
                            .arg(s.vcpus)
                            .arg(s.ram)
                            .arg(s.proxy),
                        s.id);
    }
    m_spec->setMinimumWidth(m_spec->sizeHint().width()); // the longest specification, unclipped
    fillZones();
    showSpecDetail();
    growToFit();
    Q_EMIT choicesLoaded();
}

void BuyInstanceWizard::growToFit() {
    // The choices arrive after the form is shown; a shown dialog does not grow by itself for the
    // lines they add, and a squeezed form layout cuts word-wrapped hints.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void BuyInstanceWizard::showSpecDetail() {
    const int index = m_spec->currentIndex();
    if (index < 0 || index >= m_specs.size()) {
        m_specDetail->clear();
        return;
    }
    const api::EcsSpecification& s = m_specs.at(index);
    m_specDetail->setText(tr("%1 — edition %2: %3 vCPUs, %4 GB memory, up to %5 databases; zones: %6")
                              .arg(s.name, models::cell::editionText(s.level))
                              .arg(s.vcpus)
                              .arg(double(s.ram) / 1024.0, 0, 'g', 3)
                              .arg(s.proxy)
                              .arg(s.azs.isEmpty() ? tr("all") : s.azs.join(QStringLiteral(", "))));
}

void BuyInstanceWizard::fillZones() {
    const int index = m_spec->currentIndex();
    const QStringList allowed = index >= 0 && index < m_specs.size() ? m_specs.at(index).azs : QStringList{};
    const QString current = comboValue(m_zone);
    m_zone->clear();
    for (const api::AvailabilityZone& z : std::as_const(m_zones)) {
        if (!allowed.isEmpty() && !allowed.contains(z.zoneName))
            continue;
        m_zone->addItem(z.alias.isEmpty() ? z.zoneName : QStringLiteral("%1 (%2)").arg(z.alias, z.zoneName),
                        z.zoneName);
    }
    const int keep = m_zone->findData(current);
    if (keep >= 0)
        m_zone->setCurrentIndex(keep);
}

api::PeriodOrderRequest BuyInstanceWizard::order() const {
    api::PeriodOrderRequest o;
    o.region = m_region;
    o.availabilityZone = comboValue(m_zone);
    const int index = m_spec->currentIndex();
    if (index >= 0 && index < m_specs.size()) {
        o.flavorRef = m_specs.at(index).id;
        o.resourceSpecCode = QStringLiteral("dbss.bypassaudit.") + m_specs.at(index).level;
    }
    o.name = m_name->text().trimmed();
    o.vpcId = m_vpc->text().trimmed();
    o.subnetId = m_subnet->text().trimmed();
    o.ipAddress = m_ip->text().trimmed();
    o.securityGroupIds = api::splitList(m_groups->text());
    o.enterpriseProjectId = m_enterprise->text().trimmed();
    o.chargingMode = 0;
    o.periodType = m_periodType->currentData().toInt();
    o.periodNum = m_periodNum->value();
    o.autoRenew = m_autoRenew->isChecked();
    o.productId = m_product->text().trimmed();
    o.comment = m_comment->text().trimmed();
    return o;
}

void BuyInstanceWizard::submit() {
    m_action->submit(order());
}

} // namespace dbss::views
