#include "dialogs/GenerateKeyDialog.h"

#include "KeyGenerationJob.h"
#include "Settings.h"
#include "models/AlgorithmModel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace jwk {

GenerateKeyDialog::GenerateKeyDialog(const QStringList& setNames, const QString& currentSet, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("GenerateKeyDialog"));
    setWindowTitle(tr("Generate Key"));
    auto* layout = new QVBoxLayout(this);

    auto* algLabel = new QLabel(tr("&Algorithm:"), this);
    layout->addWidget(algLabel);
    m_algorithms = new AlgorithmModel(this);
    m_algorithmView = new QTreeView(this);
    m_algorithmView->setObjectName(QStringLiteral("algorithmTreeView"));
    m_algorithmView->setAccessibleName(tr("Algorithm"));
    m_algorithmView->setRootIsDecorated(false);
    m_algorithmView->setUniformRowHeights(true);
    m_algorithmView->setAlternatingRowColors(true);
    m_algorithmView->setModel(m_algorithms);
    m_algorithmView->header()->setSectionResizeMode(AlgorithmModel::NameColumn, QHeaderView::ResizeToContents);
    m_algorithmView->header()->setSectionResizeMode(AlgorithmModel::KeyColumn, QHeaderView::ResizeToContents);
    m_algorithmView->header()->setStretchLastSection(true);
    m_algorithmView->setMinimumHeight(260);
    algLabel->setBuddy(m_algorithmView);
    layout->addWidget(m_algorithmView, 1);
    m_descriptionLabel = new QLabel(this);
    m_descriptionLabel->setObjectName(QStringLiteral("descriptionLabel"));
    m_descriptionLabel->setWordWrap(true);
    layout->addWidget(m_descriptionLabel);

    auto* form = new QFormLayout;
    m_sizeCombo = new QComboBox(this);
    m_sizeCombo->setObjectName(QStringLiteral("sizeComboBox"));
    m_sizeLabel = new QLabel(tr("&Size:"), this);
    m_sizeLabel->setBuddy(m_sizeCombo);
    form->addRow(m_sizeLabel, m_sizeCombo);

    auto* kidBox = new QWidget(this);
    auto* kidLayout = new QHBoxLayout(kidBox);
    kidLayout->setContentsMargins(0, 0, 0, 0);
    m_kidThumbprintRadio = new QRadioButton(tr("&Thumbprint"), kidBox);
    m_kidThumbprintRadio->setObjectName(QStringLiteral("kidThumbprintRadioButton"));
    m_kidThumbprintRadio->setToolTip(tr("The key's RFC 7638 thumbprint: the same key always gets the same kid"));
    m_kidUuidRadio = new QRadioButton(tr("UU&ID"), kidBox);
    m_kidUuidRadio->setObjectName(QStringLiteral("kidUuidRadioButton"));
    m_kidUuidRadio->setToolTip(tr("A random UUID, as Ory Hydra makes them"));
    m_kidCustomRadio = new QRadioButton(tr("&Own:"), kidBox);
    m_kidCustomRadio->setObjectName(QStringLiteral("kidCustomRadioButton"));
    m_kidEdit = new QLineEdit(kidBox);
    m_kidEdit->setObjectName(QStringLiteral("kidLineEdit"));
    m_kidEdit->setAccessibleName(tr("Own key ID"));
    m_kidEdit->setMaxLength(255);
    m_kidEdit->setEnabled(false);
    auto* kidGroup = new QButtonGroup(this);
    for (auto* radio : {m_kidThumbprintRadio, m_kidUuidRadio, m_kidCustomRadio}) {
        kidGroup->addButton(radio);
        kidLayout->addWidget(radio);
    }
    kidLayout->addWidget(m_kidEdit, 1);
    (Settings::instance().kidMode() == QStringLiteral("uuid") ? m_kidUuidRadio : m_kidThumbprintRadio)
        ->setChecked(true);
    auto* kidLabel = new QLabel(tr("Key ID (kid):"), this);
    form->addRow(kidLabel, kidBox);
    connect(m_kidCustomRadio, &QRadioButton::toggled, m_kidEdit, &QLineEdit::setEnabled);
    connect(m_kidCustomRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (on) {
            m_kidEdit->setFocus();
        }
        validate();
    });
    connect(m_kidEdit, &QLineEdit::textChanged, this, &GenerateKeyDialog::validate);

    m_useCombo = new QComboBox(this);
    m_useCombo->setObjectName(QStringLiteral("useComboBox"));
    m_useCombo->addItem(tr("sig (signatures)"), QStringLiteral("sig"));
    m_useCombo->addItem(tr("enc (encryption)"), QStringLiteral("enc"));
    m_useCombo->addItem(tr("none (leave out \u201cuse\u201d)"), QString());
    auto* useLabel = new QLabel(tr("&Use:"), this);
    useLabel->setBuddy(m_useCombo);
    form->addRow(useLabel, m_useCombo);

    m_setCombo = new QComboBox(this);
    m_setCombo->setObjectName(QStringLiteral("setComboBox"));
    m_setCombo->setEditable(true);
    m_setCombo->setInsertPolicy(QComboBox::NoInsert);
    m_setCombo->addItems(setNames);
    m_setCombo->setCurrentText(
        currentSet.isEmpty() ? (setNames.isEmpty() ? QStringLiteral("default") : setNames.first()) : currentSet);
    m_setCombo->setAccessibleName(tr("Key set"));
    m_setCombo->setToolTip(tr("A new name creates the set"));
    auto* setLabel = new QLabel(tr("Key s&et:"), this);
    setLabel->setBuddy(m_setCombo);
    form->addRow(setLabel, m_setCombo);
    connect(m_setCombo, &QComboBox::currentTextChanged, this, &GenerateKeyDialog::validate);
    layout->addLayout(form);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setAccessibleName(tr("Generation progress"));
    m_progressBar->setRange(0, 0);
    m_progressBar->setTextVisible(false);
    m_progressBar->hide();
    layout->addWidget(m_progressBar);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    layout->addWidget(m_statusLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_generateButton = m_buttons->addButton(tr("&Generate"), QDialogButtonBox::AcceptRole);
    m_generateButton->setObjectName(QStringLiteral("generateButton"));
    m_generateButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GenerateKeyDialog::generate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GenerateKeyDialog::reject);

    m_job = new KeyGenerationJob(this);
    connect(m_job, &KeyGenerationJob::progress, this, [this](int steps) {
        m_statusLabel->setText(tr("Searching for primes\u2026 (%n candidate(s) tested)", nullptr, steps));
    });
    connect(m_job, &KeyGenerationJob::succeeded, this, [this] {
        m_key = m_job->takeKey();
        setBusy(false);
        Q_EMIT generationFinished();
        accept();
    });
    connect(m_job, &KeyGenerationJob::failed, this, [this](const QString& message, bool cancelled) {
        setBusy(false);
        Q_EMIT generationFinished();
        m_statusLabel->setText(cancelled ? tr("Cancelled.") : tr("The key could not be generated: %1").arg(message));
    });

    connect(m_algorithmView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GenerateKeyDialog::algorithmChanged);
    setAlgorithm(Settings::instance().defaultAlgorithm());

    setTabOrder(m_algorithmView, m_sizeCombo);
    setTabOrder(m_sizeCombo, m_kidThumbprintRadio);
    setTabOrder(m_kidThumbprintRadio, m_kidUuidRadio);
    setTabOrder(m_kidUuidRadio, m_kidCustomRadio);
    setTabOrder(m_kidCustomRadio, m_kidEdit);
    setTabOrder(m_kidEdit, m_useCombo);
    setTabOrder(m_useCombo, m_setCombo);
    setTabOrder(m_setCombo, m_buttons);
    resize(720, 600);
}

