#include "usecases/KeyDisclosure.h"

#include "store/KeyStore.h"

namespace jwk {

namespace {

AuditLog::Action auditAction(Disclosure how)
{
    switch (how) {
    case Disclosure::Exported:
        return AuditLog::Action::ExportedPrivate;
    case Disclosure::Copied:
        return AuditLog::Action::CopiedPrivate;
    case Disclosure::Shown:
        break;
    }
    return AuditLog::Action::ShownPrivate;
}

} // namespace

void recordDisclosure(KeyStore& store, Disclosure how, const KeyRef& key, const QString& reason)
{
    store.audit().record(auditAction(how), key.setName, key.kid, reason);
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
