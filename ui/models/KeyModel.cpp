#include "models/KeyModel.h"

#include "Icons.h"

#include <QLocale>
#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>

namespace jwk {

namespace {

// From this many keys on, the search index is built on a worker thread when the keys are set (some 20-50 ms for
// 100,000 keys); below, on the first search (a few ms).
constexpr qsizetype kBackgroundIndexKeys = 10000;

} // namespace

struct KeyModel::PendingIndex
{
    QMutex mutex;
    QWaitCondition done;
    bool finished = false;
    KeySearchIndex index;
};

KeyModel::KeyModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void KeyModel::setKeys(const QList<KeyInfo>& keys)
{
    beginResetModel();
    m_keys = keys;
    m_search.clear();
    m_pending.reset(); // a build still running for the old keys finishes on its own, and is dropped
    if (m_keys.size() >= kBackgroundIndexKeys) {
        auto pending = std::make_shared<PendingIndex>();
        // The worker reads its own (shared, never written) copy of the list.
        QThreadPool::globalInstance()->start([pending, keys = m_keys] {
            KeySearchIndex index;
            index.build(keys);
            const QMutexLocker lock(&pending->mutex);
            pending->index = std::move(index);
            pending->finished = true;
            pending->done.wakeAll();
        });
        m_pending = std::move(pending);
    }
    endResetModel();
}

void KeyModel::clear()
{
    setKeys({});
}

int KeyModel::rowOf(const QString& setName, const QString& kid) const
{
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i].kid == kid && m_keys[i].setName == setName) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

const KeySearchIndex& KeyModel::searchIndex() const
{
    if (!m_search.isBuilt() && m_pending) {
        // Typed before the worker was done: it is nearly done.
        const QMutexLocker lock(&m_pending->mutex);
        while (!m_pending->finished) {
            m_pending->done.wait(&m_pending->mutex);
        }
        m_search = std::move(m_pending->index);
    }
    m_pending.reset();
    if (!m_search.isBuilt()) {
        m_search.build(m_keys);
    }
    return m_search;
}

int KeyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

int KeyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KeyModel::roleLabel(KeyRole role)
{
    switch (role) {
    case KeyRole::Signing:
        return tr("signing");
    case KeyRole::Private:
        return tr("private");
    case KeyRole::PublicOnly:
        return tr("public only");
    case KeyRole::CannotDecrypt:
        return tr("cannot decrypt");
    case KeyRole::Tampered:
        return tr("tampered");
    }
    return {};
}

QString KeyModel::shortThumbprint(const QString& thumbprint)
{
    return thumbprint.size() > 12 ? thumbprint.left(12) + QChar(0x2026) : thumbprint;
}

QVariant KeyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const KeyInfo& k = m_keys[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KidColumn:
            return k.kid;
        case TypeColumn:
            return k.typeDescription();
        case AlgColumn:
            return k.alg;
        case UseColumn:
            return k.use;
        case ThumbprintColumn:
            return shortThumbprint(k.thumbprint);
        case CreatedColumn:
            // ISO dates: short, sortable, unambiguous in every language.
            return k.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case RoleColumn:
            return roleLabel(k.role);
        case SetColumn:
            return k.setName;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ThumbprintColumn:
            return k.kty == QLatin1String("oct")
                       ? tr("The thumbprint of a symmetric key is a hash of its secret and is not shown")
                       : tr("RFC 7638 thumbprint (SHA-256): %1").arg(k.thumbprint);
        case CreatedColumn:
            return QLocale().toString(k.created.toLocalTime(), QLocale::LongFormat);
        case RoleColumn:
            switch (k.role) {
            case KeyRole::Signing:
                return tr("The newest private key of the set: the one Hydra signs with");
            case KeyRole::Private:
                return tr("A private key that is not the newest: Hydra publishes it but does not sign with it");
            case KeyRole::PublicOnly:
                return tr("Only the public key is stored");
            case KeyRole::CannotDecrypt:
                return tr("Encrypted under a system secret that is not configured");
            case KeyRole::Tampered:
                return tr("Its stored facts were changed without the system secret: it is not used. Restore the store "
                          "from a backup, or delete the key and import it again.");
            }
            return {};
        case KidColumn:
            return k.kid;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == RoleColumn) {
            switch (k.role) {
            case KeyRole::Signing:
                return Icons::icon(QStringLiteral("signing"));
            case KeyRole::Private:
                return Icons::icon(QStringLiteral("private"));
            case KeyRole::PublicOnly:
                return Icons::icon(QStringLiteral("public"));
            case KeyRole::CannotDecrypt:
            case KeyRole::Tampered:
                return Icons::icon(QStringLiteral("locked"));
            }
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case TypeColumn:
            // Group by kty, then by size or curve.
            return QStringLiteral("%1 %2 %3").arg(k.kty).arg(k.sizeBits, 6, 10, QLatin1Char('0')).arg(k.crv);
        case CreatedColumn:
            return k.sequence; // the store's order: newer is higher, even within the same millisecond
        case ThumbprintColumn:
            return k.thumbprint;
        case RoleColumn:
            return static_cast<int>(k.role);
        default:
            return data(index, Qt::DisplayRole);
        }
    case SearchRole: {
        QByteArray text;
        KeySearchIndex::appendText(text, k);
        return QString::fromUtf8(text);
    }
    case SetNameRole:
        return k.setName;
    case KidRole:
        return k.kid;
    case ThumbprintRole:
        return k.thumbprint;
    case KeyRoleRole:
        return static_cast<int>(k.role);
    default:
        return {};
    }
}

QVariant KeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        return section == ThumbprintColumn ? tr("RFC 7638 thumbprint (SHA-256), shortened") : QVariant();
    }
    switch (section) {
    case KidColumn:
        return tr("Key ID (kid)");
    case TypeColumn:
        return tr("Type");
    case AlgColumn:
        return tr("Algorithm");
    case UseColumn:
        return tr("Use");
    case ThumbprintColumn:
        return tr("Thumbprint");
    case CreatedColumn:
        return tr("Created");
    case RoleColumn:
        return tr("Role");
    case SetColumn:
        return tr("Key set");
    }
    return {};
}

} // namespace jwk
