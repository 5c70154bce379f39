#include "dialogs/TeamStoreDialog.h"

#include "FileDialog.h"
#include "Icons.h"
#include "MessageBox.h"
#include "Settings.h"
#include "WorkerJob.h"
#include "store/ServerLocation.h"
#include "store/SystemSecret.h"
#include "store/TeamStoreCredentials.h"
#include "usecases/TeamStoreOpening.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jwk {
namespace {

struct Outcome
{
    bool opened = false;
    std::optional<StoreError> error;
};

// The TLS modes in the order of how much they check, with what each means.
struct TlsMode
{
    const char* mode;
    const char* text;
};
const TlsMode kTlsModes[] = {
    {"verify-full", QT_TRANSLATE_NOOP("jwk::TeamStoreDialog", "verify-full: TLS, the CA and the host name checked")},
    {"verify-ca", QT_TRANSLATE_NOOP("jwk::TeamStoreDialog", "verify-ca: TLS, the CA checked (not the host name)")},
    {"require", QT_TRANSLATE_NOOP("jwk::TeamStoreDialog", "require: TLS, nobody checked")},
    {"prefer", QT_TRANSLATE_NOOP("jwk::TeamStoreDialog", "prefer: TLS when offered, nobody checked")},
    {"disable", QT_TRANSLATE_NOOP("jwk::TeamStoreDialog", "disable: no TLS")},
};

bool secretsFromEnvironment()
{
    return qEnvironmentVariableIsSet("SECRETS_SYSTEM");
}

} // namespace

