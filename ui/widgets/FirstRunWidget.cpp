#include "FirstRunWidget.h"

#include "Icons.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jwk {
namespace {

QPushButton* makeChoice(QWidget* parent, const QString& objectName, const QString& icon, const QString& title,
                        const QString& explanation)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setIcon(Icons::icon(icon));
    button->setIconSize(QSize(32, 32));
    button->setText(title + QLatin1Char('\n') + explanation);
    button->setAccessibleName(title);
    button->setAccessibleDescription(explanation);
    button->setMinimumHeight(64);
    button->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 8px 16px; }"));
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
    column->setMaximumWidth(560);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(12);

    auto* icon = new QLabel(column);
    icon->setPixmap(Icons::appIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
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
    m_storeLabel->setEnabled(false);
    layout->addWidget(m_storeLabel);

    outer->addWidget(column, 0, Qt::AlignHCenter);
    outer->addStretch(3);

    connect(hydra, &QPushButton::clicked, this, &FirstRunWidget::createHydraDefaultsRequested);
    connect(import, &QPushButton::clicked, this, &FirstRunWidget::importRequested);
    connect(generate, &QPushButton::clicked, this, &FirstRunWidget::generateRequested);
    setTabOrder(hydra, import);
    setTabOrder(import, generate);
}

void FirstRunWidget::setStoreLocation(const QString& path)
{
    m_storeLabel->setText(tr("Store: %1").arg(path));
}

} // namespace jwk
