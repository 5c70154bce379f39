#include "widgets/FirstRunWidget.h"

#include "Icons.h"

#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace jwk {
namespace {

// A command link: a title and a line that wraps, as the first page of a wizard offers its choices.
QCommandLinkButton* makeChoice(QWidget* parent, const QString& objectName, const QString& icon, const QString& title,
                               const QString& explanation)
{
    auto* button = new QCommandLinkButton(title, explanation, parent);
    button->setObjectName(objectName);
    button->setIcon(Icons::icon(icon));
    button->setIconSize(QSize(28, 28));
    button->setAccessibleName(title);
    button->setAccessibleDescription(explanation);
    return button;
}

} // namespace

FirstRunWidget::FirstRunWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("FirstRunWidget"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);

    auto* column = new QWidget(this);
    // A fixed width lets the command links wrap their lines and take the height they need.
    column->setFixedWidth(560);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(12);

    auto* icon = new QLabel(column);
    icon->setPixmap(Icons::appIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    icon->setMinimumHeight(100);
    layout->addWidget(icon);

    auto* title = new QLabel(tr("Your key store is empty"), column);
    title->setObjectName(QStringLiteral("firstRunTitleLabel"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    auto* intro = new QLabel(tr("Keys live in key sets, as in Ory Hydra. Start with one of these:"), column);
    intro->setAlignment(Qt::AlignCenter);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* hydra =
        makeChoice(column, QStringLiteral("createHydraDefaultsButton"), QStringLiteral("hydra"),
                   tr("Create Hydra's default key sets"),
                   tr("hydra.openid.id-token, hydra.jwt.access-token and hydra.https-tls, each with an RSA 4096 key"));
    auto* import = makeChoice(column, QStringLiteral("firstRunImportButton"), QStringLiteral("import"),
                              tr("Import keys"), tr("PEM, DER, JWK or JWK Set files, and certificates"));
    auto* generate = makeChoice(column, QStringLiteral("firstRunGenerateButton"), QStringLiteral("generate"),
                                tr("Generate a key"), tr("RSA, EC, EdDSA or a symmetric key for any JOSE algorithm"));
    layout->addWidget(hydra);
    layout->addWidget(import);
    layout->addWidget(generate);

    m_storeLabel = new QLabel(column);
    m_storeLabel->setObjectName(QStringLiteral("firstRunStoreLabel"));
    m_storeLabel->setAlignment(Qt::AlignCenter);
    m_storeLabel->setWordWrap(true);
    m_storeLabel->setTextFormat(Qt::PlainText);
    QFont small = m_storeLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_storeLabel->setFont(small);
    layout->addWidget(m_storeLabel);

    // Centred by stretches rather than an alignment flag: an aligned widget gets its plain size hint, and the
    // wrapped lines below would be cut.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(3);

    connect(hydra, &QCommandLinkButton::clicked, this, &FirstRunWidget::createHydraDefaultsRequested);
    connect(import, &QCommandLinkButton::clicked, this, &FirstRunWidget::importRequested);
    connect(generate, &QCommandLinkButton::clicked, this, &FirstRunWidget::generateRequested);
    setTabOrder(hydra, import);
    setTabOrder(import, generate);
}

void FirstRunWidget::setStoreLocation(const QString& path)
{
    m_storeLabel->setText(tr("Store: %1").arg(path));
}

} // namespace jwk