GenerateKeyDialog::~GenerateKeyDialog() = default;

void GenerateKeyDialog::setAlgorithm(const QString& name)
{
    int row = m_algorithms->rowOf(name);
    if (row < 0) {
        row = std::max(0, m_algorithms->rowOf(QStringLiteral("ES256")));
    }
    m_algorithmView->setCurrentIndex(m_algorithms->index(row, 0));
    algorithmChanged();
}

QString GenerateKeyDialog::algorithm() const
{
    const QModelIndex current = m_algorithmView->currentIndex();
    return current.isValid() ? m_algorithms->algorithmAt(current.row()).name : QString();
}

QString GenerateKeyDialog::targetSet() const
{
    return m_setCombo->currentText().trimmed();
}

void GenerateKeyDialog::algorithmChanged()
{
    const QModelIndex current = m_algorithmView->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const AlgorithmInfo& a = m_algorithms->algorithmAt(current.row());
    m_descriptionLabel->setText(QStringLiteral("%1: %2").arg(a.name, AlgorithmModel::translatedDescription(a)));
    m_sizeCombo->clear();
    if (a.keyType == KeyType::RSA) {
        m_sizeLabel->setText(tr("&Size:"));
        for (int bits : {2048, 3072, 4096}) {
            if (bits >= a.minBits) {
                m_sizeCombo->addItem(tr("%1 bits").arg(bits), bits);
            }
        }
        m_sizeCombo->setCurrentIndex(m_sizeCombo->findData(a.defaultBits));
    } else if (a.keyType == KeyType::Oct) {
        m_sizeLabel->setText(tr("&Size:"));
        for (int bits : {128, 192, 256, 384, 512}) {
            if (bits >= a.minBits) {
                m_sizeCombo->addItem(tr("%1 bits").arg(bits), bits);
            }
        }
        m_sizeCombo->setCurrentIndex(std::max(0, m_sizeCombo->findData(a.defaultBits)));
    } else {
        m_sizeLabel->setText(tr("&Curve:"));
        for (const auto& curve : a.curves) {
            m_sizeCombo->addItem(curve, curve);
        }
    }
    m_sizeCombo->setAccessibleName(a.keyType == KeyType::RSA || a.keyType == KeyType::Oct ? tr("Key size")
                                                                                          : tr("Curve"));
    m_useCombo->setCurrentIndex(m_useCombo->findData(a.use));
    validate();
}

