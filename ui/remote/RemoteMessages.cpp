#include "remote/RemoteMessages.h"

#include "TrContexts.h"

namespace jwk::remotemessages {

QString bulleted(const QStringList& lines)
{
    QStringList out;
    for (const auto& line : lines) {
        out << QStringLiteral("\u2022 ") + line;
    }
    return out.join(QLatin1Char('\n'));
}

QStringList pullLines(const PullPlan& plan, int* applicable)
{
    QStringList lines;
    *applicable = 0;
    for (const auto& d : plan.diffs) {
        if (d.remoteMissing) {
            lines << RemoteControllerTr::tr("%1 is not on the server: it stays here as it is.").arg(d.setName);
            continue;
        }
        if (!d.hasChanges()) {
            continue;
        }
        ++*applicable;
        lines << RemoteControllerTr::tr("%1: %2 added, %3 removed, %4 changed.")
                     .arg(d.setName)
                     .arg(d.count(KeyChange::Kind::Added))
                     .arg(d.count(KeyChange::Kind::Removed))
                     .arg(d.count(KeyChange::Kind::Changed));
        if (d.localSigner != d.remoteSigner) {
            lines << (d.remoteSigner.isEmpty()
                          ? RemoteControllerTr::tr("%1 will have no signing key here (now: %2).")
                                .arg(d.setName, d.localSigner)
                          : RemoteControllerTr::tr("The signing key of %1 here becomes %2 (now: %3).")
                                .arg(d.setName, d.remoteSigner,
                                     d.localSigner.isEmpty() ? RemoteControllerTr::tr("none") : d.localSigner));
        }
    }
    return lines + plan.warnings;
}

QString pullNothingToDo(const QString& remote, const QStringList& lines)
{
    return (QStringList{RemoteControllerTr::tr("The local copy matches %1: nothing to pull.").arg(remote)} + lines)
        .join(QLatin1Char('\n'));
}

QString pullSummary(const QString& remote, int applicable, const QStringList& lines)
{
    return RemoteControllerTr::tr("Pulling replaces the local keys of %n key set(s) with what %1 holds, in one step. "
                                  "Keys removed here go to the trash.",
                                  nullptr, applicable)
               .arg(remote) +
           QLatin1Char('\n') + bulleted(lines);
}

QString pulled(const QStringList& sets, const QString& remote)
{
    return RemoteControllerTr::tr("Pulled %1 from %2.").arg(sets.join(QStringLiteral(", ")), remote);
}

QString pushKeyQuestion(const PushKeyPlan& plan, const QString& remote)
{
    const QString kid = plan.key.kid();
    const QString& setName = plan.setName;
    QString text =
        plan.becomesSigner
            ? RemoteControllerTr::tr("Send key %1 to key set %2 on %3? It becomes the newest key of %2 there and, "
                                     "because it holds private material, the key Hydra signs with.")
                  .arg(kid, setName, remote)
            : RemoteControllerTr::tr("Send key %1 to key set %2 on %3? It becomes the newest key of %2 there; it "
                                     "holds no private part, so Hydra keeps signing with its current key.")
                  .arg(kid, setName, remote);
    if (!plan.warnings.isEmpty()) {
        text +=
            QStringLiteral("\n\n") + RemoteControllerTr::tr("Warnings:") + QLatin1Char('\n') + bulleted(plan.warnings);
    }
    return text;
}

QString pushSetSummary(const PushSetPlan& plan, const QString& setName, const QString& remote)
{
    QStringList lines;
    if (plan.send.isEmpty()) {
        lines << RemoteControllerTr::tr("%1 holds no keys here: pushing it deletes every key of %1 on %2.")
                     .arg(setName, remote);
    } else {
        lines << RemoteControllerTr::tr("%n key(s) are sent, oldest first.", nullptr,
                                        static_cast<int>(plan.send.size()));
        lines << (plan.intendedSigner.isEmpty()
                      ? RemoteControllerTr::tr(
                            "None of them holds private material: Hydra has no signing key in %1 after this.")
                            .arg(setName)
                      : RemoteControllerTr::tr("%1 is sent last, so it is the newest key and the key Hydra signs with.")
                            .arg(plan.intendedSigner));
    }
    if (!plan.remoteDeletions.isEmpty()) {
        lines << RemoteControllerTr::tr("%n key(s) only on the server are deleted there: %1.", nullptr,
                                        static_cast<int>(plan.remoteDeletions.size()))
                     .arg(plan.remoteDeletions.join(QStringLiteral(", ")));
    }
    if (plan.remoteMissing) {
        lines << RemoteControllerTr::tr("%1 is not on the server yet: it is created.").arg(setName);
    }
    return RemoteControllerTr::tr("Pushing replaces the whole key set %1 on %2 with the keys here.")
               .arg(setName, remote) +
           QLatin1Char('\n') + bulleted(lines);
}

QString deleteQuestion(const QString& remote, const QString& setName, const QString& kid)
{
    return kid.isEmpty()
               ? RemoteControllerTr::tr("Delete the whole key set %1 on %2? Every key in it is deleted on the server "
                                        "for good. The copy here stays.")
                     .arg(setName, remote)
               : RemoteControllerTr::tr("Delete key %1 from key set %2 on %3? It is deleted on the server for good; "
                                        "if it is the signing key, the next newest private key signs. The copy here "
                                        "stays.")
                     .arg(kid, setName, remote);
}

QString rotationTitle(RotationStep step)
{
    switch (step) {
    case RotationStep::Publish:
        return RemoteControllerTr::tr("Rotation, Step 1 of 3: Publish");
    case RotationStep::Activate:
        return RemoteControllerTr::tr("Rotation, Step 2 of 3: Activate");
    case RotationStep::Retire:
        break;
    }
    return RemoteControllerTr::tr("Rotation, Step 3 of 3: Retire");
}

RotationPlanText rotationPlan(RotationStep step, const SetDiff& before, const std::optional<RotationState>& state,
                              const QString& setName, const QString& remote, const QString& action)
{
    const QString newKid = state ? state->newKid : QString();
    const QString oldKid = state && !state->oldKid.isEmpty() ? state->oldKid : RemoteControllerTr::tr("the old key");
    const QString signer = before.remoteSigner.isEmpty() ? RemoteControllerTr::tr("no key") : before.remoteSigner;
    RotationPlanText text;
    switch (step) {
    case RotationStep::Publish:
        text.summary = RemoteControllerTr::tr("Only the public part of the new key goes to %1 on %2: verifiers can "
                                              "fetch it before it signs. Activate it (step 2) once they have had time "
                                              "to.")
                           .arg(setName, remote);
        text.actionText = RemoteControllerTr::tr("&Publish");
        break;
    case RotationStep::Activate:
        text.summary = RemoteControllerTr::tr("The private part of %1 is sent to %2 on %3: it becomes the newest "
                                              "private key and so the key Hydra signs with. %4 stays published for "
                                              "verification until you retire it.")
                           .arg(newKid, setName, remote, oldKid);
        text.actionText = RemoteControllerTr::tr("&Activate");
        break;
    case RotationStep::Retire:
        text.summary =
            state && state->oldKid.isEmpty()
                ? RemoteControllerTr::tr("There was no old key: this only completes the rotation of %1.").arg(setName)
                : RemoteControllerTr::tr("%1 is deleted from %2 on %3 and moved to the local trash. Retire "
                                         "it only when every token it signed has expired.")
                      .arg(oldKid, setName, remote);
        text.actionText = RemoteControllerTr::tr("&Retire");
        break;
    }
    const QString now = before.remoteMissing
                            ? RemoteControllerTr::tr("Now on the server: no such key set.")
                            : RemoteControllerTr::tr("Now on the server: %n key(s), signing key %1.", nullptr,
                                                     static_cast<int>(before.remoteKeys.size()))
                                  .arg(signer);
    text.summary = now + QLatin1Char('\n') + text.summary + QLatin1Char('\n') +
                   RemoteControllerTr::tr("In detail: %1.").arg(action);
    return text;
}

} // namespace jwk::remotemessages
