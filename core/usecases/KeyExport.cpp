#include "usecases/KeyExport.h"

#include "keys/JsonWebKeySet.h"
#include "keys/JwkError.h"
#include "store/KeyStore.h"
#include "usecases/KeyDisclosure.h"

#include <QCoreApplication>

namespace {
// Messages for people: translated when the desktop app has installed a translator; the CLI installs none and
// prints the English source text.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::KeyExport)
};
} // namespace

namespace jwk {

namespace {

bool isOct(const QJsonObject& publicJwk)
{
    return publicJwk.value(QStringLiteral("kty")).toString() == QStringLiteral("oct");
}

// The keys of a JWK Set export, newest first (or in the order picked), and how many oct keys a public set left out.
QList<JsonWebKey> setKeys(const KeyStore& store, const KeySelection& selection, bool withPrivate, int* octLeftOut,
                          QList<KeyRef>* refs)
{
    QList<JsonWebKey> keys;
    if (selection.keys.isEmpty()) {
        // One query for the whole set: every row authenticated, in the order Hydra reads.
        keys = store.loadKeys(selection.setName, withPrivate);
        if (!withPrivate) {
            *octLeftOut = static_cast<int>(store.keys(selection.setName).size() - keys.size());
        }
        for (const auto& key : keys) {
            refs->append({selection.setName, key.kid()});
        }
        return keys;
    }
    for (const auto& ref : selection.keys) {
        if (withPrivate) {
            keys.append(store.loadKey(ref.setName, ref.kid));
        } else if (const QJsonObject jwk = store.publicJwk(ref.setName, ref.kid); isOct(jwk)) {
            ++*octLeftOut;
            continue;
        } else {
            keys.append(JsonWebKey::fromJson(jwk));
        }
        refs->append(ref);
    }
    return keys;
}

} // namespace

ExportResult exportKeys(const KeyStore& store, const KeySelection& selection, KeyFormat format,
                        const ExportOptions& options)
{
    const KeyFormatInfo& info = keyFormatInfo(format);
    ExportResult result;
    result.format = format;
    if (format == KeyFormat::JwksPublic || format == KeyFormat::JwksPrivate) {
        int octLeftOut = 0;
        JwkSetWriter writer(info.privateMaterial, options.json);
        const auto add = [&](const JsonWebKey& key, const KeyRef& ref) {
            writer.add(key);
            if (info.privateMaterial && key.isPrivate()) {
                result.privateKeys.append(ref);
            }
        };
        if (selection.keys.isEmpty()) {
            // A whole set: written a key at a time as the store reads them (one query, every row authenticated, in
            // the order Hydra reads), never all held at once.
            octLeftOut = store.visitKeys(selection.setName, info.privateMaterial, [&](JsonWebKey&& key) {
                add(key, {selection.setName, key.kid()});
            });
        } else {
            QList<KeyRef> refs;
            const QList<JsonWebKey> keys = setKeys(store, selection, info.privateMaterial, &octLeftOut, &refs);
            if (keys.isEmpty() && octLeftOut > 0) {
                throw JwkError(Tr::tr("none of these keys has a public form (symmetric keys have none)"));
            }
            for (qsizetype i = 0; i < keys.size(); ++i) {
                add(keys.at(i), refs.at(i));
            }
        }
        if (octLeftOut > 0) {
            result.warnings << Tr::tr("%n oct key(s) left out: symmetric keys have no public form", nullptr,
                                      octLeftOut);
        }
        result.bytes = writer.finish();
        result.bytes.append('\n');
        return result;
    }

    if (format == KeyFormat::JweJwk && selection.keys.size() != 1) {
        // A whole set or several keys: one JWK Set in one JWE, with every key's private part.
        int octLeftOut = 0;
        QList<KeyRef> refs;
        const QList<JsonWebKey> keys = setKeys(store, selection, true, &octLeftOut, &refs);
        const QString what = selection.setName.isEmpty() ? Tr::tr("%n key(s)", nullptr, static_cast<int>(keys.size()))
                                                         : Tr::tr("key set %1").arg(selection.setName);
        result.bytes = exportKeySetAsJwe(keys, options.passphrases, what);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (keys.at(i).isPrivate()) {
                result.privateKeys.append(refs.at(i));
            }
        }
        return result;
    }

    QList<KeyRef> refs = selection.keys;
    if (refs.isEmpty()) {
        for (const auto& k : store.keys(selection.setName)) {
            refs.append({k.setName, k.kid});
        }
    }
    if (refs.size() != 1) {
        throw JwkError(Tr::tr("several keys can only be exported as a JWK Set"));
    }
    const KeyRef& ref = refs.first();
    const JsonWebKey key = info.privateMaterial ? store.loadKey(ref.setName, ref.kid)
                                                : JsonWebKey::fromJson(store.publicJwk(ref.setName, ref.kid));
    result.bytes = exportKey(key, format, options.passphrases);
    if (info.privateMaterial && key.isPrivate()) {
        result.privateKeys.append(ref);
    }
    return result;
}

void recordExport(KeyStore& store, const ExportResult& result, const QString& destination)
{
    const QString detail = QStringLiteral("%1 to %2").arg(keyFormatInfo(result.format).name, destination);
    // One entry per key, as recordDisclosure() writes it, in one transaction: 10,000 keys are one flush, not 10,000.
    QList<QPair<QString, QString>> keys;
    keys.reserve(result.privateKeys.size());
    for (const auto& ref : result.privateKeys) {
        keys.append({ref.setName, ref.kid});
    }
    store.audit().recordAll(AuditLog::Action::ExportedPrivate, keys, detail);
}

} // namespace jwk