TeamStoreDialog::TeamStoreDialog(QWidget* parent, const QString& url, const QString& notice)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("teamStoreDialog"));
    setWindowTitle(tr("Open Team Store"));
    setWindowIcon(Icons::icon(QStringLiteral("key-set")));

    m_notice = new QLabel(notice, this);
    m_notice->setObjectName(QStringLiteral("teamStoreNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(!notice.isEmpty());

    auto* form = new QFormLayout;
    m_recent = new QComboBox(this);
    m_recent->setObjectName(QStringLiteral("teamStoreRecentCombo"));
    m_recent->setAccessibleName(tr("Recent team stores"));
    m_recent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recent->setMinimumContentsLength(40);
    const QStringList recent = Settings::instance().recentTeamStores();
    for (const QString& r : recent) {
        QString description = r;
        try {
            description = ServerLocation::parse(r).description();
        } catch (const StoreError&) {
            continue; // a hand-edited setting that no longer parses is not offered
        }
        m_recent->addItem(r, r);
        m_recent->setItemData(m_recent->count() - 1, description, Qt::ToolTipRole);
    }
    m_recentLabel = new QLabel(tr("Rece&nt:"), this);
    m_recentLabel->setBuddy(m_recent);
    form->addRow(m_recentLabel, m_recent);
    m_recentLabel->setVisible(m_recent->count() > 0);
    m_recent->setVisible(m_recent->count() > 0);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("teamStoreHostEdit"));
    m_host->setPlaceholderText(QStringLiteral("db.example.org"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("teamStorePortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("teamStoreDatabaseEdit"));
    m_database->setPlaceholderText(QStringLiteral("jwkman"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("teamStoreUserEdit"));
    m_user->setPlaceholderText(tr("empty: your login name"));
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("teamStoreTlsCombo"));
    for (const TlsMode& mode : kTlsModes) {
        m_tls->addItem(tr(mode.text), QString::fromLatin1(mode.mode));
    }
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("teamStoreCaFileEdit"));
    m_caFile->setPlaceholderText(tr("the CA certificate (PEM) that issued the server's certificate"));
    m_browse = new QPushButton(tr("&Browse\u2026"), this);
    m_browse->setObjectName(QStringLiteral("teamStoreBrowseButton"));
    m_browse->setAutoDefault(false);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("teamStorePasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Database password"));
    m_remember = new QCheckBox(tr("&Remember password in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("teamStoreRememberCheck"));
    m_remember->setToolTip(
        tr("Kept in %1, for this store only; never in the settings.").arg(TeamStoreCredentials::whereKept()));

    auto* hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto* portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    auto* hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, hostRow);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&TLS mode:"), m_tls);
    auto* caLabel = new QLabel(tr("CA &file:"), this); // a row of a layout has no buddy of its own
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);

    if (secretsFromEnvironment()) {
        auto* fromEnv = new QLabel(tr("from the environment variable SECRETS_SYSTEM"), this);
        fromEnv->setObjectName(QStringLiteral("teamStoreSecretFromEnvironmentLabel"));
        form->addRow(tr("System secret:"), fromEnv);
    } else {
        m_secret = new QLineEdit(this);
        m_secret->setObjectName(QStringLiteral("teamStoreSecretEdit"));
        m_secret->setEchoMode(QLineEdit::Password);
        m_secret->setAccessibleName(tr("The team's system secret"));
        m_secret->setToolTip(tr("The team's SECRETS_SYSTEM from its secret manager: the same comma-separated list for "
                                "every member, the current secret first. Needed once per store when SECRETS_SYSTEM "
                                "is not set."));
        m_keepSecret = new QCheckBox(tr("&Keep the system secret in the keychain"), this);
        m_keepSecret->setObjectName(QStringLiteral("teamStoreKeepSecretCheck"));
        m_keepSecret->setChecked(true);
        m_keepSecret->setToolTip(
            tr("Kept in %1, for this store only; never in the settings.").arg(TeamStoreCredentials::whereKept()));
        form->addRow(tr("System &secret:"), m_secret);
        form->addRow(QString(), m_keepSecret);
    }

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("teamStoreProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("teamStoreStatusLabel"));
    m_status->setWordWrap(true);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_openButton = m_buttons->button(QDialogButtonBox::Open);
    m_openButton->setText(tr("&Open"));
    m_openButton->setObjectName(QStringLiteral("teamStoreOpenButton"));
    m_openButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addLayout(statusRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamStoreDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TeamStoreDialog::reject);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &TeamStoreDialog::updateTlsFields);
    connect(m_browse, &QPushButton::clicked, this, &TeamStoreDialog::chooseCaFile);
    connect(m_recent, &QComboBox::activated, this,
            [this](int index) { fillFrom(m_recent->itemData(index).toString()); });
    for (QLineEdit* edit : {m_host, m_database, m_user, m_caFile}) {
        connect(edit, &QLineEdit::editingFinished, this, &TeamStoreDialog::updateKeptHints);
    }
    connect(m_port, &QSpinBox::editingFinished, this, &TeamStoreDialog::updateKeptHints);

    fillFrom(url.isEmpty() ? recent.value(0) : url);
    updateTlsFields();
    updateKeptHints();
    if (m_host->text().isEmpty()) {
        m_host->setFocus();
    } else {
        m_password->setFocus();
    }
}

TeamStoreDialog::~TeamStoreDialog() = default;

std::unique_ptr<KeyStore> TeamStoreDialog::takeStore()
{
    return std::move(m_store);
}

bool TeamStoreDialog::isBusy() const
{
    return m_busy;
}

void TeamStoreDialog::fillFrom(const QString& url)
{
    if (url.isEmpty()) {
        return;
    }
    try {
        const TeamStoreForm f = TeamStoreForm::fromLocation(ServerLocation::parse(url));
        m_host->setText(f.host);
        m_port->setValue(f.port);
        m_database->setText(f.database);
        m_user->setText(f.user);
        const int tls = m_tls->findData(f.sslMode);
        m_tls->setCurrentIndex(tls >= 0 ? tls : 0);
        m_caFile->setText(f.caFile);
    } catch (const StoreError&) {
        return; // a URL that does not parse leaves the fields as they are
    }
    m_password->clear();
    updateTlsFields();
    updateKeptHints();
}

void TeamStoreDialog::updateTlsFields()
{
    const bool verify = m_tls->currentData().toString().startsWith(QStringLiteral("verify-"));
    m_caFile->setEnabled(verify && !m_busy);
    m_browse->setEnabled(verify && !m_busy);
}

QString TeamStoreDialog::currentUrl() const
{
    TeamStoreForm f;
    f.host = m_host->text();
    f.port = m_port->value();
    f.database = m_database->text();
    f.user = m_user->text();
    f.sslMode = m_tls->currentData().toString();
    f.caFile = m_caFile->text();
    try {
        return f.location().url();
    } catch (const StoreError&) {
        return {};
    }
}

// What is kept for the store the fields name shows as a hint; nothing kept is ever shown or put into a field.
void TeamStoreDialog::updateKeptHints()
{
    const QString url = currentUrl();
    bool password = false;
    bool secret = false;
    if (!url.isEmpty()) {
        try {
            password = TeamStoreCredentials::read(url, TeamStoreCredentials::Item::Password).has_value();
            secret = TeamStoreCredentials::read(url, TeamStoreCredentials::Item::SystemSecret).has_value();
        } catch (const StoreError&) {
            // Shown when the store is opened.
        }
    }
    m_password->setPlaceholderText(password ? tr("remembered in the keychain; type to replace")
                                            : tr("empty: PGPASSWORD or ~/.pgpass"));
    m_remember->setChecked(password);
    if (m_secret) {
        m_secret->setPlaceholderText(secret ? tr("kept in the keychain for this store; type to replace")
                                            : tr("as SECRETS_SYSTEM: the current secret first, comma-separated"));
    }
}

void TeamStoreDialog::chooseCaFile()
{
    const QStringList files = FileDialog::getOpenFileNames(this, tr("Choose the CA Certificate"),
                                                           tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!files.isEmpty()) {
        m_caFile->setText(files.first());
        updateKeptHints();
    }
}

void TeamStoreDialog::setBusy(bool busy, const QString& status)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_status->setText(status);
    for (QWidget* w : std::initializer_list<QWidget*>{m_recent, m_host, m_port, m_database, m_user, m_tls, m_password,
                                                      m_remember, m_secret, m_keepSecret, m_openButton}) {
        if (w) {
            w->setEnabled(!busy);
        }
    }
    updateTlsFields();
}

