#include "models/tables/OperationLogProxy.h"

#include "models/tables/OperationLogModel.h"

namespace dbss::models {

namespace {
// The text setFilterFixedString() escaped into `pattern`; false when the pattern is not one.
bool unescape(const QString& pattern, QString* text) {
    text->clear();
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != u'\\') {
            text->append(pattern[i]);
            continue;
        }
        if (++i == pattern.size())
            return false;
        text->append(pattern[i] == u'0' ? QChar(0) : pattern[i]); // escape() writes NUL as \0
    }
    return QRegularExpression::escape(*text) == pattern;
}
} // namespace

OperationLogProxy::OperationLogProxy(QObject* parent)
    : TableProxy(parent) {}

void OperationLogProxy::setSourceModel(QAbstractItemModel* source) {
    m_log = qobject_cast<const OperationLogModel*>(source);
    if (!m_log)
        m_text = {};
    TableProxy::setSourceModel(source);
}

void OperationLogProxy::setFilterText(const QString& text) {
    if (!m_log) {
        TableProxy::setFilterText(text);
        return;
    }
    const TextNeedle needle(text, filterCaseSensitivity());
    if (needle.sameAs(m_text))
        return;
    m_text = needle;
    invalidate(); // the mapping is dropped and rebuilt on the next look: one pass over the rows
}

bool OperationLogProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    // SortRole of the time column is timeMs() as a qint64: the same order, without the QVariant.
    if (m_log && sortRole() == RemoteTableModel::SortRole &&
        left.column() == int(OperationLogModel::Column::Time) && right.column() == left.column())
        return m_log->logRows().timeMs(left.row()) < m_log->logRows().timeMs(right.row());
    return QSortFilterProxyModel::lessThan(left, right);
}

const TextNeedle* OperationLogProxy::fixedNeedle() const {
    if (!m_log || filterKeyColumn() != -1 || filterRole() != Qt::DisplayRole)
        return nullptr;
    const QRegularExpression& re = filterRegularExpression();
    if (re.pattern() != m_pattern || re.patternOptions() != m_options) {
        m_pattern = re.pattern();
        m_options = re.patternOptions();
        QString text;
        const auto other = re.patternOptions() & ~QRegularExpression::CaseInsensitiveOption;
        m_fixed = other == QRegularExpression::NoPatternOption && unescape(m_pattern, &text);
        m_needle = TextNeedle(text, re.patternOptions().testFlag(QRegularExpression::CaseInsensitiveOption)
                                        ? Qt::CaseInsensitive
                                        : Qt::CaseSensitive);
    }
    return m_fixed ? &m_needle : nullptr;
}

bool OperationLogProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_log && !m_text.isEmpty() && !m_log->displayContains(sourceRow, m_text))
        return false;
    if (const TextNeedle* needle = fixedNeedle(); needle && !sourceParent.isValid())
        return m_log->displayContains(sourceRow, *needle);
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace dbss::models
