#include "usecases/KeyDisclosure.h"

#include "store/KeyStore.h"

namespace jwk {

namespace {

KeyStore::Audit auditAction(Disclosure how)
{
    switch (how) {
    case Disclosure::Exported:
        return KeyStore::Audit::ExportedPrivate;
    case Disclosure::Copied:
        return KeyStore::Audit::CopiedPrivate;
    case Disclosure::Shown:
        break;
    }
    return KeyStore::Audit::ShownPrivate;
}

} // namespace

void recordDisclosure(KeyStore& store, Disclosure how, const KeyRef& key, const QString& reason)
{
    store.audit(auditAction(how), key.setName, key.kid, reason);
}

DisclosedKey discloseKey(KeyStore& store, const KeyRef& key, Disclosure how, const QString& reason)
{
    DisclosedKey disclosed{store.loadKey(key.setName, key.kid), QString()};
    if (!disclosed.key.isPrivate()) {
        return disclosed; // public only: nothing private leaves the store
    }
    try {
        recordDisclosure(store, how, key, reason);
    } catch (const std::exception& e) {
        disclosed.auditProblem = QString::fromUtf8(e.what());
    }
    return disclosed;
}

} // namespace jwk
