#include "models/FindingModel.h"

#include "Icons.h"

#include <algorithm>

namespace jwk {

FindingModel::FindingModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FindingModel::setFindings(QList<LintFinding> findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const LintFinding& a, const LintFinding& b) {
        return static_cast<int>(a.severity) > static_cast<int>(b.severity);
    });
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

QString FindingModel::severityLabel(LintFinding::Severity severity)
{
    switch (severity) {
    case LintFinding::Severity::Info:
        return tr("Info");
    case LintFinding::Severity::Warning:
        return tr("Warning");
    case LintFinding::Severity::Error:
        return tr("Error");
    }
    return {};
}

int FindingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const LintFinding& f = m_findings[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        return index.column() == SeverityColumn ? severityLabel(f.severity) : f.message;
    }
    if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        switch (f.severity) {
        case LintFinding::Severity::Info:
            return Icons::icon(QStringLiteral("info"));
        case LintFinding::Severity::Warning:
            return Icons::icon(QStringLiteral("warning"));
        case LintFinding::Severity::Error:
            return Icons::icon(QStringLiteral("error"));
        }
    }
    return {};
}

QVariant FindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == SeverityColumn ? tr("Severity") : tr("Finding");
}

} // namespace jwk
