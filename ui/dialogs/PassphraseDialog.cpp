#include "dialogs/PassphraseDialog.h"

#include "Icons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jwk {
namespace {

struct Hooks
{
    QList<std::optional<QString>> answers;
    bool active = false;
    int asked = 0;
};

Hooks& hooks()
{
    static Hooks h;
    return h;
}

constexpr int kMinimumNewPassphrase = 8;

} // namespace

PassphraseDialog::PassphraseDialog(const QString& what, PassphraseProvider::Purpose purpose, int attempt,
                                   QWidget* parent)
    : QDialog(parent)
    , m_purpose(purpose)
{
    setObjectName(QStringLiteral("PassphraseDialog"));
    const bool decrypt = purpose == PassphraseProvider::Purpose::Decrypt;
    setWindowTitle(decrypt ? tr("Passphrase Needed") : tr("Choose a Passphrase"));

    auto* layout = new QVBoxLayout(this);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    if (decrypt) {
        m_messageLabel->setText(attempt > 1
                                    ? tr("The passphrase was wrong. Try again, or skip this item.\n\n%1").arg(what)
                                    : tr("This item is encrypted. Enter its passphrase to import it, or skip "
                                         "it.\n\n%1")
                                          .arg(what));
    } else {
        m_messageLabel->setText(tr("Choose a passphrase to encrypt %1 with. Keep it safe: without it the key cannot "
                                   "be read again.")
                                    .arg(what));
    }
    layout->addWidget(m_messageLabel);

    auto* form = new QFormLayout;
    m_passphraseEdit = new QLineEdit(this);
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_passphraseEdit->setAccessibleName(tr("Passphrase"));
    form->addRow(tr("&Passphrase:"), m_passphraseEdit);
    if (!decrypt) {
        m_repeatEdit = new QLineEdit(this);
        m_repeatEdit->setObjectName(QStringLiteral("repeatLineEdit"));
        m_repeatEdit->setEchoMode(QLineEdit::Password);
        m_repeatEdit->setAccessibleName(tr("Repeat passphrase"));
        form->addRow(tr("&Repeat:"), m_repeatEdit);
        connect(m_repeatEdit, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    }
    layout->addLayout(form);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    layout->addWidget(m_problemLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(decrypt ? tr("&Decrypt") : tr("&Encrypt"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(decrypt ? tr("&Skip") : tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    validate();
    resize(460, sizeHint().height());
}

PassphraseDialog::~PassphraseDialog()
{
    // QLineEdit keeps the text in its own buffer; overwrite it before the widget frees it.
    for (QLineEdit* edit : {m_passphraseEdit, m_repeatEdit}) {
        if (edit) {
            edit->setText(QString(edit->text().size(), QLatin1Char(' ')));
            edit->clear();
        }
    }
}

void PassphraseDialog::validate()
{
    QString problem;
    const QString passphrase = m_passphraseEdit->text();
    if (passphrase.isEmpty()) {
        problem = QStringLiteral(" ");
    } else if (m_repeatEdit) {
        if (passphrase.size() < kMinimumNewPassphrase) {
            problem = tr("Use at least %n character(s).", nullptr, kMinimumNewPassphrase);
        } else if (m_repeatEdit->text() != passphrase) {
            problem = tr("The passphrases differ.");
        }
    }
    m_problemLabel->setText(problem.trimmed());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

SecureBytes PassphraseDialog::takePassphrase()
{
    QByteArray utf8 = m_passphraseEdit->text().toUtf8();
    SecureBytes result = SecureBytes::fromByteArray(utf8);
    wipe(utf8);
    return result;
}

std::optional<SecureBytes> PassphraseDialog::ask(QWidget* parent, const QString& what,
                                                 PassphraseProvider::Purpose purpose, int attempt)
{
    Hooks& h = hooks();
    ++h.asked;
    if (h.active) {
        if (h.answers.isEmpty()) {
            return std::nullopt;
        }
        const auto answer = h.answers.takeFirst();
        if (!answer) {
            return std::nullopt;
        }
        QByteArray utf8 = answer->toUtf8();
        SecureBytes bytes = SecureBytes::fromByteArray(utf8);
        wipe(utf8);
        return bytes;
    }
    PassphraseDialog dialog(what, purpose, attempt, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.takePassphrase();
}

void PassphraseDialog::setNextAnswers(const QList<std::optional<QString>>& answers)
{
    hooks().answers = answers;
    hooks().active = true;
}

int PassphraseDialog::askedCount()
{
    return hooks().asked;
}

} // namespace jwk
