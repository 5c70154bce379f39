#include "token/TokenVerifyTab.h"

#include "audit/JwksCheck.h"
#include "keys/JwkError.h"
#include "remote/HydraAdminClient.h"
#include "remote/SavedRemotes.h"
#include "remote/TransportPolicy.h"
#include "store/KeyStore.h"
#include "token/TokenWindow.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jwk {

TokenVerifyTab::TokenVerifyTab(TokenWindow* window, KeyStore* store, const QString& currentSet)
    : QWidget(window)
    , m_window(window)
    , m_store(store)
{
    setObjectName(QStringLiteral("verifyTab"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("verifySource"));
    m_source->addItem(tr("A key set of this store"));
    m_source->addItem(tr("A key set of a remote Hydra"));
    m_source->addItem(tr("A JWKS URL"));
    m_set = new QComboBox(this);
    m_set->setObjectName(QStringLiteral("verifySet"));
    m_remote = new QComboBox(this);
    m_remote->setObjectName(QStringLiteral("verifyRemote"));
    if (m_store) {
        for (const auto& set : m_store->keySets()) {
            m_set->addItem(set.name);
        }
        for (const auto& profile : SavedRemotes(*m_store).list()) {
            m_remote->addItem(profile.name);
        }
    }
    m_set->setEditable(true); // a remote's set need not be in the store
    m_set->setInsertPolicy(QComboBox::NoInsert);
    if (!currentSet.isEmpty()) {
        m_set->setCurrentText(currentSet);
    }
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("verifyUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://hydra.example.com/.well-known/jwks.json"));
    m_issuer = new QLineEdit(this);
    m_issuer->setObjectName(QStringLiteral("verifyIssuer"));
    m_issuer->setPlaceholderText(tr("any issuer"));
    m_audience = new QLineEdit(this);
    m_audience->setObjectName(QStringLiteral("verifyAudience"));
    m_audience->setPlaceholderText(tr("any audience"));
    m_leeway = new QSpinBox(this);
    m_leeway->setObjectName(QStringLiteral("verifyLeeway"));
    m_leeway->setRange(0, 24 * 3600);
    m_leeway->setSuffix(tr(" s"));

    auto* form = new QFormLayout;
    const auto row = [form, this](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
        return label;
    };
    row(tr("Verify &against:"), m_source);
    m_setLabel = row(tr("Key s&et:"), m_set);
    m_remoteLabel = row(tr("Re&mote:"), m_remote);
    m_urlLabel = row(tr("&URL:"), m_url);
    row(tr("&Issuer:"), m_issuer);
    row(tr("Au&dience:"), m_audience);
    row(tr("&Leeway:"), m_leeway);

    m_verifyButton = new QPushButton(tr("Ve&rify"), this);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("verifyCancel"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_verifyButton);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(); // the buttons keep their size while the busy bar is hidden

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setReadOnly(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_verdict);
    layout->addWidget(m_problems, 1);

    m_check = new JwksCheck(this);
    connect(m_check, &JwksCheck::finished, this, [this] {
        setBusy(false);
        if (m_check->cancelled()) {
            fail(tr("Cancelled: the JWKS was not fetched."));
        } else if (!m_check->error().isEmpty()) {
            fail(tr("The JWKS could not be fetched: %1").arg(m_check->error()));
        } else {
            try {
                finish(keySourceOfDocument(m_check->body(), m_url->text().trimmed()));
            } catch (const JwkError& e) {
                fail(tr("The JWKS holds no usable key: %1").arg(e.message()));
            }
        }
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, &TokenVerifyTab::sourceChanged);
    connect(m_verifyButton, &QPushButton::clicked, this, &TokenVerifyTab::verify);
    connect(m_cancelButton, &QPushButton::clicked, this, &TokenVerifyTab::cancel);
    connect(m_window, &TokenWindow::tokenChanged, this, [this] {
        m_result.reset();
        m_verdict->clear();
        m_problems->clear();
        updateButtons();
    });
    connect(m_url, &QLineEdit::textChanged, this, &TokenVerifyTab::updateButtons);
    connect(m_set, &QComboBox::currentTextChanged, this, &TokenVerifyTab::updateButtons);
    setBusy(false);
    sourceChanged();
}

TokenVerifyTab::~TokenVerifyTab()
{
    cancel();
}

void TokenVerifyTab::setSource(Source source)
{
    m_source->setCurrentIndex(static_cast<int>(source));
}

void TokenVerifyTab::sourceChanged()
{
    const auto source = static_cast<Source>(m_source->currentIndex());
    m_setLabel->setVisible(source != Source::JwksUrl);
    m_set->setVisible(source != Source::JwksUrl);
    m_remoteLabel->setVisible(source == Source::RemoteSet);
    m_remote->setVisible(source == Source::RemoteSet);
    m_urlLabel->setVisible(source == Source::JwksUrl);
    m_url->setVisible(source == Source::JwksUrl);
    updateButtons();
}

void TokenVerifyTab::updateButtons()
{
    const auto source = static_cast<Source>(m_source->currentIndex());
    const bool haveSource = source == Source::JwksUrl     ? !m_url->text().trimmed().isEmpty()
                            : source == Source::RemoteSet ? m_remote->count() > 0 && !m_set->currentText().isEmpty()
                                                          : m_store && !m_set->currentText().isEmpty();
    m_verifyButton->setEnabled(!m_busy && m_window->token().has_value() && haveSource);
}

void TokenVerifyTab::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_source->setEnabled(!busy);
    updateButtons();
}

