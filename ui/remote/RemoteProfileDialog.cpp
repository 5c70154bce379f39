#include "remote/RemoteProfileDialog.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "remote/CustomHeaders.h"
#include "remote/TransportPolicy.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSslCertificate>
#include <QVBoxLayout>

namespace jwk {
namespace {

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

RemoteProfileDialog::RemoteProfileDialog(const std::optional<RemoteProfile>& existing, const QStringList& takenNames,
                                         QWidget* parent)
    : QDialog(parent)
    , m_existing(existing)
    , m_takenNames(takenNames)
{
    setObjectName(QStringLiteral("RemoteProfileDialog"));
    setWindowTitle(existing ? tr("Edit Remote") : tr("Add Remote"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("An Ory Hydra admin endpoint (the admin port, without /admin). Keys travel over "
                                "https with full certificate verification; plain http only to this computer."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_nameEdit->setAccessibleName(tr("Remote name"));
    form->addRow(buddyLabel(tr("&Name:"), m_nameEdit, this), m_nameEdit);

    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("adminUrlLineEdit"));
    m_urlEdit->setAccessibleName(tr("Admin URL"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://hydra.example.com:4445"));
    form->addRow(buddyLabel(tr("&Admin URL:"), m_urlEdit, this), m_urlEdit);
    m_transportLabel = new QLabel(this);
    m_transportLabel->setObjectName(QStringLiteral("transportLabel"));
    m_transportLabel->setWordWrap(true);
    form->addRow(QString(), m_transportLabel);

    m_publicUrlEdit = new QLineEdit(this);
    m_publicUrlEdit->setObjectName(QStringLiteral("publicUrlLineEdit"));
    m_publicUrlEdit->setAccessibleName(tr("Public URL"));
    m_publicUrlEdit->setPlaceholderText(tr("optional, e.g. https://auth.example.com"));
    form->addRow(buddyLabel(tr("&Public URL:"), m_publicUrlEdit, this), m_publicUrlEdit);

    m_tokenEdit = new QLineEdit(this);
    m_tokenEdit->setObjectName(QStringLiteral("tokenLineEdit"));
    m_tokenEdit->setAccessibleName(tr("Bearer token"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(existing && !existing->bearerToken.isEmpty()
                                        ? tr("saved; type to replace")
                                        : tr("optional (Ory Network: an API key)"));
    form->addRow(buddyLabel(tr("Bearer &token:"), m_tokenEdit, this), m_tokenEdit);

    m_headersEdit = new QPlainTextEdit(this);
    m_headersEdit->setObjectName(QStringLiteral("headersPlainTextEdit"));
    m_headersEdit->setAccessibleName(tr("Custom headers"));
    m_headersEdit->setTabChangesFocus(true);
    m_headersEdit->setPlaceholderText(
        existing && !existing->headers.isEmpty()
            ? tr("%n header(s) saved; type to replace", nullptr, static_cast<int>(existing->headers.size()))
            : tr("optional, one per line: Name: value"));
    m_headersEdit->setFixedHeight(m_headersEdit->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(buddyLabel(tr("Custom &headers:"), m_headersEdit, this), m_headersEdit);

    auto fileRow = [this, form](const QString& label, const QString& objectName, const QString& accessible,
                                const QString& caption) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessible);
        auto* button = new QPushButton(tr("Browse\u2026"), this);
        button->setObjectName(objectName + QStringLiteral("Browse"));
        button->setAccessibleName(tr("Browse for %1").arg(accessible));
        connect(button, &QPushButton::clicked, this, [this, edit, caption] { browse(edit, caption); });
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(button);
        form->addRow(buddyLabel(label, edit, this), row);
        return edit;
    };
    m_caEdit =
        fileRow(tr("Extra &CA file:"), QStringLiteral("caLineEdit"), tr("Extra CA file"), tr("CA Certificates (PEM)"));
    m_caEdit->setPlaceholderText(existing && !existing->caCertificatesPem.isEmpty()
                                     ? tr("saved; choose a file to replace")
                                     : tr("optional, PEM; trusted in addition to the system's CAs"));
    m_clientCertEdit = fileRow(tr("C&lient certificate:"), QStringLiteral("clientCertLineEdit"),
                               tr("Client certificate"), tr("Client Certificate (PEM)"));
    m_clientCertEdit->setPlaceholderText(existing && !existing->clientCertificatePem.isEmpty()
                                             ? tr("saved; choose a file to replace")
                                             : tr("optional, PEM, for mutual TLS"));
    m_clientKeyEdit =
        fileRow(tr("Client &key:"), QStringLiteral("clientKeyLineEdit"), tr("Client key"), tr("Client Key (PEM)"));
    m_clientKeyEdit->setPlaceholderText(tr("the client certificate's private key, PEM"));

    if (existing) {
        m_forgetCheck = new QCheckBox(tr("&Forget the saved token, headers, CA file and client certificate"), this);
        m_forgetCheck->setObjectName(QStringLiteral("forgetCredentialsCheckBox"));
        form->addRow(QString(), m_forgetCheck);
    }

    m_setsEdit = new QPlainTextEdit(this);
    m_setsEdit->setObjectName(QStringLiteral("setsPlainTextEdit"));
    m_setsEdit->setAccessibleName(tr("Tracked key sets"));
    m_setsEdit->setTabChangesFocus(true);
    m_setsEdit->setToolTip(tr("Hydra cannot list its key sets: name the ones to pull and push, one per line."));
    m_setsEdit->setFixedHeight(m_setsEdit->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(buddyLabel(tr("Tracked key &sets:"), m_setsEdit, this), m_setsEdit);

    m_timeoutSpin = new QSpinBox(this);
    m_timeoutSpin->setObjectName(QStringLiteral("timeoutSpinBox"));
    m_timeoutSpin->setAccessibleName(tr("Time-out in seconds"));
    m_timeoutSpin->setRange(1, 300);
    m_timeoutSpin->setSuffix(tr(" s"));
    form->addRow(buddyLabel(tr("T&ime-out:"), m_timeoutSpin, this), m_timeoutSpin);
    layout->addLayout(form);

    const RemoteProfile initial = existing.value_or(RemoteProfile());
    m_nameEdit->setText(initial.name);
    m_urlEdit->setText(initial.adminUrl.toString());
    m_publicUrlEdit->setText(initial.publicUrl.toString());
    m_setsEdit->setPlainText(initial.trackedSets.join(QLatin1Char('\n')));
    m_timeoutSpin->setValue(std::max(1, initial.timeoutMs / 1000));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_urlEdit, &QLineEdit::textChanged, this, &RemoteProfileDialog::updateTransportLabel);
    updateTransportLabel();
    resize(560, sizeHint().height());
}

RemoteProfileDialog::~RemoteProfileDialog()
{
    m_tokenEdit->clear(); // the token is not kept in the widget longer than needed
}

void RemoteProfileDialog::updateTransportLabel()
{
    const QString text = m_urlEdit->text().trimmed();
    if (text.isEmpty()) {
        m_transportLabel->clear();
        return;
    }
    const TransportCheck check = checkTransport(QUrl(text));
    if (!check.allowed) {
        m_transportLabel->setText(check.reason);
    } else if (check.plainLoopback) {
        m_transportLabel->setText(tr("Plain http to this computer (loopback): allowed, but unencrypted."));
    } else {
        m_transportLabel->setText(tr("https, the server's certificate verified in full."));
    }
}

void RemoteProfileDialog::browse(QLineEdit* edit, const QString& caption)
{
    const QStringList names =
        FileDialog::getOpenFileNames(this, caption, tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
    if (!names.isEmpty()) {
        edit->setText(names.first());
    }
}

QString RemoteProfileDialog::buildProfile(RemoteProfile& p) const
{
    const bool forget = m_forgetCheck && m_forgetCheck->isChecked();
    if (m_existing && !forget) {
        p = *m_existing; // saved credentials stay unless replaced
    }
    p.name = m_nameEdit->text().trimmed();
    if (p.name.isEmpty()) {
        return tr("Give the remote a name.");
    }
    if (m_takenNames.contains(p.name)) {
        return tr("There is a remote named %1 already.").arg(p.name);
    }
    p.adminUrl = QUrl(m_urlEdit->text().trimmed());
    const TransportCheck check = checkTransport(p.adminUrl);
    if (!check.allowed) {
        return check.reason;
    }
    const QString publicText = m_publicUrlEdit->text().trimmed();
    p.publicUrl = QUrl(publicText);
    if (!publicText.isEmpty()) {
        const TransportCheck publicCheck = checkTransport(p.publicUrl);
        if (!publicCheck.allowed) {
            return publicCheck.reason;
        }
    }
    if (!m_tokenEdit->text().isEmpty()) {
        QByteArray token = m_tokenEdit->text().trimmed().toUtf8();
        p.bearerToken = SecureBytes::fromByteArray(token);
        wipe(token);
    }
    const QString headers = m_headersEdit->toPlainText();
    if (!headers.trimmed().isEmpty()) {
        p.headers.clear();
        // The core's rule for custom headers (CustomHeaders.h), the same as jwkman-cli --header's.
        for (const QString& line : headers.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.trimmed().isEmpty()) {
                continue;
            }
            QByteArray bytes = line.toUtf8();
            ParsedHeader parsed = parseCustomHeader(bytes);
            wipe(bytes);
            if (!parsed.problem.isEmpty()) {
                return tr("Custom headers: %1.").arg(parsed.problem);
            }
            p.headers.append({parsed.name, std::move(parsed.value)});
        }
    }
    auto readFile = [](const QString& path, QByteArray* out) -> QString {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return tr("%1 cannot be read: %2").arg(path, file.errorString());
        }
        *out = file.read(4 * 1024 * 1024);
        return {};
    };
    if (!m_caEdit->text().trimmed().isEmpty()) {
        QByteArray pem;
        if (const QString problem = readFile(m_caEdit->text().trimmed(), &pem); !problem.isEmpty()) {
            return problem;
        }
        if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty()) {
            return tr("%1 holds no PEM certificate.").arg(m_caEdit->text().trimmed());
        }
        p.caCertificatesPem = pem;
    }
    const QString certPath = m_clientCertEdit->text().trimmed();
    const QString keyPath = m_clientKeyEdit->text().trimmed();
    if (!certPath.isEmpty() || !keyPath.isEmpty()) {
        if (certPath.isEmpty() || keyPath.isEmpty()) {
            return tr("Mutual TLS needs both the client certificate and its private key.");
        }
        QByteArray cert;
        if (const QString problem = readFile(certPath, &cert); !problem.isEmpty()) {
            return problem;
        }
        if (QSslCertificate::fromData(cert, QSsl::Pem).isEmpty()) {
            return tr("%1 holds no PEM certificate.").arg(certPath);
        }
        QByteArray key;
        if (const QString problem = readFile(keyPath, &key); !problem.isEmpty()) {
            return problem;
        }
        p.clientCertificatePem = cert;
        p.clientKeyPem = SecureBytes::fromByteArray(key);
        wipe(key);
    }
    p.trackedSets.clear();
    for (const QString& line : m_setsEdit->toPlainText().split(QRegularExpression(QStringLiteral("[\\n,]")))) {
        const QString set = line.trimmed();
        if (!set.isEmpty() && !p.trackedSets.contains(set)) {
            p.trackedSets << set;
        }
    }
    if (p.trackedSets.isEmpty()) {
        return tr("Name at least one key set to track: Hydra has no list of its sets.");
    }
    p.timeoutMs = m_timeoutSpin->value() * 1000;
    return {};
}

void RemoteProfileDialog::accept()
{
    RemoteProfile profile;
    const QString problem = buildProfile(profile);
    if (!problem.isEmpty()) {
        MessageBox::warning(this, windowTitle(), problem);
        return;
    }
    m_profile = profile;
    QDialog::accept();
}

} // namespace jwk
