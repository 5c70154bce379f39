#include "token/TokenSignTab.h"

#include "Clipboard.h"
#include "Settings.h"
#include "jose/JwsAlgorithms.h"
#include "keys/JsonStrict.h"
#include "store/KeyStore.h"
#include "usecases/TokenSigning.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jwk {

TokenSignTab::TokenSignTab(KeyStore* store, const QString& currentSet, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("signTab"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_set = new QComboBox(this);
    m_set->setObjectName(QStringLiteral("signSet"));
    if (m_store) {
        for (const auto& set : m_store->keySets()) {
            m_set->addItem(set.name);
        }
    }
    if (!currentSet.isEmpty()) {
        m_set->setCurrentText(currentSet);
    }
    m_key = new QComboBox(this);
    m_key->setObjectName(QStringLiteral("signKey"));
    m_alg = new QComboBox(this);
    m_alg->setObjectName(QStringLiteral("signAlg"));
    m_alg->addItem(tr("The key's own"), QString());
    for (const QString& name : jose::jwsAlgorithmNames()) {
        m_alg->addItem(name, name);
    }
    m_claims = new QPlainTextEdit(this);
    m_claims->setObjectName(QStringLiteral("claimsEdit"));
    m_claims->setFont(fixed);
    m_claims->setTabChangesFocus(true);
    m_claims->setPlainText(QStringLiteral("{\n  \"sub\": \"test\"\n}"));
    m_expires = new QSpinBox(this);
    m_expires->setObjectName(QStringLiteral("signExpires"));
    m_expires->setRange(0, 366 * 24 * 3600);
    m_expires->setValue(3600);
    m_expires->setSuffix(tr(" s"));
    m_expires->setSpecialValueText(tr("never (no exp)"));

    auto* form = new QFormLayout;
    const auto row = [form, this](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&From set:"), m_set);
    row(tr("Signing &key:"), m_key);
    row(tr("Al&gorithm:"), m_alg);
    row(tr("Claims (&JSON):"), m_claims);
    row(tr("E&xpires in:"), m_expires);

    m_signButton = new QPushButton(tr("Sig&n"), this);
    m_signButton->setObjectName(QStringLiteral("signButton"));
    m_copyButton = new QPushButton(tr("Cop&y"), this);
    m_copyButton->setObjectName(QStringLiteral("copyTokenButton"));
    m_copyButton->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signButton);
    buttons->addWidget(m_copyButton);
    buttons->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("signStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_signed = new QPlainTextEdit(this);
    m_signed->setObjectName(QStringLiteral("signedView"));
    m_signed->setReadOnly(true);
    m_signed->setFont(fixed);
    m_signed->setMaximumHeight(fontMetrics().lineSpacing() * 6);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_signed);

    connect(m_set, &QComboBox::currentTextChanged, this, &TokenSignTab::fillKeys);
    connect(m_signButton, &QPushButton::clicked, this, &TokenSignTab::sign);
    connect(m_copyButton, &QPushButton::clicked, this, &TokenSignTab::copy);
    fillKeys();
}

void TokenSignTab::fillKeys()
{
    m_key->clear();
    if (!m_store || m_set->currentText().isEmpty()) {
        m_signButton->setEnabled(false);
        return;
    }
    const QString set = m_set->currentText();
    const QString signer = m_store->signingKid(set);
    if (!signer.isEmpty()) {
        m_key->addItem(tr("The set's signer (%1), as Hydra chooses it").arg(signer), QString());
    }
    for (const auto& info : m_store->keys(set)) {
        if (info.hasPrivate && info.decryptable && info.kid != signer) {
            m_key->addItem(QStringLiteral("%1 (%2%3)")
                               .arg(info.kid, info.typeDescription(),
                                    info.alg.isEmpty() ? QString() : QStringLiteral(", ") + info.alg),
                           info.kid);
        }
    }
    m_signButton->setEnabled(m_key->count() > 0);
    m_status->setText(m_key->count() > 0 ? QString() : tr("Set %1 has no private key to sign with.").arg(set));
}

void TokenSignTab::sign()
{
    m_signed->clear();
    m_copyButton->setEnabled(false);
    const QByteArray json = m_claims->toPlainText().toUtf8();
    QJsonParseError error{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(json.trimmed().isEmpty() ? QByteArrayLiteral("{}") : json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        m_status->setText(
            error.error != QJsonParseError::NoError
                ? tr("The claims are not JSON: %1 (at character %2).").arg(error.errorString()).arg(error.offset)
                : tr("The claims must be a JSON object: { \"sub\": \"…\" }."));
        return;
    }
    if (const QString twice = findDuplicateMember(json); !twice.isNull()) {
        m_status->setText(tr("The claims have \"%1\" twice; a token's claims are each given once.").arg(twice));
        return;
    }
    TokenClaimsInput input;
    input.claims = doc.object();
    if (m_expires->value() > 0) {
        input.expiresInSeconds = m_expires->value();
    }
    try {
        const StoredSigningKey key = storedSigningKey(*m_store, m_set->currentText(), m_key->currentData().toString(),
                                                      tr("signed in the Token window"));
        const SignedToken token = signToken(key.key, m_alg->currentData().toString(), input);
        m_signed->setPlainText(QString::fromLatin1(token.token));
        m_copyButton->setEnabled(true);
        m_status->setText(
            key.auditProblem.isEmpty()
                ? tr("Signed with %1 by key %2. It is shown above as well, decoded.").arg(token.alg, token.kid)
                : tr("Signed with %1 by key %2, but the audit log could not record it: %3")
                      .arg(token.alg, token.kid, key.auditProblem));
        Q_EMIT tokenSigned(QString::fromLatin1(token.token));
    } catch (const std::exception& e) {
        m_status->setText(tr("Not signed: %1").arg(QString::fromUtf8(e.what())));
    }
}

void TokenSignTab::copy()
{
    const QString token = m_signed->toPlainText();
    if (token.isEmpty()) {
        return;
    }
    // A token is a credential: marked for clipboard managers and cleared after the time-out, like private keys.
    Clipboard::instance()->setText(token, true, Settings::instance().clipboardTimeout());
    m_status->setText(tr("The token is on the clipboard."));
}

} // namespace jwk