void TeamStoreDialog::fail(const QString& message, const QString& details)
{
    setBusy(false, message);
    MessageBox::critical(this, tr("Team Store Cannot Be Opened"), message, QMessageBox::Ok, QMessageBox::Ok, {},
                         details);
}

void TeamStoreDialog::accept()
{
    if (m_busy) {
        return;
    }
    TeamStoreForm f;
    f.host = m_host->text();
    f.port = m_port->value();
    f.database = m_database->text();
    f.user = m_user->text();
    f.sslMode = m_tls->currentData().toString();
    f.caFile = m_caFile->text();
    QString url;
    try {
        url = f.location().url();
    } catch (const StoreError& e) {
        fail(e.message());
        return;
    }

    // The system secret: SECRETS_SYSTEM, else the one typed, else the one kept for this store.
    std::optional<SystemSecret> secret;
    const bool typedSecret = m_secret && !m_secret->text().isEmpty();
    try {
        if (typedSecret) {
            QByteArray typed = m_secret->text().toUtf8();
            try {
                secret = SystemSecret::fromEnvironmentValue(typed);
            } catch (...) {
                wipe(typed);
                throw;
            }
            wipe(typed);
        } else {
            secret = SystemSecret::resolve(url, false);
        }
    } catch (const StoreError& e) {
        const TeamStoreFailure failure = describeTeamStoreFailure(e);
        if (m_secret) {
            m_secret->setFocus();
        }
        fail(failure.message, failure.details);
        return;
    }

    // The password: the one typed, else the one remembered, else libpq's PGPASSWORD or ~/.pgpass.
    QString password = m_password->text();
    if (password.isEmpty()) {
        try {
            if (auto kept = TeamStoreCredentials::read(url, TeamStoreCredentials::Item::Password)) {
                password = QString::fromUtf8(kept->view());
            }
        } catch (const StoreError& e) {
            fail(e.message());
            return;
        }
    }

    const int attempt = ++m_attempt;
    setBusy(true, tr("Connecting to %1\u2026").arg(ServerLocation::parse(url).description()));
    auto outcome = std::make_shared<Outcome>();
    auto* job = new WorkerJob(this); // one per attempt: an abandoned one ends on its own (connect_timeout)
    job->start(
        QStringLiteral("team store open"),
        [url, password, secret = *secret, outcome] {
            try {
                // Proves the server, the password, the secret and the schema; this thread's connection is closed
                // again: a connection belongs to the thread that made it, and the window's is made on its own.
                openTeamStore(url, password, secret).reset();
                outcome->opened = true;
            } catch (const StoreError& e) {
                outcome->error = e;
            } catch (const std::exception& e) {
                outcome->error = StoreError(StoreError::Kind::Io, QString::fromLocal8Bit(e.what()));
            }
        },
        [this, job, attempt, outcome, url, password, secret = *secret, typedSecret]() mutable {
            job->deleteLater();
            if (attempt != m_attempt) {
                return; // cancelled: its outcome changes nothing
            }
            if (outcome->opened) {
                try {
                    m_store = openTeamStore(url, password, secret);
                } catch (const StoreError& e) {
                    outcome->error = e;
                }
            }
            if (!m_store) {
                const TeamStoreFailure failure = describeTeamStoreFailure(
                    outcome->error.value_or(StoreError(StoreError::Kind::Io, QString())), password);
                wipe(password);
                fail(failure.message, failure.details); // after the progress is gone
                if (failure.problem == TeamStoreProblem::WrongPassword) {
                    m_password->selectAll(); // ready to be typed again
                    m_password->setFocus();
                }
                Q_EMIT attemptFinished(false);
                return;
            }
            finish(url, password, typedSecret);
            wipe(password);
        });
}

