#include "dialogs/ImportSummaryDialog.h"

#include "Icons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace jwk {

QString ImportSummary::headline() const
{
    return ImportSummaryDialog::headlineFor(*this);
}

QString ImportSummaryDialog::headlineFor(const ImportSummary& s)
{
    QStringList parts;
    parts << (s.imported.isEmpty()
                  ? tr("No key was imported")
                  : tr("Imported %n key(s) into %1", nullptr, static_cast<int>(s.imported.size())).arg(s.setName));
    if (!s.skipped.isEmpty()) {
        parts << tr("%n skipped as duplicate(s)", nullptr, static_cast<int>(s.skipped.size()));
    }
    if (!s.failed.isEmpty()) {
        parts << tr("%n failed", nullptr, static_cast<int>(s.failed.size()));
    }
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

ImportSummaryDialog::ImportSummaryDialog(const ImportSummary& summary, QWidget* parent)
    : QDialog(parent)
    , m_summary(summary)
{
    setObjectName(QStringLiteral("ImportSummaryDialog"));
    setWindowTitle(tr("Import Summary"));
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    auto* icon = new QLabel(this);
    const bool problems = !summary.failed.isEmpty() || summary.imported.isEmpty() || summary.signerProblem;
    icon->setPixmap(Icons::icon(problems ? QStringLiteral("warning") : QStringLiteral("ok")).pixmap(32, 32));
    header->addWidget(icon, 0, Qt::AlignTop);
    m_headlineLabel = new QLabel(summary.headline(), this);
    m_headlineLabel->setObjectName(QStringLiteral("headlineLabel"));
    m_headlineLabel->setWordWrap(true);
    m_headlineLabel->setTextFormat(Qt::PlainText);
    QFont font = m_headlineLabel->font();
    font.setBold(true);
    m_headlineLabel->setFont(font);
    header->addWidget(m_headlineLabel, 1);
    layout->addLayout(header);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("detailsTextBrowser"));
    m_details->setAccessibleName(tr("Import details"));
    m_details->setOpenLinks(false);
    QString html;
    const auto section = [&html](const QString& title, const QStringList& items) {
        if (items.isEmpty()) {
            return;
        }
        // A JWK Set of thousands of keys: list the first ones, count the rest (laying out 10,000 lines would stall).
        constexpr qsizetype kShown = 200;
        html += QStringLiteral("<h4>%1</h4><ul>").arg(title.toHtmlEscaped());
        for (qsizetype i = 0; i < std::min(items.size(), kShown); ++i) {
            html += QStringLiteral("<li>%1</li>").arg(items[i].toHtmlEscaped());
        }
        if (items.size() > kShown) {
            html += QStringLiteral("<li><i>%1</i></li>")
                        .arg(tr("and %n more", nullptr, static_cast<int>(items.size() - kShown)).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    };
    if (!summary.signerChange.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(tr("Signing key changed").toHtmlEscaped(), summary.signerChange.toHtmlEscaped());
    }
    if (!summary.signerKept.isEmpty() && !summary.imported.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(tr("Signing key kept").toHtmlEscaped(),
                         tr("%1 signs on; the imported keys are below it, next in line.")
                             .arg(summary.signerKept)
                             .toHtmlEscaped());
    }
    section(tr("Imported (%1)").arg(summary.imported.size()), summary.imported);
    section(tr("Skipped: already in the set (%1)").arg(summary.skipped.size()), summary.skipped);
    section(tr("Failed (%1)").arg(summary.failed.size()), summary.failed);
    section(tr("Warnings (%1)").arg(summary.warnings.size()), summary.warnings);
    if (summary.cancelled) {
        html += QStringLiteral("<p>%1</p>").arg(tr("The import was cancelled.").toHtmlEscaped());
    }
    m_details->setHtml(html);
    layout->addWidget(m_details, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    resize(620, 420);
}

QString ImportSummaryDialog::text() const
{
    return m_headlineLabel->text() + QLatin1Char('\n') + m_details->toPlainText();
}

} // namespace jwk
