#include "usecases/RotationDue.h"

#include "store/KeyStore.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace jwk {
namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

} // namespace

QString dueStatusName(DueStatus status)
{
    switch (status) {
    case DueStatus::Ok:
        return QStringLiteral("ok");
    case DueStatus::DueSoon:
        return QStringLiteral("due-soon");
    case DueStatus::Overdue:
        break;
    }
    return QStringLiteral("overdue");
}

bool DueReport::needsAttention() const
{
    return std::any_of(sets.begin(), sets.end(), [](const DueEntry& e) { return e.needsAttention(); });
}

const DueEntry* DueReport::find(const QString& setName) const
{
    const auto it = std::find_if(sets.begin(), sets.end(), [&](const DueEntry& e) { return e.setName == setName; });
    return it == sets.end() ? nullptr : &*it;
}

qint64 defaultDueSoonWindowMs(int rotateEveryDays)
{
    return std::min<qint64>(14 * kDayMs, rotateEveryDays * kDayMs / 10);
}

DueStatus dueStatus(const QDateTime& dueAt, const QDateTime& at, qint64 windowMs)
{
    const qint64 due = dueAt.toMSecsSinceEpoch();
    const qint64 now = at.toMSecsSinceEpoch();
    if (now >= due) {
        return DueStatus::Overdue;
    }
    return now >= due - windowMs ? DueStatus::DueSoon : DueStatus::Ok;
}

namespace {

// The report over `sets`, the signer of a set found by `signer` (its kid given).
DueReport dueReport(const QList<RotationPolicy>& policies, const QList<KeySetInfo>& sets,
                    const std::function<std::optional<KeyInfo>(const QString&, const QString&)>& signer,
                    const QDateTime& at, std::optional<int> withinDays)
{
    DueReport report;
    report.at = at.toUTC();
    for (const auto& policy : policies) {
        if (!policy.rotateEveryDays) {
            continue;
        }
        const auto set =
            std::find_if(sets.begin(), sets.end(), [&](const KeySetInfo& s) { return s.name == policy.setName; });
        if (set == sets.end()) {
            continue;
        }
        DueEntry entry;
        entry.setName = policy.setName;
        entry.rotateEveryDays = *policy.rotateEveryDays;
        entry.signerUnknown = set->tampered;
        const auto key =
            set->signingKid.isEmpty() || set->tampered ? std::nullopt : signer(policy.setName, set->signingKid);
        if (!key) {
            entry.status = DueStatus::Overdue;
        } else {
            entry.signer = key->kid;
            entry.signerCreated = key->created.toUTC();
            entry.dueAt = QDateTime::fromMSecsSinceEpoch(
                entry.signerCreated.toMSecsSinceEpoch() + entry.rotateEveryDays * kDayMs, Qt::UTC);
            const qint64 window = withinDays ? *withinDays * kDayMs : defaultDueSoonWindowMs(entry.rotateEveryDays);
            entry.status = dueStatus(entry.dueAt, report.at, window);
        }
        report.sets << entry;
    }
    return report;
}

} // namespace

DueReport rotationDue(const KeyStore& store, const QDateTime& at, std::optional<int> withinDays)
{
    const QList<RotationPolicy> policies = store.policies().all();
    if (policies.isEmpty()) {
        DueReport report;
        report.at = at.toUTC();
        return report;
    }
    return dueReport(
        policies, store.keySets(), [&store](const QString& set, const QString& kid) { return store.keyInfo(set, kid); },
        at, withinDays);
}

DueReport rotationDue(const KeyStore& store, const StoreListing& listing, const QDateTime& at,
                      std::optional<int> withinDays)
{
    const QList<RotationPolicy> policies = store.policies().all();
    if (policies.isEmpty()) {
        DueReport report;
        report.at = at.toUTC();
        return report;
    }
    return dueReport(
        policies, listing.sets,
        [&listing](const QString& set, const QString& kid) -> std::optional<KeyInfo> {
            for (const KeyInfo& k : listing.keys) {
                if (k.kid == kid && k.setName == set) {
                    return k;
                }
            }
            return std::nullopt;
        },
        at, withinDays);
}

std::optional<QDateTime> parseIsoDateTime(const QString& text)
{
    // The forms ISO 8601 writes a calendar date or a date and time in (Qt's parser alone also takes week days and
    // other leniencies): YYYY-MM-DD, then optionally THH:MM[:SS[.fff]] and Z or ±HH:MM.
    static const QRegularExpression form(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})?)?$"));
    if (!form.match(text).hasMatch()) {
        return std::nullopt;
    }
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            return std::nullopt;
        }
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        return std::nullopt;
    }
    if (time.timeSpec() == Qt::LocalTime) {
        time.setTimeSpec(Qt::UTC); // no offset given: UTC, never the machine's zone
    }
    return time.toUTC();
}

QString isoUtc(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

std::optional<RotationPolicy> suggestedPolicy(const QString& setName)
{
    // The signing sets: ID tokens and JWT access tokens live an hour by default in Hydra, but relying parties and
    // resource servers cache the JWKS (commonly a day, some a week). Publishing a new key 7 days before it signs covers
    // a weekly cache; a quarterly period bounds what one leaked key can sign and keeps each rotation routine, well
    // inside the one-to-three-year cryptoperiod NIST SP 800-57 gives signing keys.
    if (setName == QStringLiteral("hydra.openid.id-token") || setName == QStringLiteral("hydra.jwt.access-token")) {
        return RotationPolicy{setName, 90, 7, {}};
    }
    // The TLS key: its self-signed certificate (as hydra-defaults makes it) expires after 365 days; due 30 days before.
    // Nobody fetches it from a JWKS in advance, so there is no overlap.
    if (setName == QStringLiteral("hydra.https-tls")) {
        return RotationPolicy{setName, 335, std::nullopt, {}};
    }
    return std::nullopt;
}

} // namespace jwk
