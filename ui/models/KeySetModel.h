#pragma once
// The key sets of the store for the left pane: an "All keys" row first, then every set by name with its key count
// and a mark on the sets Ory Hydra uses, and a badge beside the count of a set due for rotation (usecases/RotationDue:
// a warning when due soon, an error mark when overdue, the due date in the tool tip). Files dropped on a row are
// offered for import into that set.

#include "store/KeyStore.h"
#include "usecases/RotationDue.h"

#include <functional>

#include <QAbstractTableModel>
#include <QUrl>

namespace jwk {

class KeySetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role {
        SetNameRole = Qt::UserRole + 1, // empty for "All keys"
        IsAllKeysRole,
        IsHydraSetRole,
        DueStatusRole, // -1: no rotation period, else an int of DueStatus
    };

    explicit KeySetModel(QObject* parent = nullptr);

    // Reads the sets again (names, counts); nothing is decrypted. Without `read`, the rows come with the next
    // refresh(listing).
    void setStore(const KeyStore* store, bool read = true);
    void refresh();
    // The sets of a listing already read (KeyStore::listing()), with their due dates.
    void refresh(const StoreListing& listing);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    // Row of the set named `name` ("" for All keys); -1 when there is none.
    int rowOf(const QString& name) const;
    QStringList setNames() const;
    const QList<KeySetInfo>& sets() const { return m_sets; }
    int totalKeys() const { return m_total; }

    static bool isHydraSet(const QString& name);

    // The due dates as of the last refresh(), judged at the clock's time (the system's UTC time unless a test sets
    // one).
    const DueReport& due() const { return m_due; }
    void setClock(std::function<QDateTime()> clock);
    // Whether the set needs attention (overdue or due soon).
    bool isDue(const QString& name) const;
    // "Rotation overdue since 2025-06-30 12:00 (every 90 days)", empty for a set that is not listed.
    QString dueText(const QString& name) const;

Q_SIGNALS:
    // Files dropped on a set (empty setName: on "All keys").
    void filesDropped(const QList<QUrl>& urls, const QString& setName);
    // The store could not be read (busy, gone); the rows stay as they were.
    void readFailed(const QString& message);

private:
    void apply(const QList<KeySetInfo>& sets, const DueReport& due);

    const KeyStore* m_store = nullptr;
    QList<KeySetInfo> m_sets;
    int m_total = 0;
    DueReport m_due;
    std::function<QDateTime()> m_clock;
};

} // namespace jwk
