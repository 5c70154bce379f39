#pragma once
// The translation context of the Hydra client's messages (jwk::HydraAdminClient in translations/*.ts), shared by
// HydraAdminClient, HydraAnswer and HydraRules. Translated when the desktop app has installed a translator; the CLI
// installs none and prints the English source text.

#include <QCoreApplication>

namespace jwk {

struct HydraTr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::HydraAdminClient)
};

} // namespace jwk
