#include "views/PolicyPreviewDialog.h"

#include "models/tables/CellFormat.h"
#include "views/Notifier.h"
#include "views/ReadableColors.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dbss::views {

namespace {
QString listText(const QString& list) {
    if (list == QLatin1String("risk_rules"))
        return PolicyPreviewDialog::tr("Risk rules");
    if (list == QLatin1String("sql_injection_rules"))
        return PolicyPreviewDialog::tr("SQL injection rules");
    if (list == QLatin1String("masking_rules"))
        return PolicyPreviewDialog::tr("Masking rules");
    if (list == QLatin1String("audit_scopes"))
        return PolicyPreviewDialog::tr("Audit scopes");
    return list;
}

QString stateText(const QString& state) {
    if (state == QLatin1String("ON") || state == QLatin1String("OFF"))
        return models::cell::onOffText(state);
    if (state == QLatin1String("absent"))
        return PolicyPreviewDialog::tr("Not present");
    return state;
}
} // namespace

PolicyPreviewDialog::PolicyPreviewDialog(api::ApiClient* client, const QString& title,
                                         const models::PolicyPlan& plan, const models::Policy& desired,
                                         QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_desired(desired)
    , m_applier(new models::PolicyApplier(client, this))
    , m_summary(new QLabel)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_report(new QLabel)
    , m_apply(new QPushButton(tr("&Apply")))
    , m_close(new QPushButton(tr("Cancel"))) {
    setObjectName(QStringLiteral("policyPreviewDialog"));
    setWindowTitle(title);
    resize(900, 520);

    m_summary->setObjectName(QStringLiteral("policySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setObjectName(QStringLiteral("policyReport"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->hide();
    m_table->setObjectName(QStringLiteral("policyChanges"));
    m_table->setHorizontalHeaderLabels(
        {tr("Change"), tr("List"), tr("Name"), tr("Now"), tr("Wanted"), tr("Result")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegate(new ReadableColorDelegate(m_table));
    fillTable();

    if (!m_plan.isValid()) {
        m_summary->setText(tr("This policy does not fit the instance; nothing will be sent:\n%1")
                               .arg(m_plan.errors.join(QLatin1Char('\n'))));
        setErrorText(m_summary, true);
    } else if (m_plan.inSync()) {
        m_summary->setText(tr("The instance already has this policy: nothing to send."));
    } else {
        QString text = tr("%n change(s); requests to send: %1.", nullptr, m_plan.possibleCount())
                           .arg(m_plan.requests.size());
        if (m_plan.impossibleCount() > 0)
            text += QLatin1Char(' ') + tr("%n difference(s) the API cannot change (listed as such).", nullptr,
                                          m_plan.impossibleCount());
        m_summary->setText(text + QLatin1Char(' ') + tr("Nothing is sent before you choose Apply."));
    }
    m_apply->setObjectName(QStringLiteral("policyApply"));
    m_apply->setEnabled(m_plan.isValid() && m_plan.possibleCount() > 0);
    m_apply->setDefault(false); // Enter never applies by accident
    m_close->setAutoDefault(true);

    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_apply, &QPushButton::clicked, this, &PolicyPreviewDialog::apply);
    connect(m_close, &QPushButton::clicked, this, &PolicyPreviewDialog::reject);
    connect(m_applier, &models::PolicyApplier::verifying, this,
            [this] { m_report->setText(tr("Sent; reading the instance again to verify…")); });
    connect(m_applier, &models::PolicyApplier::finished, this, &PolicyPreviewDialog::onFinished);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_report);
    layout->addWidget(buttons);
}

QString PolicyPreviewDialog::changeText(models::PolicyChange::Kind kind) {
    using K = models::PolicyChange::Kind;
    switch (kind) {
    case K::SwitchRiskRule:
    case K::SwitchSqlInjectionRule:
    case K::SwitchMaskingRule:
    case K::SwitchScope:
        return tr("Switch");
    case K::AddScope:
        return tr("Add scope");
    case K::UpdateScope:
        return tr("Change scope");
    case K::DeleteScope:
        return tr("Delete scope");
    case K::MissingRule:
        return tr("Rule missing");
    case K::ExtraRule:
        return tr("Extra rule");
    }
    return {};
}

QString PolicyPreviewDialog::outcomeText(const models::PolicyOutcome& outcome,
                                         const models::PolicyChange& change) {
    using S = models::PolicyOutcome::State;
    const api::ApiError& e = outcome.error;
    switch (outcome.state) {
    case S::Pending:
        return change.possible ? tr("Will be sent") : tr("Not possible: %1").arg(change.reason);
    case S::Applied:
        return tr("Applied");
    case S::Failed:
        if (!e.isError())
            return tr("Failed: the re-read does not show it");
        return tr("Failed: %1 (request ID %2)")
            .arg(e.errorCode.isEmpty() ? e.userMessage() : e.errorCode + QStringLiteral(" ") + e.errorMsg,
                 e.requestId.isEmpty() ? tr("none") : e.requestId);
    case S::NotPossible:
        return tr("Not possible: %1").arg(change.reason);
    case S::Unverified:
        return tr("Unknown: %1").arg(e.userMessage());
    }
    return {};
}

void PolicyPreviewDialog::fillTable() {
    m_table->setRowCount(int(m_plan.changes.size()));
    for (int r = 0; r < m_plan.changes.size(); ++r) {
        const models::PolicyChange& c = m_plan.changes.at(r);
        const QStringList texts{changeText(c.kind),
                                listText(c.list),
                                c.type.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.type),
                                stateText(c.from),
                                stateText(c.to),
                                outcomeText({}, c)};
        for (int col = 0; col < ColumnCount; ++col) {
            auto* item = new QTableWidgetItem(texts.at(col));
            item->setToolTip(c.describe());
            if (!c.possible)
                item->setForeground(QColor(0x80, 0x80, 0x80)); // greyed: listed, never sent
            m_table->setItem(r, col, item);
        }
    }
    m_table->resizeColumnsToContents();
}

bool PolicyPreviewDialog::isApplying() const {
    return m_applier->isRunning();
}

void PolicyPreviewDialog::apply() {
    if (!m_plan.isValid() || m_plan.possibleCount() == 0 || m_applier->isRunning())
        return;
    if (!m_lastReport.outcomes.isEmpty())
        fillTable(); // a retry: the rows are what is left
    m_apply->setEnabled(false);
    m_close->setText(tr("Cancel"));
    m_report->show();
    setErrorText(m_report, false);
    m_report->setText(tr("Applying…"));
    m_applier->apply(m_plan, m_desired);
}

void PolicyPreviewDialog::onFinished(const models::PolicyReport& report) {
    using S = models::PolicyOutcome::State;
    m_lastReport = report;
    for (int r = 0; r < m_plan.changes.size() && r < report.outcomes.size(); ++r) {
        QTableWidgetItem* item = m_table->item(r, ResultColumn);
        const models::PolicyOutcome& outcome = report.outcomes.at(r);
        item->setText(outcomeText(outcome, m_plan.changes.at(r)));
        if (outcome.state == S::Failed || outcome.state == S::Unverified)
            item->setForeground(QColor(0xc6, 0x28, 0x28));
        else if (outcome.state == S::Applied)
            item->setForeground(models::cell::onOffColor(true));
    }
    m_table->resizeColumnToContents(ResultColumn);
    QString text = tr("Applied: %1 · failed: %2 · not possible: %3 · requests sent: %4.")
                       .arg(report.count(S::Applied))
                       .arg(report.count(S::Failed) + report.count(S::Unverified))
                       .arg(report.count(S::NotPossible))
                       .arg(report.requestsSent);
    if (report.readError.isError())
        text += QLatin1Char(' ') +
                tr("The instance could not be read again: %1").arg(report.readError.userMessage());
    else if (report.remaining.possibleCount() == 0)
        text += QLatin1Char(' ') + tr("Re-read: the instance now has the policy (what the API can change).");
    else
        text += QLatin1Char(' ') + tr("Re-read: %n difference(s) remain; Apply again to retry them.", nullptr,
                                      report.remaining.possibleCount());
    m_report->setText(text);
    setErrorText(m_report, !report.complete());
    m_close->setText(tr("Close"));
    // A retry plans again from the re-read: only what did not take effect is sent.
    if (!report.readError.isError() && report.remaining.isValid() && report.remaining.possibleCount() > 0) {
        m_plan = report.remaining;
        m_apply->setEnabled(true);
    }
    // The dialog is the window the user waits in: tell the desktop only when it is not active.
    Notifier::of(this)->notifyIfInactive(windowTitle(), text);
    Q_EMIT applyFinished(report);
}

void PolicyPreviewDialog::reject() {
    if (m_applier->isRunning())
        m_applier->cancel();
    QDialog::reject();
}

} // namespace dbss::views
