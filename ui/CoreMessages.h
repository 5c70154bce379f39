#pragma once
// The core speaks English (its messages are shared with the CLI and the logs). The reasons a person meets most often
// in the desktop app, the endings of import and store messages, are translated here; anything else stays as the
// core wrote it.

#include <QString>

namespace jwk {

// `message` with a known English reason at its end replaced by its translation.
QString translateCoreMessage(const QString& message);

} // namespace jwk
