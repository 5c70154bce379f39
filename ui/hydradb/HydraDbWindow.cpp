#include "hydradb/HydraDbWindow.h"

#include "Icons.h"
#include "MessageBox.h"
#include "WorkerJob.h"
#include "hydradb/HydraDbError.h"
#include "hydradb/HydraDsn.h"
#include "models/KeyModel.h"
#include "store/KeyStore.h"
#include "store/StoreError.h"
#include "usecases/HydraDatabase.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jwk {

struct HydraDbWindow::Input
{
    HydraDsn dsn;
    SystemSecret secret;
};

namespace {

enum SetColumn { SetNameColumn, SetKeysColumn, SetSignerColumn, SetUnreadableColumn, SetColumnCount };

// What a read hands back to the window: public facts only (no key material stays in the window).
struct ReadOutcome
{
    QString error;
    QString database;
    QJsonObject check;
    QHash<QString, QList<KeyInfo>> keyInfos;
    QHash<QString, QString> signers;
};

struct ImportOutcome
{
    QString error;
    QList<HydraImportSet> sets;
};

} // namespace

HydraDbWindow::HydraDbWindow(KeyStore* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_job(new WorkerJob(this))
{
    setObjectName(QStringLiteral("hydraDbWindow"));
    setWindowTitle(tr("Hydra Database"));
    setWindowIcon(Icons::icon(QStringLiteral("hydra")));

    auto* connection = new QGroupBox(tr("Hydra's database"), this);
    auto* form = new QFormLayout(connection);
    m_dsn = new QLineEdit(connection);
    m_dsn->setObjectName(QStringLiteral("hydraDsnEdit"));
    m_dsn->setAccessibleName(tr("Hydra's DSN"));
    m_dsn->setPlaceholderText(QStringLiteral("postgres://hydra@db.example:5432/hydra?sslmode=verify-full"));
    m_dsn->setToolTip(tr("Hydra's DSN setting: postgres://, postgresql:// or cockroach://user@host:port/database, or "
                         "sqlite:///path/db.sqlite. A password in it moves to the password field."));
    m_password = new QLineEdit(connection);
    m_password->setObjectName(QStringLiteral("hydraPasswordEdit"));
    m_password->setAccessibleName(tr("Database password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: PGPASSWORD or ~/.pgpass"));
    m_secrets = new QLineEdit(connection);
    m_secrets->setObjectName(QStringLiteral("hydraSecretsEdit"));
    m_secrets->setAccessibleName(tr("Hydra's system secrets"));
    m_secrets->setEchoMode(QLineEdit::Password);
    m_secrets->setPlaceholderText(tr("as SECRETS_SYSTEM: the current secret first, comma-separated"));
    m_prefix = new QLineEdit(connection);
    m_prefix->setObjectName(QStringLiteral("hydraPrefixEdit"));
    m_prefix->setAccessibleName(tr("Prefix for imported set names"));
    m_prefix->setPlaceholderText(tr("none: the sets keep Hydra's names"));
    form->addRow(tr("&DSN:"), m_dsn);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("System &secrets:"), m_secrets);
    form->addRow(tr("Set name &prefix:"), m_prefix);

    m_readButton = new QPushButton(Icons::icon(QStringLiteral("search")), tr("&Read"), this);
    m_readButton->setObjectName(QStringLiteral("hydraReadButton"));
    m_readButton->setAutoDefault(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("hydraStatusLabel"));
    m_status->setWordWrap(true);
    auto* readRow = new QHBoxLayout;
    readRow->addWidget(m_readButton);
    readRow->addWidget(m_progress);
    readRow->addWidget(m_status, 1);

    m_sets = new QTableWidget(0, SetColumnCount, this);
    m_sets->setObjectName(QStringLiteral("hydraSetsView"));
    m_sets->setAccessibleName(tr("Hydra's key sets"));
    m_sets->setHorizontalHeaderLabels({tr("Set"), tr("Keys"), tr("Signer"), tr("Cannot decrypt")});
    m_sets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sets->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_sets->verticalHeader()->setVisible(false);
    m_sets->horizontalHeader()->setSectionResizeMode(SetNameColumn, QHeaderView::Stretch);
    m_keyModel = new KeyModel(this);
    m_keys = new QTableView(this);
    m_keys->setObjectName(QStringLiteral("hydraKeysView"));
    m_keys->setAccessibleName(tr("Keys of the selected Hydra set, newest first"));
    m_keys->setModel(m_keyModel);
    m_keys->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_keys->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_keys->verticalHeader()->setVisible(false);
    m_keys->setColumnHidden(KeyModel::SetColumn, true);
    m_keys->horizontalHeader()->setSectionResizeMode(KeyModel::KidColumn, QHeaderView::Stretch);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_sets);
    splitter->addWidget(m_keys);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("hydraSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = buttons->addButton(tr("&Import into Store\u2026"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("hydraImportButton"));
    m_importButton->setIcon(Icons::icon(QStringLiteral("import")));
    m_importButton->setEnabled(false);
    m_importButton->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(connection);
    layout->addLayout(readRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(820, 640);

    connect(m_readButton, &QPushButton::clicked, this, &HydraDbWindow::readDatabase);
    connect(m_dsn, &QLineEdit::returnPressed, this, &HydraDbWindow::readDatabase);
    connect(m_importButton, &QPushButton::clicked, this, &HydraDbWindow::importIntoStore);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sets, &QTableWidget::itemSelectionChanged, this, &HydraDbWindow::showKeysOfCurrentSet);

    // Hydra's own environment, when this app was started with it; the password never shows.
    if (const QString env = qEnvironmentVariable("DSN"); !env.isEmpty()) {
        try {
            const HydraDsn dsn = HydraDsn::parse(env);
            m_dsn->setText(dsn.describe());
            m_password->setText(dsn.password());
        } catch (const HydraDbError&) {
            // Left empty: the person types one.
        }
    }
    m_secrets->setText(qEnvironmentVariable("SECRETS_SYSTEM"));
}