GenerateOptions GenerateKeyDialog::options() const
{
    GenerateOptions o;
    o.alg = algorithm();
    const AlgorithmInfo* info = findAlgorithm(o.alg);
    if (info && (info->keyType == KeyType::RSA || info->keyType == KeyType::Oct)) {
        o.bits = m_sizeCombo->currentData().toInt();
    } else {
        o.curve = m_sizeCombo->currentData().toString();
    }
    o.kidMode = m_kidUuidRadio->isChecked() ? KidMode::Uuid : KidMode::Thumbprint;
    if (m_kidCustomRadio->isChecked()) {
        o.kid = m_kidEdit->text().trimmed();
    }
    o.use = m_useCombo->currentData().toString();
    return o;
}

void GenerateKeyDialog::validate()
{
    QString problem;
    if (algorithm().isEmpty()) {
        problem = tr("Choose an algorithm.");
    } else if (targetSet().isEmpty()) {
        problem = tr("Name the key set to put the key in.");
    } else if (m_kidCustomRadio->isChecked() && m_kidEdit->text().trimmed().isEmpty()) {
        problem = tr("Enter the key ID, or let it be the thumbprint or a UUID.");
    }
    if (!isGenerating()) {
        m_statusLabel->setText(problem);
    }
    m_generateButton->setEnabled(problem.isEmpty() && !isGenerating());
}

bool GenerateKeyDialog::isGenerating() const
{
    return m_job && m_job->isRunning();
}

void GenerateKeyDialog::setBusy(bool busy)
{
    m_progressBar->setVisible(busy);
    for (QWidget* w : std::initializer_list<QWidget*>{m_algorithmView, m_sizeCombo, m_kidThumbprintRadio,
                                                      m_kidUuidRadio, m_kidCustomRadio, m_useCombo, m_setCombo}) {
        w->setEnabled(!busy);
    }
    m_kidEdit->setEnabled(!busy && m_kidCustomRadio->isChecked());
    m_generateButton->setEnabled(!busy);
}

void GenerateKeyDialog::generate()
{
    if (isGenerating() || !m_generateButton->isEnabled()) {
        return;
    }
    const GenerateOptions o = options();
    setBusy(true);
    m_statusLabel->setText(findAlgorithm(o.alg) && findAlgorithm(o.alg)->keyType == KeyType::RSA
                               ? tr("Generating an RSA key of %1 bits. This can take a few seconds\u2026").arg(o.bits)
                               : tr("Generating\u2026"));
    m_job->start(o);
}

void GenerateKeyDialog::reject()
{
    if (isGenerating()) {
        // Cancel stops the prime search; the dialog stays open so that the person sees it stopped.
        m_job->cancel();
        m_statusLabel->setText(tr("Cancelling\u2026"));
        return;
    }
    QDialog::reject();
}

} // namespace jwk
