#include "token/TokenWindow.h"

#include "keys/JwkError.h"
#include "token/TokenSignTab.h"
#include "token/TokenVerifyTab.h"
#include "usecases/TokenVerification.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cstdlib>

namespace jwk {

TokenWindow::TokenWindow(KeyStore* store, const QString& currentSet, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("tokenWindow"));
    setWindowTitle(tr("Tokens (JWT)"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    auto* tokenLabel = new QLabel(tr("&Token:"), this);
    m_tokenEdit = new QPlainTextEdit(this);
    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setFont(fixed);
    m_tokenEdit->setPlaceholderText(tr("Paste a JWT here (header.payload.signature). It stays in this window: "
                                       "nothing is sent anywhere."));
    m_tokenEdit->setTabChangesFocus(true);
    m_tokenEdit->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    tokenLabel->setBuddy(m_tokenEdit);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tokenStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_decoded = new QPlainTextEdit(this);
    m_decoded->setObjectName(QStringLiteral("decodedView"));
    m_decoded->setReadOnly(true);
    m_decoded->setFont(fixed);
    m_decoded->setPlaceholderText(tr("The header and the claims of the token appear here."));
    m_verify = new TokenVerifyTab(this, store, currentSet);
    m_sign = new TokenSignTab(store, currentSet, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tokenTabs"));
    m_tabs->addTab(m_decoded, tr("&Header and Claims"));
    m_tabs->addTab(m_verify, tr("&Verification"));
    m_tabs->addTab(m_sign, tr("&Signing"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tokenLabel);
    layout->addWidget(m_tokenEdit);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(m_tokenEdit, &QPlainTextEdit::textChanged, this, &TokenWindow::parseToken);
    // A token just signed can be looked at and verified here at once.
    connect(m_sign, &TokenSignTab::tokenSigned, this, [this](const QString& token) { setToken(token); });
    resize(760, 640);
    parseToken();
}

TokenWindow::~TokenWindow() = default;

void TokenWindow::setToken(const QString& token)
{
    m_tokenEdit->setPlainText(token);
}

void TokenWindow::parseToken()
{
    const QString text = m_tokenEdit->toPlainText().trimmed();
    m_token.reset();
    if (text.isEmpty()) {
        m_status->setText(tr("No token yet."));
        m_decoded->clear();
    } else {
        try {
            m_token = jose::parseCompactJws(text.toUtf8());
            m_status->setText(
                m_token->hasKid()
                    ? tr("A JWS signed with %1 by key %2; verify it on the Verification tab.")
                          .arg(m_token->alg(), m_token->kid())
                    : tr("A JWS signed with %1 without a kid; verify it on the Verification tab.").arg(m_token->alg()));
            m_decoded->setPlainText(decodedText(*m_token));
        } catch (const JwkError& e) {
            m_status->setText(e.message());
            m_decoded->clear();
        }
    }
    Q_EMIT tokenChanged();
}

QString TokenWindow::decodedText(const jose::CompactJws& token) const
{
    QString text = tr("Header") + QLatin1Char('\n') +
                   QString::fromUtf8(QJsonDocument(token.header).toJson(QJsonDocument::Indented));
    if (token.claims) {
        text += QLatin1Char('\n') + tr("Claims") + QLatin1Char('\n') +
                QString::fromUtf8(QJsonDocument(*token.claims).toJson(QJsonDocument::Indented));
        const auto times = tokenTimes(*token.claims);
        if (!times.isEmpty()) {
            text += QLatin1Char('\n') + tr("Times (local time)") + QLatin1Char('\n');
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const auto& [name, at] : times) {
                const qint64 delta = now.secsTo(at);
                const QString when = std::abs(delta) < 5 ? tr("just now")
                                     : delta >= 0        ? tr("in %1").arg(describeDuration(delta))
                                                         : tr("%1 ago").arg(describeDuration(-delta));
                text += QStringLiteral("  %1  %2  (%3)\n")
                            .arg(name, QLocale().toString(at.toLocalTime(), QLocale::LongFormat), when);
            }
        }
    } else {
        text += QLatin1Char('\n') + tr("Payload (not a JSON claims set)") + QLatin1Char('\n') +
                QString::fromUtf8(token.payload);
    }
    return text;
}

} // namespace jwk