HydraDbWindow::~HydraDbWindow() = default;

bool HydraDbWindow::isBusy() const
{
    return m_job->isRunning();
}

std::optional<HydraDbWindow::Input> HydraDbWindow::input()
{
    try {
        HydraDsn dsn = HydraDsn::parse(m_dsn->text());
        if (dsn.hasPassword()) {
            // Typed into the DSN: it moves to its own field, and the DSN shows without it.
            if (m_password->text().isEmpty()) {
                m_password->setText(dsn.password());
            }
            m_dsn->setText(dsn.describe());
        }
        if (!m_password->text().isEmpty()) {
            dsn.setPassword(m_password->text());
        }
        if (m_secrets->text().trimmed().isEmpty()) {
            fail(tr("Hydra Database"), tr("Give Hydra's system secrets (its SECRETS_SYSTEM: the current secret first, "
                                          "then older ones, comma-separated) to decrypt its keys."));
            return std::nullopt;
        }
        QByteArray secrets = m_secrets->text().toUtf8();
        SystemSecret secret = SystemSecret::fromEnvironmentValue(secrets);
        secureWipe(secrets.data(), std::size_t(secrets.size()));
        return Input{std::move(dsn), std::move(secret)};
    } catch (const HydraDbError& e) {
        fail(tr("Hydra Database"), e.message());
    } catch (const StoreError& e) {
        fail(tr("Hydra Database"), e.message());
    }
    return std::nullopt;
}

void HydraDbWindow::fail(const QString& title, const QString& message)
{
    m_status->setText(message);
    MessageBox::critical(this, title, message);
}

void HydraDbWindow::setBusy(bool busy, const QString& status)
{
    m_progress->setVisible(busy);
    m_readButton->setEnabled(!busy);
    m_importButton->setEnabled(!busy && !m_keyInfos.isEmpty() && m_store);
    m_dsn->setReadOnly(busy);
    m_status->setText(status);
}

