#include "usecases/HydraDefaults.h"

#include "keys/Certificate.h"
#include "keys/JwkError.h"
#include "keys/KeyGenerator.h"
#include "keys/OpenSslKey.h"
#include "store/KeyStore.h"

#include <QCoreApplication>

namespace {
// Messages for people: translated when the desktop app has installed a translator; the CLI installs none and
// prints the English source text.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::HydraDefaults)
};
} // namespace

namespace jwk {

const QStringList& HydraDefaults::setNames()
{
    static const QStringList names = {QStringLiteral("hydra.openid.id-token"), QStringLiteral("hydra.jwt.access-token"),
                                      QStringLiteral("hydra.https-tls")};
    return names;
}

QStringList HydraDefaults::missingSets(const KeyStore& store)
{
    // A set in the trash cannot be filled (adding to it is refused): say so now, before seconds of RSA 4096
    // generation end with only some of the sets stored.
    for (const auto& entry : store.trash().entries()) {
        if (entry.kid.isEmpty() && setNames().contains(entry.setName)) {
            throw StoreError(StoreError::Kind::Conflict,
                             Tr::tr("key set \"%1\" is in the trash; restore it or empty the trash before "
                                    "making Hydra's default sets. Nothing was generated.")
                                 .arg(entry.setName));
        }
    }
    QStringList missing;
    for (const auto& name : setNames()) {
        const auto set = store.keySet(name);
        if (!set || set->keyCount == 0) {
            missing << name;
        }
    }
    return missing;
}

QList<HydraDefaultKey> HydraDefaults::generate(const QStringList& sets,
                                               const std::function<void(int, int, const QString&)>& progress,
                                               const std::atomic_bool* cancel)
{
    QList<HydraDefaultKey> keys;
    int done = 0;
    const int total = static_cast<int>(sets.size());
    for (const auto& name : sets) {
        if (cancel && cancel->load()) {
            throw JwkError(Tr::tr("key generation was cancelled"), JwkError::Kind::Cancelled);
        }
        if (progress) {
            progress(done, total, Tr::tr("generating RSA 4096 for %1").arg(name));
        }
        GenerateOptions options;
        options.alg = QStringLiteral("RS256");
        options.bits = 4096;
        options.kidMode = KidMode::Uuid;
        options.use = QStringLiteral("sig");
        options.cancel = cancel;
        JsonWebKey key = generateKey(options);
        if (name == QStringLiteral("hydra.https-tls")) {
            const EvpPkeyPtr pkey = toEvpPkey(key);
            const Certificate cert =
                Certificate::makeSelfSigned(pkey.get(), QStringLiteral("localhost"),
                                            {QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1")}, 365);
            key.setCertificateChain({cert.der()});
        }
        keys.append({name, key});
        ++done;
        if (progress) {
            progress(done, total, Tr::tr("generated %1").arg(name));
        }
    }
    return keys;
}

QStringList HydraDefaults::store(KeyStore& store, const QList<HydraDefaultKey>& keys)
{
    // All sets in one transaction: a failure half-way leaves none of them half-made.
    QList<QPair<QString, QList<JsonWebKey>>> sets;
    for (const auto& k : keys) {
        sets.append({k.setName, {k.key}});
    }
    const QList<AddKeysResult> results = store.addKeysToSets(sets, AuditLog::Action::Generated);
    QStringList filled;
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (!results[i].added.isEmpty()) {
            filled << sets[i].first;
        }
    }
    return filled;
}

HydraDefaultsResult HydraDefaults::create(KeyStore& store,
                                          const std::function<void(int, int, const QString&)>& progress,
                                          const std::atomic_bool* cancel)
{
    const QStringList missing = missingSets(store);
    HydraDefaultsResult result;
    if (!missing.isEmpty()) {
        result.created = HydraDefaults::store(store, generate(missing, progress, cancel));
    }
    for (const auto& name : setNames()) {
        if (!missing.contains(name)) {
            result.alreadyPresent << name;
        }
    }
    return result;
}

} // namespace jwk
