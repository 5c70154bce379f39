#pragma once
// The lint findings about one key (KeyLint): severity and message, worst first.

#include "keys/KeyLint.h"

#include <QAbstractTableModel>

namespace jwk {

class FindingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, MessageColumn, ColumnCount };

    explicit FindingModel(QObject* parent = nullptr);
    void setFindings(QList<LintFinding> findings);
    const QList<LintFinding>& findings() const { return m_findings; }
    static QString severityLabel(LintFinding::Severity severity);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LintFinding> m_findings;
};

} // namespace jwk