void HydraDbWindow::readDatabase()
{
    if (isBusy()) {
        return;
    }
    std::optional<Input> in = input();
    if (!in) {
        return;
    }
    setBusy(true, tr("Reading %1\u2026").arg(in->dsn.describe()));
    auto outcome = std::make_shared<ReadOutcome>();
    m_job->start(
        QStringLiteral("hydra-db read"),
        [in = *in, outcome] {
            try {
                const HydraSnapshot s = HydraDatabase::read(in.dsn, in.secret);
                outcome->database = s.database;
                outcome->check = hydraCheckJson(s);
                for (const QString& set : s.setNames()) {
                    outcome->keyInfos.insert(set, s.keyInfos(set));
                    outcome->signers.insert(set, s.signerKid(set));
                }
            } catch (const HydraDbError& e) {
                outcome->error = e.message();
            } catch (const std::exception& e) {
                outcome->error = QString::fromLocal8Bit(e.what());
            }
        },
        [this, outcome] {
            if (!outcome->error.isEmpty()) {
                setBusy(false, QString());
                fail(tr("Hydra Database"), outcome->error); // after the progress is gone
                Q_EMIT readFinished();
                return;
            }
            m_database = outcome->database;
            m_check = outcome->check;
            m_keyInfos = outcome->keyInfos;
            m_signers = outcome->signers;
            showSets();
            setBusy(false, tr("Read %1 (read-only).").arg(m_database));
            Q_EMIT readFinished();
        });
}

void HydraDbWindow::showSets()
{
    const QJsonObject sets = m_check.value(QStringLiteral("sets")).toObject();
    m_sets->setRowCount(0);
    QStringList unreadable;
    for (auto it = sets.begin(); it != sets.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const int row = m_sets->rowCount();
        m_sets->insertRow(row);
        const QJsonArray bad = o.value(QStringLiteral("undecryptable")).toArray();
        const QString signer = m_signers.value(it.key());
        auto* name = new QTableWidgetItem(it.key());
        name->setIcon(Icons::icon(bad.isEmpty() ? QStringLiteral("hydra") : QStringLiteral("warning")));
        m_sets->setItem(row, SetNameColumn, name);
        m_sets->setItem(row, SetKeysColumn,
                        new QTableWidgetItem(QString::number(o.value(QStringLiteral("keys")).toInt())));
        m_sets->setItem(row, SetSignerColumn, new QTableWidgetItem(signer.isEmpty() ? tr("none") : signer));
        m_sets->setItem(row, SetUnreadableColumn, new QTableWidgetItem(QString::number(bad.size())));
        for (const auto& kid : bad) {
            unreadable << QStringLiteral("%1/%2").arg(it.key(), kid.toString());
        }
    }
    m_sets->resizeColumnsToContents();
    m_sets->horizontalHeader()->setSectionResizeMode(SetNameColumn, QHeaderView::Stretch);

    // The "check" summary.
    QStringList perSecret;
    for (const auto& v : m_check.value(QStringLiteral("secrets")).toArray()) {
        const QJsonObject o = v.toObject();
        const int index = o.value(QStringLiteral("index")).toInt();
        perSecret
            << (index == 0
                    ? tr("secret 1 (the current one, which encrypts) opens %n row(s)", nullptr,
                         o.value(QStringLiteral("rows")).toInt())
                    : tr("secret %1 opens %n row(s)", nullptr, o.value(QStringLiteral("rows")).toInt()).arg(index + 1));
    }
    QString summary =
        tr("%n row(s) in %1 set(s); ", nullptr, m_check.value(QStringLiteral("rows")).toInt()).arg(sets.size()) +
        perSecret.join(QStringLiteral("; ")) + QLatin1Char('.');
    if (!unreadable.isEmpty()) {
        summary += QLatin1Char(' ') + tr("%n row(s) open under none of the secrets: %1. Hydra cannot read a set that "
                                         "holds one; add the secret they were written with.",
                                         nullptr, int(unreadable.size()))
                                          .arg(unreadable.join(QStringLiteral(", ")));
    } else if (m_check.value(QStringLiteral("secrets")).toArray().size() > 1) {
        summary += QLatin1Char(' ') + tr("Every row opens; rows under older secrets can be moved to the current one "
                                         "with jwkman-cli hydra-db reencrypt (Hydra stopped).");
    }
    m_summary->setText(summary);
    if (m_sets->rowCount() > 0) {
        m_sets->selectRow(0);
    } else {
        m_keyModel->clear();
    }
}

