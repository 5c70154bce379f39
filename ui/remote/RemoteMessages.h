#pragma once
// What the remote flows of RemoteController tell the person before they change anything: the lines of a pull's or a
// push's plan, the questions before a key is sent or deleted on the server, and the three rotation steps' summaries.
// Only text, made from the plans the worker read; the controller decides when to show it.

#include "remote/RemoteSync.h"
#include "store/KeyStore.h"
#include "usecases/RemotePlans.h"

#include <QStringList>

#include <optional>

namespace jwk::remotemessages {

// "• line" per line.
QString bulleted(const QStringList& lines);

// The pull's lines for each set (missing sets, what changes, the signer), then the plan's warnings (invalid server keys
// skipped, local private keys kept: the words the CLI prints); `applicable` counts the sets a pull changes.
QStringList pullLines(const PullPlan& plan, int* applicable);
QString pullNothingToDo(const QString& remote, const QStringList& lines);
QString pullSummary(const QString& remote, int applicable, const QStringList& lines);
QString pulled(const QStringList& sets, const QString& remote);

// Before one key goes to the server: what it does there, and the upload warnings.
QString pushKeyQuestion(const PushKeyPlan& plan, const QString& remote);
QString pushSetSummary(const PushSetPlan& plan, const QString& setName, const QString& remote);

QString deleteQuestion(const QString& remote, const QString& setName, const QString& kid);

// A rotation step: its dialog title, and the summary and button text of its plan.
QString rotationTitle(RotationStep step);
struct RotationPlanText
{
    QString summary;
    QString actionText;
};
RotationPlanText rotationPlan(RotationStep step, const SetDiff& remoteBefore, const std::optional<RotationState>& state,
                              const QString& setName, const QString& remote, const QString& action);

} // namespace jwk::remotemessages
