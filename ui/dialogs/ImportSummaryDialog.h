#pragma once
// What an import did, in three lists: the keys imported, those skipped as duplicates (same thumbprint), and what
// failed with the reason. Shown without blocking the window.

#include <QDialog>
#include <QStringList>

class QLabel;
class QTextBrowser;

namespace jwk {

struct ImportSummary
{
    QString setName;
    QStringList imported; // "kid (origin)"
    QStringList skipped;  // "kid: reason"
    QStringList failed;   // "origin: reason"
    QStringList warnings;
    QString signerChange;       // what happened to the set's signer; empty when it stayed
    bool signerProblem = false; // the new signer cannot sign well (no alg, use enc, oct)
    QString signerKept;         // the signer the person kept, the imported keys below it
    bool cancelled = false;
    // One line for the status bar.
    QString headline() const;
};

class ImportSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportSummaryDialog(const ImportSummary& summary, QWidget* parent = nullptr);
    const ImportSummary& summary() const { return m_summary; }
    QString text() const;
    static QString headlineFor(const ImportSummary& summary);

private:
    ImportSummary m_summary;
    QLabel* m_headlineLabel = nullptr;
    QTextBrowser* m_details = nullptr;
};

} // namespace jwk
