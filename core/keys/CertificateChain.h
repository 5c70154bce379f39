#pragma once
// Orders the certificates of one input into chains, leaf first, as the importer puts them into x5c. Issuers are
// found through an index of subject names, so that the work grows with the number of certificates, not its square.

#include "keys/Certificate.h"

#include <QList>

namespace jwk {

// Chains as indexes into `certificates`, each leaf first, every certificate in exactly one chain. Leaves (those that
// issued no other certificate of the input) come first in input order, then the rest in input order; a chain goes
// on to the first unused certificate (in input order) that signed its last one, and ends at a self-issued one.
QList<QList<int>> buildCertificateChains(const QList<Certificate>& certificates);

} // namespace jwk
