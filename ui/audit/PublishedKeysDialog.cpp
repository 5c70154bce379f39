#include "audit/PublishedKeysDialog.h"

#include "Icons.h"
#include "audit/JwksCheck.h"
#include "keys/JwkError.h"
#include "remote/TransportPolicy.h"
#include "store/KeyStore.h"
#include "widgets/WrappingItemDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace jwk {

namespace {

QTreeWidget* makeTree(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(false);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

PublishedKeysDialog::PublishedKeysDialog(KeyStore* store, const std::optional<RemoteProfile>& remote, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_remote(remote)
    , m_check(new JwksCheck(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("publishedKeysDialog"));
    setWindowTitle(remote ? tr("Published Keys of %1").arg(remote->name) : tr("Audit a Published JWKS"));
    resize(860, 560);

    auto* form = new QFormLayout;
    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://auth.example.com/.well-known/jwks.json"));
    m_urlEdit->setClearButtonEnabled(!remote);
    auto* urlLabel = new QLabel(tr("JWKS &URL:"), this);
    urlLabel->setBuddy(m_urlEdit);
    form->addRow(urlLabel, m_urlEdit);
    if (remote) {
        m_urlEdit->setText(remote->publicUrl.isEmpty() ? QString() : wellKnownJwksUrl(remote->publicUrl).toString());
        m_urlEdit->setReadOnly(true);
        m_extraSets = new QLineEdit(this);
        m_extraSets->setObjectName(QStringLiteral("extraSetsEdit"));
        m_extraSets->setPlaceholderText(tr("sets of webfinger.jwks.broadcast_keys, separated by commas"));
        m_extraSets->setToolTip(tr("Hydra always publishes hydra.openid.id-token and hydra.jwt.access-token, and "
                                   "the sets named in webfinger.jwks.broadcast_keys."));
        auto* extraLabel = new QLabel(tr("Also &published:"), this);
        extraLabel->setBuddy(m_extraSets);
        form->addRow(extraLabel, m_extraSets);
    }
    m_compareBox = new QComboBox(this);
    m_compareBox->setObjectName(QStringLiteral("compareBox"));
    m_compareBox->addItem(tr("Nothing"), QVariantList{Nothing, QString()});
    if (remote) {
        m_compareBox->addItem(tr("The admin API of %1 and the local copies").arg(remote->name),
                              QVariantList{AdminAndLocal, QString()});
        m_compareBox->addItem(tr("What the admin API of %1 holds").arg(remote->name),
                              QVariantList{AdminApi, QString()});
        m_compareBox->addItem(tr("The local copies of the published sets"), QVariantList{LocalCopies, QString()});
    }
    if (store) {
        for (const auto& set : store->keySets()) {
            m_compareBox->addItem(tr("Key set %1").arg(set.name), QVariantList{LocalSet, set.name});
        }
    }
    m_compareBox->setCurrentIndex(remote ? 1 : 0);
    auto* compareLabel = new QLabel(tr("Co&mpare with:"), this);
    compareLabel->setBuddy(m_compareBox);
    form->addRow(compareLabel, m_compareBox);

    auto* options = new QHBoxLayout;
    m_remember = new QCheckBox(tr("&Remember what is published"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setToolTip(tr("Keeps the kids and thumbprints in the store, so that the next check says what was "
                              "added, removed or changed, and how long each key has been published."));
    m_remember->setChecked(store != nullptr);
    m_remember->setEnabled(store != nullptr);
    options->addWidget(m_remember);
    options->addSpacing(12);
    auto* ageLabel = new QLabel(tr("Warn about keys older &than:"), this);
    m_maxAge = new QSpinBox(this);
    m_maxAge->setObjectName(QStringLiteral("maxAgeBox"));
    m_maxAge->setRange(0, 3650);
    m_maxAge->setSpecialValueText(tr("never"));
    m_maxAge->setSuffix(tr(" days"));
    m_maxAge->setValue(store ? 90 : 0);
    m_maxAge->setEnabled(store != nullptr);
    ageLabel->setBuddy(m_maxAge);
    options->addWidget(ageLabel);
    options->addWidget(m_maxAge);
    options->addStretch(1);
    form->addRow(QString(), options);

    auto* checking = new QHBoxLayout;
    auto* intervalLabel = new QLabel(tr("Check &every:"), this);
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("intervalBox"));
    m_interval->setRange(0, 1440);
    m_interval->setSpecialValueText(tr("only on demand"));
    m_interval->setSuffix(tr(" min"));
    intervalLabel->setBuddy(m_interval);
    checking->addWidget(intervalLabel);
    checking->addWidget(m_interval);
    checking->addStretch(1);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    checking->addWidget(m_progress);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelCheckButton"));
    m_cancelButton->setVisible(false);
    checking->addWidget(m_cancelButton);
    m_checkButton = new QPushButton(Icons::icon(QStringLiteral("search")), tr("&Check Now"), this);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_checkButton->setToolTip(tr("Fetch the published keys again (F5)"));
    m_checkButton->setAutoDefault(false);
    checking->addWidget(m_checkButton);
    form->addRow(QString(), checking);

    m_summary = new QLabel(tr("Not checked yet."), this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setVisible(false);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("auditTabs"));
    m_findings = makeTree(QStringLiteral("findingsView"), {tr("Severity"), tr("Code"), tr("Kid"), tr("Finding")}, this);
    m_findings->setItemDelegate(new WrappingItemDelegate(m_findings));
    m_differences = makeTree(QStringLiteral("differencesView"), {tr("Kid"), tr("Difference")}, this);
    m_differences->setRootIsDecorated(true);
    m_keys =
        makeTree(QStringLiteral("keysView"), {tr("Kid"), tr("Type"), tr("Alg"), tr("Use"), tr("Thumbprint")}, this);
    m_tabs->addTab(m_findings, tr("Findings"));
    m_tabs->addTab(m_differences, tr("Differences"));
    m_tabs->addTab(m_keys, tr("Keys"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_checkButton, &QPushButton::clicked, this, &PublishedKeysDialog::checkNow);
    connect(m_cancelButton, &QPushButton::clicked, m_check, &JwksCheck::cancel);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this, &PublishedKeysDialog::checkNow);
    connect(m_check, &JwksCheck::finished, this, &PublishedKeysDialog::checkFinished);
    connect(m_timer, &QTimer::timeout, this, &PublishedKeysDialog::checkNow);
    connect(m_interval, &QSpinBox::valueChanged, this, &PublishedKeysDialog::intervalChanged);
    if (!remote) {
        m_urlEdit->setFocus();
    }
}

PublishedKeysDialog::~PublishedKeysDialog() = default;

PublishedKeysDialog* PublishedKeysDialog::openForRemote(KeyStore* store, const RemoteProfile& remote, QWidget* parent)
{
    auto* dialog = new PublishedKeysDialog(store, remote, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->checkNow();
    return dialog;
}

void PublishedKeysDialog::keyPressEvent(QKeyEvent* event)
{
    // Enter checks a typed URL (the URL edit passes it on, and the dialog would close); for a remote it closes.
    if (!m_remote && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier) {
        checkNow();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void PublishedKeysDialog::setUrl(const QString& url)
{
    m_urlEdit->setText(url);
}

bool PublishedKeysDialog::isChecking() const
{
    return m_check->isRunning();
}

QStringList PublishedKeysDialog::publishedSets() const
{
    QStringList extra;
    if (m_extraSets) {
        for (const auto& s : m_extraSets->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!s.trimmed().isEmpty()) {
                extra << s.trimmed();
            }
        }
    }
    return hydraPublishedSets(extra);
}

QString PublishedKeysDialog::sourceLabel() const
{
    return m_remote ? QStringLiteral("remote:") + m_remote->name
                    : m_checkedUrl.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded);
}

void PublishedKeysDialog::checkNow()
{
    if (isChecking()) {
        return;
    }
    const QString text = m_urlEdit->text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    auto refuse = [this](const QString& message) {
        m_error->setText(message);
        m_error->setVisible(true);
    };
    if (text.isEmpty()) {
        refuse(m_remote ? tr("The remote %1 has no public URL, so its published keys cannot be found. Edit the "
                             "remote and give Hydra's public URL.")
                              .arg(m_remote->name)
                        : tr("Type the URL of a JWKS, such as https://auth.example.com/.well-known/jwks.json."));
        return;
    }
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QStringLiteral("https") && url.scheme() != QStringLiteral("http"))) {
        refuse(tr("%1 is not an http or https URL.").arg(text));
        return;
    }
    if (const TransportCheck transport = checkTransport(url); !transport.allowed) {
        refuse(transport.reason);
        return;
    }
    const auto compare = static_cast<Compare>(m_compareBox->currentData().toList().value(0).toInt());
    RemoteProfile via;
    if (m_remote) {
        via = *m_remote; // its CA and client certificate; the token and headers stay with the admin API
    }
    std::optional<RemoteProfile> admin;
    if ((compare == AdminApi || compare == AdminAndLocal) && m_remote) {
        admin = *m_remote;
    }
    m_checkedUrl = url;
    m_error->setVisible(false);
    setBusy(true);
    m_check->start(url, via, admin, publishedSets());
}

std::optional<JwksComparison> PublishedKeysDialog::compareWithLocalCopies(const JwksAuditReport& report) const
{
    if (!m_store) {
        return std::nullopt;
    }
    QList<JsonWebKey> reference;
    QStringList here;
    for (const auto& set : publishedSets()) {
        if (m_store->keySet(set)) {
            here << set;
            reference += m_store->loadKeys(set, false);
        }
    }
    if (here.isEmpty()) {
        return std::nullopt; // nothing here to compare with: no difference to report
    }
    // Named by the sets compared: a published set with no local copy makes its keys "not here".
    return compareJwks(report.keys, reference, tr("the local copies (%1)").arg(here.join(QStringLiteral(", "))));
}

void PublishedKeysDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_checkButton->setEnabled(!busy);
    m_urlEdit->setEnabled(!busy);
    m_compareBox->setEnabled(!busy);
}

void PublishedKeysDialog::checkFinished()
{
    setBusy(false);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString at = QLocale().toString(now.toLocalTime(), QLocale::ShortFormat);
    if (m_check->cancelled()) {
        m_error->setText(tr("The check was cancelled (%1); what is shown is from the check before.").arg(at));
        m_error->setVisible(true);
        return;
    }
    if (!m_check->error().isEmpty()) {
        m_error->setText(tr("The check at %1 failed: %2").arg(at, m_check->error()));
        m_error->setVisible(true);
        return;
    }
    try {
        JwksAuditReport report = auditJwks(sourceLabel(), m_check->body(), now);
        const auto data = m_compareBox->currentData().toList();
        const auto compare = static_cast<Compare>(data.value(0).toInt());
        m_localComparison.reset();
        if (compare == AdminApi || compare == AdminAndLocal) {
            report.comparison = compareJwks(report.keys, m_check->adminKeys(),
                                            tr("the admin API of %1").arg(m_remote ? m_remote->name : QString()));
            if (compare == AdminAndLocal) {
                m_localComparison = compareWithLocalCopies(report);
            }
        } else if (compare == LocalCopies) {
            report.comparison = compareWithLocalCopies(report);
        } else if (compare == LocalSet && m_store) {
            const QString set = data.value(1).toString();
            report.comparison =
                compareJwks(report.keys, m_store->keySet(set) ? m_store->loadKeys(set, false) : QList<JsonWebKey>(),
                            tr("key set %1").arg(set));
        }
        if (m_store) {
            applyStoreHistory(report, *m_store, m_maxAge->value() > 0 ? m_maxAge->value() : -1,
                              m_remember->isChecked());
        }
        m_report = std::move(report);
    } catch (const JwkError& e) {
        m_error->setText(tr("The check at %1 found no JWKS: %2").arg(at, e.message()));
        m_error->setVisible(true);
        return;
    } catch (const StoreError& e) {
        m_error->setText(tr("The check at %1 could not use the store: %2").arg(at, e.message()));
        m_error->setVisible(true);
        return;
    }
    showReport();
    Q_EMIT checked();
}

void PublishedKeysDialog::showReport()
{
    const JwksAuditReport& r = *m_report;
    int errors = 0;
    int warnings = 0;
    m_findings->clear();
    // Errors first, then warnings, then notes; in the document's order within each.
    QList<AuditFinding> findings = r.findings;
    std::stable_sort(findings.begin(), findings.end(), [](const AuditFinding& a, const AuditFinding& b) {
        return static_cast<int>(a.severity) > static_cast<int>(b.severity);
    });
    for (const auto& f : findings) {
        auto* item = new QTreeWidgetItem(m_findings);
        switch (f.severity) {
        case AuditFinding::Severity::Error:
            ++errors;
            item->setText(0, tr("Error"));
            item->setIcon(0, Icons::icon(QStringLiteral("error")));
            break;
        case AuditFinding::Severity::Warning:
            ++warnings;
            item->setText(0, tr("Warning"));
            item->setIcon(0, Icons::icon(QStringLiteral("warning")));
            break;
        case AuditFinding::Severity::Info:
            item->setText(0, tr("Note"));
            item->setIcon(0, Icons::icon(QStringLiteral("info")));
            break;
        }
        item->setText(1, f.code);
        item->setText(2, f.kid);
        item->setText(3, f.message);
        item->setToolTip(3, f.message);
    }
    if (r.findings.isEmpty()) {
        auto* item = new QTreeWidgetItem(m_findings);
        item->setText(3, tr("Nothing to report: every published key is public, valid and complete."));
        item->setFlags(Qt::ItemIsEnabled);
    }
    for (int c = 0; c < 3; ++c) {
        m_findings->resizeColumnToContents(c);
    }
    // A thumbprint kid is 43 characters: shortened in the middle, whole in its tooltip, so the finding keeps room.
    m_findings->setColumnWidth(2, std::min(m_findings->columnWidth(2), fontMetrics().averageCharWidth() * 24));
    m_findings->setTextElideMode(Qt::ElideMiddle);
    for (int i = 0; i < m_findings->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_findings->topLevelItem(i);
        item->setToolTip(2, item->text(2));
    }

    m_differences->clear();
    int differences = 0;
    const auto group = [this](const QString& title, const QStringList& kids, const QString& note) {
        if (kids.isEmpty()) {
            return;
        }
        auto* parent = new QTreeWidgetItem(m_differences);
        parent->setText(0, QStringLiteral("%1 (%2)").arg(title).arg(kids.size()));
        parent->setFirstColumnSpanned(true);
        for (const auto& kid : kids) {
            auto* child = new QTreeWidgetItem(parent);
            child->setText(0, kid.isEmpty() ? tr("(no kid)") : kid);
            child->setText(1, note);
        }
        parent->setExpanded(true);
    };
    QList<JwksComparison> comparisons;
    if (r.comparison) {
        comparisons << *r.comparison;
    }
    if (m_localComparison) {
        comparisons << *m_localComparison;
    }
    for (const JwksComparison& c : comparisons) {
        differences += int(c.publishedNotHere.size() + c.hereNotPublished.size() + c.different.size());
        group(tr("Published, not in %1").arg(c.against), c.publishedNotHere,
              tr("verifiers trust a key that %1 does not hold").arg(c.against));
        group(tr("In %1, not published").arg(c.against), c.hereNotPublished,
              tr("tokens signed with it fail verification"));
        group(tr("Different from %1").arg(c.against), c.different, tr("same kid, another key, alg or use"));
    }
    if (r.changesSinceLast) {
        const QString since = QLocale().toString(r.changesSinceLast->since.toLocalTime(), QLocale::ShortFormat);
        group(tr("Added since %1").arg(since), r.changesSinceLast->added, tr("newly published"));
        group(tr("Removed since %1").arg(since), r.changesSinceLast->removed, tr("no longer published"));
        group(tr("Changed since %1").arg(since), r.changesSinceLast->changed, tr("another key under the same kid"));
    }
    if (m_differences->topLevelItemCount() == 0) {
        auto* item = new QTreeWidgetItem(m_differences);
        item->setText(0, r.comparison ? tr("No difference with %1.").arg(r.comparison->against)
                                      : tr("Nothing compared (choose what to compare with above)."));
        item->setFirstColumnSpanned(true);
    }
    m_differences->resizeColumnToContents(0);

    m_keys->clear();
    for (const auto& k : r.keys) {
        auto* item = new QTreeWidgetItem(m_keys);
        item->setText(0, k.kid.isEmpty() ? tr("(no kid)") : k.kid);
        item->setText(1, k.key.typeDescription());
        item->setText(2, k.alg);
        item->setText(3, k.use);
        item->setText(4, k.thumbprint);
    }
    for (int c = 0; c < 4; ++c) {
        m_keys->resizeColumnToContents(c);
    }

    m_tabs->setTabText(0, tr("Findings (%1)").arg(r.findings.size()));
    m_tabs->setTabText(1, tr("Differences (%1)").arg(differences));
    m_tabs->setTabText(2, tr("Keys (%1)").arg(r.keys.size()));
    const QString at = QLocale().toString(r.checkedAt.toLocalTime(), QLocale::ShortFormat);
    const QString verdict = errors > 0 || differences > 0 ? tr("Needs attention.") : tr("All clear.");
    m_summary->setText(tr("Last checked %1: %2 %3, %4, %5, %6.")
                           .arg(at, verdict, tr("%n key(s) published", nullptr, r.keyCount),
                                tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings),
                                tr("%n difference(s)", nullptr, differences)));
}

void PublishedKeysDialog::intervalChanged(int minutes)
{
    if (minutes <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(minutes * 60 * 1000);
}

} // namespace jwk