TokenCheckOptions TokenVerifyTab::options() const
{
    TokenCheckOptions o;
    o.issuer = m_issuer->text().trimmed();
    o.audience = m_audience->text().trimmed();
    o.leewaySeconds = m_leeway->value();
    return o;
}

void TokenVerifyTab::verify()
{
    if (m_busy || !m_window->token()) {
        return;
    }
    m_result.reset();
    m_problems->clear();
    const auto source = static_cast<Source>(m_source->currentIndex());
    const QString setName = m_set->currentText().trimmed();
    if (source == Source::StoreSet) {
        try {
            finish(keySourceOfStoreSet(*m_store, setName, m_window->token()->alg().startsWith(QStringLiteral("HS"))));
        } catch (const std::exception& e) {
            fail(QString::fromUtf8(e.what()));
        }
        return;
    }
    if (source == Source::JwksUrl) {
        const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
        const TransportCheck check = checkTransport(url);
        if (!url.isValid() || url.host().isEmpty() || !check.allowed) {
            fail(url.isValid() && !url.host().isEmpty() ? check.reason : tr("This is not a URL."));
            return;
        }
        m_verdict->setText(tr("Fetching %1…").arg(url.toDisplayString()));
        setBusy(true);
        m_check->start(url, RemoteProfile{}, std::nullopt, {});
        return;
    }
    const auto profile = SavedRemotes(*m_store).find(m_remote->currentText());
    if (!profile) {
        fail(tr("There is no remote \"%1\".").arg(m_remote->currentText()));
        return;
    }
    if (const TransportCheck check = checkTransport(profile->adminUrl); !check.allowed) {
        fail(check.reason);
        return;
    }
    m_client = std::make_unique<HydraAdminClient>(*profile);
    HydraRequest* request = m_client->getKeySet(setName);
    m_verdict->setText(tr("Asking %1 for the keys of %2…").arg(profile->name, setName));
    setBusy(true);
    const QString remoteName = profile->name;
    connect(request, &HydraRequest::finished, this, [this, request, remoteName, setName] {
        const HydraResult result = request->result();
        request->deleteLater();
        setBusy(false);
        if (result.cancelled) {
            fail(tr("Cancelled: the keys were not fetched."));
        } else if (!result.ok) {
            fail(tr("The keys of %1 could not be fetched: %2").arg(setName, result.error));
        } else {
            finish(keySourceOfRemoteSet(result.keys.keys(), remoteName, setName));
        }
    });
}

void TokenVerifyTab::cancel()
{
    if (m_check && m_check->isRunning()) {
        m_check->cancel();
    }
    if (m_client) {
        m_client->cancelAll();
    }
}

void TokenVerifyTab::finish(const TokenKeySource& source)
{
    if (!m_window->token()) {
        return; // the token was cleared while the keys came
    }
    m_result = verifyToken(*m_window->token(), source, options());
    if (m_result->valid) {
        m_verdict->setText(tr("Valid: signed by key %1 of %2, and every claim checked holds.")
                               .arg(m_result->keyKid.isEmpty() ? tr("(no kid)") : m_result->keyKid, source.label));
    } else {
        m_verdict->setText(m_result->problems.size() == 1
                               ? tr("Not valid: 1 problem.")
                               : tr("Not valid: %1 problems.").arg(m_result->problems.size()));
    }
    QStringList lines;
    for (const auto& p : m_result->problems) {
        lines << QStringLiteral("• %1 (%2)").arg(p.message, p.code);
    }
    m_problems->setPlainText(lines.join(QLatin1Char('\n')));
    Q_EMIT verified();
}

void TokenVerifyTab::fail(const QString& message)
{
    m_result.reset();
    m_verdict->setText(tr("Not verified."));
    m_problems->setPlainText(message);
    Q_EMIT verified();
}

} // namespace jwk
