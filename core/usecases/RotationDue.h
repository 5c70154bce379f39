#pragma once
// Which key sets are due for rotation, from their rotation policies (store/RotationPolicies.h): a set's signing key is
// due `rotate_every_days` after it was created. Both front ends ask here: jwkman-cli due, and the desktop's badges,
// its "Due for Rotation" filter and its notice at start.
//
// The rules, exact to the millisecond (all times UTC):
//  - Listed: every live set (not in the trash) whose policy has a rotation period, by name. A set in the trash, or with
//    only an overlap, is not listed.
//  - due_at = the signer's creation time (when the key came into this store: generated, imported or first pulled)
//    + rotate_every_days × 24 h.
//  - overdue when at >= due_at (a key due at this very moment is overdue); due-soon when
//    due_at - window <= at < due_at; ok before that.
//  - window: `within` days when given (0: only overdue sets need attention), else 14 days or a tenth of the period,
//    whichever is shorter (rotate every 30 days: the last 3 days; every 365 days: the last 14).
//  - A set with a policy but no signer (no private key, or a key changed without the system secret so the signer is
//    not known) is overdue, with no signer and no due date: Hydra would make a signing key of its own for such a set,
//    or the set cannot be trusted; either way it needs a person now, and a monitoring script must not read "ok".

#include "store/KeyInfo.h"
#include "store/RotationPolicies.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace jwk {

class KeyStore;

enum class DueStatus { Ok, DueSoon, Overdue };
QString dueStatusName(DueStatus status); // "ok", "due-soon", "overdue"

struct DueEntry
{
    QString setName;
    QString signer;          // empty: the set has no known signer
    QDateTime signerCreated; // invalid without a signer
    int rotateEveryDays = 0;
    QDateTime dueAt; // invalid without a signer
    DueStatus status = DueStatus::Ok;
    bool signerUnknown = false; // a key of the set was changed without the secret
    bool needsAttention() const { return status != DueStatus::Ok; }
};

struct DueReport
{
    QDateTime at;
    QList<DueEntry> sets;
    bool needsAttention() const;
    // The entry of a set, if it is listed.
    const DueEntry* find(const QString& setName) const;
};

// The due-soon window of a period when none is given: min(14 days, period / 10), in milliseconds.
qint64 defaultDueSoonWindowMs(int rotateEveryDays);
// The status at `at` of a key due at `dueAt` with the due-soon window `windowMs` (the rules above).
DueStatus dueStatus(const QDateTime& dueAt, const QDateTime& at, qint64 windowMs);

// The report at `at` (withinDays: the due-soon window for every set; none: the default per set). Throws StoreError
// (Tampered when a policy was changed without the system secret).
DueReport rotationDue(const KeyStore& store, const QDateTime& at, std::optional<int> withinDays = std::nullopt);
// The same from a listing already read (KeyStore::listing(): a window reads its store once, not once more per set).
DueReport rotationDue(const KeyStore& store, const StoreListing& listing, const QDateTime& at,
                      std::optional<int> withinDays = std::nullopt);

// An ISO 8601 date ("2025-06-30": its midnight UTC) or date and time ("2025-06-30T12:00:00Z", "...+02:00", with
// milliseconds or without; without an offset it is UTC). None when malformed.
std::optional<QDateTime> parseIsoDateTime(const QString& text);
// "2025-06-30T12:00:00Z", with milliseconds only when there are some.
QString isoUtc(const QDateTime& time);

// What hydra-defaults suggests for Hydra's own sets (not applied): none for a set it has no suggestion for.
std::optional<RotationPolicy> suggestedPolicy(const QString& setName);

} // namespace jwk
