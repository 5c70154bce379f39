// jwkman-cli policy and due: the rotation policy of a set, and which sets are due for rotation (usecases/RotationDue).

#include "CliContext.h"
#include "Commands.h"
#include "store/KeyStore.h"
#include "usecases/RotationDue.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jwk::cli {
namespace {

QJsonValue daysJson(const std::optional<int>& days)
{
    return days ? QJsonValue(*days) : QJsonValue();
}

// A whole number of days within [min, RotationPolicies::kMaxDays], or exit 2 saying what the option takes.
int parseDays(const QCommandLineParser& p, const QString& option, int min)
{
    const QString value = p.value(option);
    bool ok = false;
    const int days = value.toInt(&ok);
    if (!ok || days < min || days > RotationPolicies::kMaxDays || value.trimmed() != value) {
        inputError(QStringLiteral("--%1 takes a whole number of days from %2 to %3, not \"%4\"")
                       .arg(option)
                       .arg(min)
                       .arg(RotationPolicies::kMaxDays)
                       .arg(value));
    }
    return days;
}

} // namespace

QJsonObject policyJson(const QString& setName, const std::optional<RotationPolicy>& policy)
{
    return QJsonObject{{QStringLiteral("set"), setName},
                       {QStringLiteral("rotate_every_days"), daysJson(policy ? policy->rotateEveryDays : std::nullopt)},
                       {QStringLiteral("overlap_days"), daysJson(policy ? policy->overlapDays : std::nullopt)}};
}

void policyOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("rotate-every"), QStringLiteral("Rotate the signing key every DAYS days (1 to 3650)."),
                 QStringLiteral("DAYS")});
    p.addOption({QStringLiteral("overlap"),
                 QStringLiteral("At least DAYS days between publishing a new key and activating it (0 to 3650, "
                                "shorter than the period)."),
                 QStringLiteral("DAYS")});
    p.addOption({QStringLiteral("clear"), QStringLiteral("Remove the set's policy.")});
}

int runPolicy(const QCommandLineParser& p)
{
    const QString set = positionalArguments(p, QStringLiteral("policy"), 1, 1).first();
    const bool rotate = p.isSet(QStringLiteral("rotate-every"));
    const bool overlap = p.isSet(QStringLiteral("overlap"));
    const bool clear = p.isSet(QStringLiteral("clear"));
    if (clear && (rotate || overlap)) {
        usageError(QStringLiteral("--clear removes the whole policy: give it alone, or --rotate-every and --overlap "
                                  "without it"));
    }
    std::optional<int> rotateDays;
    std::optional<int> overlapDays;
    if (rotate) {
        rotateDays = parseDays(p, QStringLiteral("rotate-every"), 1);
    }
    if (overlap) {
        overlapDays = parseDays(p, QStringLiteral("overlap"), 0);
    }
    const auto store = openStore(p);
    if (!store->keySet(set)) {
        throw StoreError(StoreError::Kind::NotFound,
                         QStringLiteral("there is no key set \"%1\" (see jwkman-cli sets)").arg(set));
    }
    if (clear) {
        store->policies().clear(set);
    } else if (rotate || overlap) {
        // What is not given stays as it was.
        RotationPolicy policy =
            store->policies().find(set).value_or(RotationPolicy{set, std::nullopt, std::nullopt, {}});
        policy.setName = set;
        policy.updated = QDateTime();
        if (rotate) {
            policy.rotateEveryDays = rotateDays;
        }
        if (overlap) {
            policy.overlapDays = overlapDays;
        }
        if (const QString why = RotationPolicies::problem(policy); !why.isEmpty()) {
            inputError(why);
        }
        store->policies().save(policy);
    }
    printJson(policyJson(set, store->policies().find(set)), p);
    return Ok;
}

void dueOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("at"), QStringLiteral("The moment to judge at, ISO 8601 (default: now)."),
                 QStringLiteral("DATE")});
    p.addOption({QStringLiteral("within"),
                 QStringLiteral("Due soon: due within DAYS days of DATE (default: 14 days or a tenth of the period, "
                                "whichever is shorter)."),
                 QStringLiteral("DAYS")});
}

int runDue(const QCommandLineParser& p)
{
    positionalArguments(p, QStringLiteral("due"), 0, 0);
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (p.isSet(QStringLiteral("at"))) {
        const auto parsed = parseIsoDateTime(p.value(QStringLiteral("at")));
        if (!parsed) {
            inputError(QStringLiteral("--at takes an ISO 8601 date or time (2025-06-30, 2025-06-30T12:00:00Z, "
                                      "2025-06-30T14:00:00+02:00), not \"%1\"")
                           .arg(p.value(QStringLiteral("at"))));
        }
        at = *parsed;
    }
    std::optional<int> within;
    if (p.isSet(QStringLiteral("within"))) {
        within = parseDays(p, QStringLiteral("within"), 0);
    }
    const auto store = openStore(p);
    const DueReport report = rotationDue(*store, at, within);
    QJsonArray sets;
    for (const auto& e : report.sets) {
        const bool signer = !e.signer.isEmpty();
        sets.append(
            QJsonObject{{QStringLiteral("set"), e.setName},
                        {QStringLiteral("signer"), signer ? QJsonValue(e.signer) : QJsonValue()},
                        {QStringLiteral("signer_created"), signer ? QJsonValue(isoUtc(e.signerCreated)) : QJsonValue()},
                        {QStringLiteral("rotate_every_days"), e.rotateEveryDays},
                        {QStringLiteral("due_at"), signer ? QJsonValue(isoUtc(e.dueAt)) : QJsonValue()},
                        {QStringLiteral("status"), dueStatusName(e.status)}});
        if (e.signerUnknown) {
            warn(QStringLiteral("%1: a key was changed in the store file without the system secret, so its signer is "
                                "not known (jwkman-cli keys %1); counted as overdue")
                     .arg(e.setName));
        } else if (!signer) {
            warn(QStringLiteral("%1 has a rotation policy but no private key to sign with; counted as overdue")
                     .arg(e.setName));
        }
    }
    printJson(QJsonObject{{QStringLiteral("at"), isoUtc(report.at)}, {QStringLiteral("sets"), sets}}, p);
    return report.needsAttention() ? Due : Ok;
}

} // namespace jwk::cli
