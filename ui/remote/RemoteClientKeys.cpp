// RemoteController's OAuth2 client flow: a key set's public keys as a client's jwks (the ClientKeys use case), with
// the plan shown (kids gained, lost, kept) and confirmed before the client changes, and the client read back after.

#include "MessageBox.h"
#include "remote/ClientKeysDialog.h"
#include "remote/RemoteController.h"
#include "remote/RemoteMessages.h"
#include "remote/RemotePlanDialog.h"
#include "remote/RemotePlanModel.h"
#include "remote/RemoteProfiles.h"
#include "remote/RemoteSync.h"
#include "remote/SavedRemotes.h"
#include "usecases/ClientKeys.h"

namespace jwk {
namespace {

QList<PlanRow> clientKeyRows(const ClientKeysPlan& plan)
{
    QList<PlanRow> rows;
    for (const auto& c : plan.changes) {
        PlanRow row;
        row.setName = plan.setName;
        row.kid = c.kid;
        row.note = c.type;
        switch (c.kind) {
        case ClientKeyChange::Kind::Gained:
            row.kind = PlanRow::Kind::Added;
            row.localThumbprint = c.thumbprint;
            break;
        case ClientKeyChange::Kind::Lost:
            row.kind = PlanRow::Kind::Removed;
            row.remoteThumbprint = c.thumbprint;
            break;
        case ClientKeyChange::Kind::Updated:
            row.kind = PlanRow::Kind::Changed;
            row.localThumbprint = row.remoteThumbprint = c.thumbprint;
            break;
        case ClientKeyChange::Kind::Unchanged:
            row.kind = PlanRow::Kind::Kept;
            row.remoteThumbprint = c.thumbprint;
            break;
        }
        rows << row;
    }
    return rows;
}

} // namespace

void RemoteController::publishSetToClient(const QString& setName)
{
    if (setName.isEmpty() || !m_store || m_busy) {
        return;
    }
    const QString title = tr("Publish to OAuth2 Client");
    QStringList names;
    try {
        for (const auto& r : SavedRemotes(*m_store).list()) {
            names << r.name;
        }
    } catch (const std::exception& e) {
        MessageBox::critical(dialogParent(), title, QString::fromUtf8(e.what()));
        return;
    }
    if (names.isEmpty()) {
        MessageBox::information(dialogParent(), title,
                                tr("No remote Hydra endpoint is set up yet. Add one with Remote \u203a Add Remote."));
        return;
    }
    auto* dialog = new ClientKeysDialog(setName, names, m_profiles->lastRemote(), dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, setName] {
        publishClientKeys(dialog->remote(), setName, dialog->clientId(), dialog->keepExisting());
    });
    dialog->open();
}

void RemoteController::publishClientKeys(const QString& remote, const QString& setName, const QString& clientId,
                                         bool keepExisting)
{
    const QString title = tr("Publish to OAuth2 Client");
    if (setName.isEmpty() || clientId.isEmpty() || !begin(remote, title)) {
        return;
    }
    auto plan = std::make_shared<ClientKeysPlan>();
    run(
        tr("Reading OAuth2 client %1 from %2\u2026").arg(clientId, remote),
        [plan, remote, setName, clientId, keepExisting](RemoteSync& sync, KeyStore& store) {
            *plan = planClientKeys(sync.client(), store, remote, setName, clientId, keepExisting);
        },
        [this, plan, remote, title] {
            if (!plan->needsPatch()) {
                MessageBox::information(dialogParent(), title,
                                        tr("Client %1 on %2 holds the public keys of %3 already; nothing to change.")
                                            .arg(plan->clientId, remote, plan->setName));
                Q_EMIT statusMessage(tr("Nothing was changed."));
                end();
                return;
            }
            QStringList lines;
            if (!plan->gains.isEmpty()) {
                lines << tr("gains %1").arg(plan->gains.join(QStringLiteral(", ")));
            }
            if (!plan->loses.isEmpty()) {
                lines << tr("loses %1").arg(plan->loses.join(QStringLiteral(", ")));
            }
            if (!plan->updated.isEmpty()) {
                lines << tr("keeps %1 with the set's members (alg, use, certificate)")
                             .arg(plan->updated.join(QStringLiteral(", ")));
            }
            const QString summary =
                (plan->keepExisting
                     ? tr("The public keys of %1 are added to OAuth2 client %2 on %3; the client keeps its keys.")
                     : tr("The keys of OAuth2 client %2 on %3 become the public keys of %1; keys the set does not "
                          "hold are removed from the client."))
                    .arg(plan->setName, plan->clientId, remote) +
                QStringLiteral("\n") + remotemessages::bulleted(lines);
            auto* dialog = openPlan(summary, clientKeyRows(*plan), tr("&Publish Keys"), [this, plan] {
                run(
                    tr("Publishing the keys of %1 to client %2\u2026").arg(plan->setName, plan->clientId),
                    [plan](RemoteSync& sync, KeyStore&) { applyClientKeys(sync.client(), *plan); },
                    [this, plan] {
                        Q_EMIT statusMessage(tr("Client %1 on %2 now holds %n key(s); read back and checked.", nullptr,
                                                static_cast<int>(plan->after.size()))
                                                 .arg(plan->clientId, plan->remote));
                        end();
                    });
            });
            dialog->hideSetColumn(true);
            dialog->setWarnings(plan->warnings);
            dialog->open();
        });
}

} // namespace jwk
