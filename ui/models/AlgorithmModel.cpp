#include "models/AlgorithmModel.h"

#include <QCoreApplication>

namespace jwk {
namespace {

// The core's lines on what each algorithm is for, marked here for translation. A line the core changes falls back to
// its English text until the translation catches up.
[[maybe_unused]] const char* const kDescriptions[] = {
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "RSASSA-PKCS1-v1_5 with SHA-256: the most widely accepted JWT signature"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "RSASSA-PKCS1-v1_5 with SHA-384"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "RSASSA-PKCS1-v1_5 with SHA-512"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "RSASSA-PSS with SHA-256: the modern RSA signature"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "RSASSA-PSS with SHA-384"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "RSASSA-PSS with SHA-512"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "RSAES-OAEP with SHA-1: key encryption for JWE (legacy peers)"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "RSAES-OAEP with SHA-256: key encryption for JWE"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "ECDSA on P-256 with SHA-256: small, fast signatures"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "ECDSA on P-384 with SHA-384"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "ECDSA on P-521 with SHA-512"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "EdDSA (RFC 8037): deterministic signatures on Ed25519 or Ed448"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "EdDSA on Ed25519, fully specified (RFC 9864)"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "EdDSA on Ed448, fully specified (RFC 9864)"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "ECDH-ES key agreement for JWE, direct"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "ECDH-ES key agreement with AES-128 key wrap"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "ECDH-ES key agreement with AES-192 key wrap"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "ECDH-ES key agreement with AES-256 key wrap"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "HMAC with SHA-256: a shared secret for JWS"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "HMAC with SHA-384"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "HMAC with SHA-512"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "AES-128 key wrap for JWE"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "AES-192 key wrap for JWE"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "AES-256 key wrap for JWE"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "AES-128-GCM content encryption (or A128GCMKW key wrap)"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "AES-192-GCM content encryption"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel", "AES-256-GCM content encryption"),
    QT_TRANSLATE_NOOP("jwk::AlgorithmModel",
                      "A shared content-encryption key used directly (size follows the \"enc\" in use)"),
};

} // namespace

AlgorithmModel::AlgorithmModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int AlgorithmModel::rowOf(const QString& name) const
{
    return static_cast<int>(algorithmNames().indexOf(name));
}

QString AlgorithmModel::translatedDescription(const AlgorithmInfo& info)
{
    return QCoreApplication::translate("jwk::AlgorithmModel", info.description.toUtf8().constData());
}

QString AlgorithmModel::keyDescription(const AlgorithmInfo& info)
{
    switch (info.keyType) {
    case KeyType::RSA:
        return tr("RSA, %1 bits").arg(info.defaultBits);
    case KeyType::EC:
        return tr("EC %1").arg(info.curves.value(0));
    case KeyType::OKP:
        return tr("OKP %1").arg(info.curves.join(QStringLiteral(", ")));
    case KeyType::Oct:
        return tr("Symmetric, %1 bits").arg(info.defaultBits);
    }
    return {};
}

int AlgorithmModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(algorithms().size());
}

int AlgorithmModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlgorithmModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AlgorithmInfo& a = algorithmAt(index.row());
    if (role == NameRole) {
        return a.name;
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return a.name;
        case KeyColumn:
            return keyDescription(a);
        case DescriptionColumn:
            // The core's line on what the algorithm is for (English: it is shared with the CLI).
            if (role == Qt::ToolTipRole && a.hydraGenerates) {
                return tr("%1\nOry Hydra can generate keys for this algorithm too.").arg(translatedDescription(a));
            }
            return translatedDescription(a);
        }
    }
    return {};
}

QVariant AlgorithmModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Algorithm");
    case KeyColumn:
        return tr("Key");
    case DescriptionColumn:
        return tr("What it is for");
    }
    return {};
}

} // namespace jwk
