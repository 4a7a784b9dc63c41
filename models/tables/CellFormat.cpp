#include "models/tables/CellFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dbss::models::cell {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("dbss::models::cell", text);
}
} // namespace

namespace {
// "yyyy-MM-dd HH:mm:ss" read by hand: QDateTime::fromString with a format costs ~10 us, and sorting
// or exporting a time column calls this for every row (the CSV benchmark spent 90 % of its time here).
QDateTime parseFixedTime(const QString& t) {
    if (t.size() != 19 || t[4] != QLatin1Char('-') || t[7] != QLatin1Char('-') || t[10] != QLatin1Char(' ') ||
        t[13] != QLatin1Char(':') || t[16] != QLatin1Char(':'))
        return {};
    auto number = [&t](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i) {
            if (!t[i].isDigit())
                return -1;
            n = n * 10 + t[i].digitValue();
        }
        return n;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}
} // namespace

QDateTime parseServiceTime(const QString& text) {
    if (QDateTime fast = parseFixedTime(text); fast.isValid())
        return fast;
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        bool number = false;
        const qint64 ms = text.toLongLong(&number);
        if (number && ms > 0)
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t;
}

QString localTimeText(const QString& text) {
    const QDateTime t = parseServiceTime(text);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : text;
}

bool isOnStatus(const QString& status) {
    return status.compare(QLatin1String("ON"), Qt::CaseInsensitive) == 0 ||
           status.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0 || status == QLatin1String("1");
}

QString onOffText(const QString& status) {
    if (status.isEmpty())
        return {};
    return isOnStatus(status) ? tr("On") : tr("Off");
}

QColor onOffColor(bool on) {
    return on ? QColor(0x2e, 0x7d, 0x32) : QColor(0x75, 0x75, 0x75);
}

QString riskLevelText(const QString& level) {
    if (level == QLatin1String("HIGH"))
        return tr("High");
    if (level == QLatin1String("MEDIUM"))
        return tr("Medium");
    if (level == QLatin1String("LOW"))
        return tr("Low");
    if (level == QLatin1String("NO_RISK"))
        return tr("No risk");
    return level;
}

int riskLevelRank(const QString& level) {
    if (level == QLatin1String("HIGH"))
        return 3;
    if (level == QLatin1String("MEDIUM"))
        return 2;
    if (level == QLatin1String("LOW"))
        return 1;
    return 0;
}

QColor riskLevelColor(const QString& level) {
    switch (riskLevelRank(level)) {
    case 3:
        return QColor(0xc6, 0x28, 0x28);
    case 2:
        return QColor(0xef, 0x6c, 0x00);
    case 1:
        return QColor(0xf9, 0xa8, 0x25);
    default:
        return QColor(0x75, 0x75, 0x75);
    }
}

QString editionText(const QString& level) {
    if (level.compare(QLatin1String("low"), Qt::CaseInsensitive) == 0)
        return tr("Basic");
    if (level.compare(QLatin1String("medium"), Qt::CaseInsensitive) == 0)
        return tr("Professional");
    if (level.compare(QLatin1String("high"), Qt::CaseInsensitive) == 0)
        return tr("Advanced");
    return level;
}

QString specificationText(const QString& specification) {
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(Low|Medium|High)\\s*\\|\\s*(\\d{1,6})\\s*Proxy\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(specification);
    if (!match.hasMatch())
        return specification;
    // The count in its own variable: Qt 6.4's lupdate never ends on a call expression there.
    const int databases = match.captured(2).toInt();
    return QCoreApplication::translate("dbss::models::cell", "%1, %n database(s)", nullptr, databases)
        .arg(editionText(match.captured(1)));
}

} // namespace dbss::models::cell