void TeamStoreDialog::finish(const QString& url, const QString& password, bool typedSecret)
{
    setBusy(false, tr("Opened %1.").arg(ServerLocation::parse(url).description()));
    QStringList problems;
    try {
        if (m_remember->isChecked() && !password.isEmpty()) {
            QByteArray utf8 = password.toUtf8();
            TeamStoreCredentials::write(url, TeamStoreCredentials::Item::Password, SecureBytes::fromByteArray(utf8));
            wipe(utf8);
        } else if (!m_remember->isChecked()) {
            TeamStoreCredentials::forget(url, TeamStoreCredentials::Item::Password);
        }
    } catch (const StoreError& e) {
        problems << e.message();
    }
    try {
        if (typedSecret && m_keepSecret && m_keepSecret->isChecked()) {
            QByteArray typed = m_secret->text().toUtf8();
            TeamStoreCredentials::write(url, TeamStoreCredentials::Item::SystemSecret,
                                        SecureBytes::fromByteArray(typed));
            wipe(typed);
        }
    } catch (const StoreError& e) {
        problems << e.message();
    }
    m_password->clear();
    if (m_secret) {
        m_secret->clear();
    }
    Settings::instance().addRecentTeamStore(url);
    Settings::instance().sync();
    if (!problems.isEmpty()) {
        MessageBox::warning(this, tr("Open Team Store"),
                            tr("The team store is open, but what was to be remembered was not kept: %1 You will be "
                               "asked again next time.")
                                .arg(problems.join(QLatin1Char(' '))));
    }
    Q_EMIT attemptFinished(true);
    QDialog::accept();
}

void TeamStoreDialog::reject()
{
    if (m_busy) {
        ++m_attempt; // the running attempt's outcome is dropped; its connection closes in its own thread
        setBusy(false, tr("Cancelled; nothing was changed."));
        Q_EMIT attemptFinished(false);
        return;
    }
    QDialog::reject();
}

} // namespace jwk