QStringList HydraDbWindow::chosenSets() const
{
    QStringList sets;
    for (const QModelIndex& index : m_sets->selectionModel()->selectedRows(SetNameColumn)) {
        sets << index.data().toString();
    }
    sets.sort();
    return sets;
}

void HydraDbWindow::showKeysOfCurrentSet()
{
    const QStringList sets = chosenSets();
    QList<KeyInfo> keys;
    for (const QString& s : sets) {
        keys += m_keyInfos.value(s);
    }
    m_keyModel->setKeys(keys);
    m_keys->setColumnHidden(KeyModel::SetColumn, sets.size() <= 1);
}

void HydraDbWindow::importIntoStore()
{
    if (isBusy() || !m_store || m_keyInfos.isEmpty()) {
        return;
    }
    QStringList sets = chosenSets();
    if (sets.isEmpty()) {
        sets = m_keyInfos.keys();
        sets.sort();
    }
    const QString prefix = m_prefix->text().trimmed();
    int keys = 0;
    QStringList lines;
    for (const QString& s : sets) {
        keys += int(m_keyInfos.value(s).size());
        const QString signer = m_signers.value(s);
        lines << (signer.isEmpty() ? tr("%1 \u2192 %2 (no signer)").arg(s, prefix + s)
                                   : tr("%1 \u2192 %2 (signer %3)").arg(s, prefix + s, signer));
    }
    const QString text = tr("Import %n key(s) from Hydra's database into the store?", nullptr, keys) +
                         QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                         tr("The keys keep Hydra's order, so Hydra's signer becomes the signer of each set in the "
                            "store. Keys the store holds already are skipped. Hydra's database is only read.");
    if (MessageBox::question(this, tr("Import into Store"), text, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel, {{QMessageBox::Yes, tr("&Import")}}) != QMessageBox::Yes) {
        return;
    }
    std::optional<Input> in = input();
    if (!in) {
        return;
    }
    setBusy(true, tr("Importing %n key(s)\u2026", nullptr, keys));
    auto outcome = std::make_shared<ImportOutcome>();
    const QString storePath = m_store->path();
    const SystemSecret storeSecret = m_store->secret();
    m_job->start(
        QStringLiteral("hydra-db import"),
        [in = *in, outcome, storePath, storeSecret, sets, prefix] {
            try {
                const HydraSnapshot s = HydraDatabase::read(in.dsn, in.secret);
                const auto store = KeyStore::open(storePath, storeSecret); // this thread's own connection
                outcome->sets = HydraDatabase::importInto(*store, s, sets, prefix);
            } catch (const HydraDbError& e) {
                outcome->error = e.message();
            } catch (const StoreError& e) {
                outcome->error = e.message();
            } catch (const std::exception& e) {
                outcome->error = QString::fromLocal8Bit(e.what());
            }
        },
        [this, outcome] {
            setBusy(false, QString());
            if (!outcome->error.isEmpty()) {
                fail(tr("Import into Store"), outcome->error);
                Q_EMIT importFinished();
                return;
            }
            int added = 0;
            QStringList failed;
            for (const auto& s : outcome->sets) {
                added += int(s.added.size());
                failed += s.failed;
            }
            m_status->setText(tr("Imported %n key(s) into the store.", nullptr, added));
            Q_EMIT storeChanged();
            if (!failed.isEmpty()) {
                MessageBox::warning(this, tr("Import into Store"),
                                    tr("These keys were not imported:\n%1").arg(failed.join(QLatin1Char('\n'))));
            }
            Q_EMIT importFinished();
        });
}

} // namespace jwk
