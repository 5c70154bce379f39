#include "keys/KeyImporter.h"

#include "keys/KeyAdmission.h"

#include "keys/Certificate.h"
#include "keys/CertificateChain.h"
#include "keys/EncryptedPkcs8.h"
#include "keys/JsonStrict.h"
#include "keys/JsonTopLevel.h"
#include "keys/JsonWebKeySet.h"
#include "keys/JwkError.h"
#include "keys/JwkSetStream.h"
#include "keys/KeyDecoding.h"
#include "keys/KeysTr.h"
#include "keys/OpenSslKey.h"
#include "keys/ParallelFor.h"
#include "keys/PassphraseRetry.h"
#include "keys/PemBlocks.h"
#include "keys/Pkcs12.h"

#include "jose/JwePbes2.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/pem.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <optional>
#include <vector>

#include <QCoreApplication>

namespace jwk {

QString ImportResult::failureSummary() const
{
    QStringList lines;
    for (const auto& f : failures) {
        lines << QStringLiteral("%1: %2").arg(f.origin, f.reason);
    }
    return lines.join(QLatin1Char('\n'));
}

namespace {

QString originOf(const QString& source, int index, const QByteArray& label)
{
    return KeyImporterTr::tr("%1, block %2 (%3)").arg(source).arg(index).arg(QString::fromLatin1(label));
}

// What reading one key gave: the key, admitted (KeyAdmission), or why not.
struct KeyOutcome
{
    std::optional<JsonWebKey> key;
    QString failure;
};

bool isKeyLabel(const QByteArray& label)
{
    return label == "PRIVATE KEY" || label == "RSA PRIVATE KEY" || label == "EC PRIVATE KEY" ||
           label == "ENCRYPTED PRIVATE KEY" || label == "PUBLIC KEY" || label == "RSA PUBLIC KEY";
}

bool isEncryptedBlock(const PemBlock& block)
{
    return block.label == "ENCRYPTED PRIVATE KEY" || block.legacyEncrypted;
}

// The JWK of a key OpenSSL decoded, with the admission checks run on that key.
KeyOutcome admitDecoded(const EVP_PKEY* pkey)
{
    try {
        JsonWebKey key = fromEvpPkey(pkey);
        if (QString problem = admitKey(key, pkey); !problem.isEmpty()) {
            return {std::nullopt, std::move(problem)};
        }
        return {std::move(key), {}};
    } catch (const JwkError& e) {
        return {std::nullopt, e.message()};
    }
}

// An unencrypted key in DER or PEM, decoded and admitted. Safe on any thread: OpenSSL's error queue and the decoder
// contexts are per thread.
KeyOutcome readPlainKey(const QByteArray& data, const char* inputType, const QByteArray& pemLabel)
{
    const EvpPkeyPtr pkey = decodeKey(data, inputType, pemLabel);
    if (!pkey) {
        const QString reason = takeOpenSslError();
        return {std::nullopt, KeyImporterTr::tr("the key could not be decoded%1: the data is corrupt or truncated")
                                  .arg(reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason))};
    }
    return admitDecoded(pkey.get());
}

// An unencrypted key block whose label names its structure, read as the DER inside it with the decoder for that
// structure. None for every other block (encrypted, with headers, base64 that does not decode cleanly, not a key):
// those are read in order by the importer, with OpenSSL's PEM reader.
std::optional<KeyOutcome> readPlainBlock(const PemBlock& block)
{
    if (!isKeyLabel(block.label) || isEncryptedBlock(block) || !structureOfLabel(block.label).structure) {
        return std::nullopt;
    }
    const QByteArray der = pemBodyDerStrict(block.text);
    if (der.isEmpty()) {
        return std::nullopt;
    }
    if (!derMatchesLabel(block.label, der)) {
        return KeyOutcome{std::nullopt,
                          KeyImporterTr::tr("the block is labelled \"%1\" but does not hold that structure")
                              .arg(QString::fromLatin1(block.label))};
    }
    return readPlainKey(der, "DER", block.label);
}

// Where the input's content starts: after a UTF-8 byte order mark and white space.
qsizetype contentStart(const QByteArray& data)
{
    qsizetype start = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (start < data.size() && QChar::isSpace(static_cast<unsigned char>(data[start]))) {
        ++start;
    }
    return start;
}

// A JWK Set's keys are parsed and checked this many at a time (JwkSetStream).
constexpr qsizetype kSetChunk = 2048;

// A bundle of at least this many blocks per thread is read on several cores.
constexpr std::size_t kBlocksPerThread = 64;

class Importer
{
public:
    Importer(QString source, PassphraseProvider* passphrases)
        : m_source(std::move(source))
        , m_passphrases(passphrases)
    {
    }

    ImportResult run(const QByteArray& data)
    {
        if (data.size() > kMaxImportBytes) {
            fail(m_source, KeyImporterTr::tr("the input is %1 MiB; JWK Manager reads at most %2 MiB of key material")
                               .arg(data.size() / (1024 * 1024))
                               .arg(kMaxImportBytes / (1024 * 1024)));
            return std::move(m_result);
        }
        const qsizetype start = contentStart(data);
        if (start >= data.size()) {
            fail(m_source, KeyImporterTr::tr("the input is empty"));
        } else if (data[start] == '{') {
            importJson(data.mid(start));
        } else if (jose::looksLikeCompactJwe(QByteArrayView(data).sliced(start))) {
            importJwe(QByteArrayView(data).sliced(start));
        } else if (data.contains("-----BEGIN ")) {
            importPem(data);
        } else if (static_cast<unsigned char>(data[start]) == 0x30) {
            importDer(data.mid(start));
        } else {
            // (A password-protected JWE has its own path above, PKCS#12 is DER: the message stays as translated.)
            fail(m_source, KeyImporterTr::tr("not a key: expected a JWK or JWK Set (JSON), PEM or DER"));
        }
        finish();
        return std::move(m_result);
    }

private:
    using Pending = ImportedKey; // the pending list becomes the result's list whole when that is empty

    void fail(const QString& origin, const QString& reason, bool wrongPassphrase = false, bool skipped = false)
    {
        m_result.failures.append({origin, reason, wrongPassphrase, skipped});
    }

    void importJson(const QByteArray& json)
    {
        // Read member by member and key by key (JsonTopLevel), never as one document of the whole text, and the keys
        // moved on, never copied: a JWK Set of 100,000 keys is held in memory once (issue #18).
        if (std::unique_ptr<JwkSetStream> set = JwkSetStream::open(json, m_source)) {
            QList<Pending> keys;
            QList<ImportedKey> chunk;
            while (set->next(kSetChunk, &chunk)) {
                keys.append(std::move(chunk));
            }
            m_result.failures << set->result().failures;
            m_result.warnings << set->result().warnings;
            if (!set->refused()) {
                m_keys.isEmpty() ? void(m_keys = std::move(keys)) : m_keys.append(std::move(keys));
            }
            return;
        }
        JsonTopLevel top;
        QJsonParseError error{};
        if (!top.read(json, QStringLiteral("keys"), &error)) {
            fail(m_source, notJsonReason(error));
            return;
        }
        JsonWebKey key;
        try {
            if (top.members().contains(QStringLiteral("keys"))) {
                JsonWebKeySet::fromJson(top.members()); // "keys" is not an array: says so (throws)
            } else {
                key = JsonWebKey::fromJson(top.members());
            }
        } catch (const JwkError& e) {
            // What is said first, as when the text was read as one document: that it is not JSON at all, then a member
            // named twice (the key read may not be the one meant), then the key's fault.
            QJsonParseError whole{};
            QJsonDocument::fromJson(json, &whole);
            if (whole.error != QJsonParseError::NoError) {
                fail(m_source, notJsonReason(whole));
            } else if (const QString name = findDuplicateMember(json); !name.isNull()) {
                fail(m_source, duplicateMemberReason(name));
            } else {
                fail(m_source, e.message());
            }
            return;
        }
        if (const QString name = findDuplicateMember(json); !name.isNull()) {
            fail(m_source, duplicateMemberReason(name));
            return;
        }
        if (key.isNull()) {
            return;
        }
        if (const QString problem = admitKey(key); !problem.isEmpty()) {
            fail(m_source, problem);
        } else {
            m_keys.append({std::move(key), m_source});
        }
    }

    // A compact JWE with PBES2 (RFC 7517 Appendix C): its header is checked before anyone is asked for a passphrase,
    // and what it holds is read as JSON, as a JWK or JWK Set file is.
    void importJwe(QByteArrayView text)
    {
        try {
            jose::inspectCompactJwe(text);
        } catch (const JwkError& e) {
            fail(m_source, e.message());
            return;
        }
        SecureBytes plaintext;
        const UnlockOutcome outcome =
            unlockWithPassphrase(m_passphrases, m_source, KeyImporterTr::tr("the JWE"), [&](const SecureBytes& pass) {
                plaintext = jose::decryptCompactJwe(text, pass).plaintext;
            });
        if (!outcome.ok()) {
            fail(m_source, outcome.reason, outcome.wrongPassphrase, outcome.skipped);
            return;
        }
        // A view of the wiped-on-free plaintext: no further copy of the private key is made here.
        const QByteArray json = plaintext.view();
        qsizetype first = 0;
        while (first < json.size() && QChar::isSpace(static_cast<unsigned char>(json[first]))) {
            ++first;
        }
        if (first >= json.size() || json[first] != '{') {
            fail(m_source, KeyImporterTr::tr("the JWE was decrypted, but it holds no JWK or JWK Set"));
            return;
        }
        importJson(json);
    }

    // PKCS#12: bounded and checked for legacy ciphers before the passphrase is asked for; one key with its chain.
    void importPkcs12(const QByteArray& der)
    {
        if (const QString refusal = checkPkcs12(der); !refusal.isEmpty()) {
            fail(m_source, refusal);
            return;
        }
        Pkcs12Contents contents;
        const UnlockOutcome outcome =
            unlockWithPassphrase(m_passphrases, m_source, KeyImporterTr::tr("the PKCS#12 file"),
                                 [&](const SecureBytes& pass) { contents = readPkcs12(der, pass); });
        if (!outcome.ok()) {
            fail(m_source, outcome.reason, outcome.wrongPassphrase, outcome.skipped);
            return;
        }
        m_result.warnings << contents.warnings;
        if (const QString problem = admitKey(contents.key); !problem.isEmpty()) {
            fail(m_source, problem);
            return;
        }
        m_keys.append({contents.key, m_source});
    }

    void importPem(const QByteArray& data)
    {
        QList<PemBlock> blocks;
        try {
            blocks = splitPem(data);
        } catch (const JwkError& e) {
            fail(m_source, e.message());
            return;
        }
        // Plain key blocks are decoded and checked on all cores at once; their outcomes are taken below in block order,
        // as if read one by one (issue #14: a bundle of 10,000 keys).
        std::vector<std::optional<KeyOutcome>> ready;
        if (blocks.size() >= 2 * qsizetype(kBlocksPerThread)) {
            ready.resize(static_cast<std::size_t>(blocks.size()));
            parallelFor(ready.size(), kBlocksPerThread, [&](std::size_t i) { ready[i] = readPlainBlock(blocks[i]); });
        }
        int index = 0;
        for (const auto& block : blocks) {
            ++index;
            const QString origin = originOf(m_source, index, block.label);
            const QByteArray& label = block.label;
            if (label == "CERTIFICATE" || label == "X509 CERTIFICATE" || label == "TRUSTED CERTIFICATE") {
                importPemCertificate(block, origin);
            } else if (label == "EC PARAMETERS") {
                continue; // written by `openssl ecparam -genkey` before the key; the key names its curve itself
            } else if (isKeyLabel(label)) {
                std::optional<KeyOutcome> plain =
                    ready.empty() ? readPlainBlock(block) : std::move(ready[static_cast<std::size_t>(index - 1)]);
                if (plain) {
                    take(std::move(*plain), origin);
                    continue;
                }
                const bool encrypted = isEncryptedBlock(block);
                if (!encrypted && !bodyMatchesLabel(label, block.text)) {
                    fail(origin, KeyImporterTr::tr("the block is labelled \"%1\" but does not hold that structure")
                                     .arg(QString::fromLatin1(label)));
                    continue;
                }
                importKeyData(block.text, "PEM", encrypted, origin, label);
            } else if (label == "OPENSSH PRIVATE KEY" || label == "DSA PRIVATE KEY" || label == "DH PARAMETERS") {
                fail(origin, KeyImporterTr::tr("%1 is not a JOSE key type; convert it to PKCS#8 first")
                                 .arg(QString::fromLatin1(label)));
            } else {
                fail(origin, KeyImporterTr::tr("a PEM block labelled \"%1\" is not a key or a certificate")
                                 .arg(QString::fromLatin1(label.left(64))));
            }
        }
        if (blocks.isEmpty()) {
            fail(m_source, KeyImporterTr::tr("no PEM block found"));
        }
    }

    void importPemCertificate(const PemBlock& block, const QString& origin)
    {
        BioPtr bio(BIO_new_mem_buf(block.text.constData(), static_cast<int>(block.text.size())));
        X509* x = block.label == "TRUSTED CERTIFICATE" ? PEM_read_bio_X509_AUX(bio.get(), nullptr, nullptr, nullptr)
                                                       : PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
        if (!x) {
            fail(origin, KeyImporterTr::tr("the certificate could not be decoded (%1)").arg(takeOpenSslError()));
            return;
        }
        X509Ptr owned(x);
        m_certificates.append({Certificate::fromX509(x), origin});
    }

    void importDer(const QByteArray& der)
    {
        if (isPkcs12Der(der)) {
            importPkcs12(der);
            return;
        }
        try {
            const Certificate cert = Certificate::fromDer(der);
            m_certificates.append({cert, m_source});
            return;
        } catch (const JwkError&) {
        }
        importKeyData(der, "DER", isEncryptedPkcs8Der(der), m_source);
    }

    void importKeyData(const QByteArray& data, const char* inputType, bool encrypted, const QString& origin,
                       const QByteArray& pemLabel = QByteArray())
    {
        if (!encrypted) {
            take(readPlainKey(data, inputType, pemLabel), origin);
            return;
        }
        EvpPkeyPtr pkey;
        // Encrypted PKCS#8: its key derivation's cost is bounded before anyone is asked for a passphrase.
        if (!structureOfLabel(pemLabel).structure) {
            const QString refusal = checkEncryptedPkcs8(qstrcmp(inputType, "DER") == 0 ? data : pemBodyDer(data));
            if (!refusal.isEmpty()) {
                fail(origin, refusal);
                return;
            }
        }
        for (int attempt = 1;; ++attempt) {
            PassphraseRequest request;
            request.provider = m_passphrases;
            request.origin = origin;
            request.attempt = attempt;
            pkey = decodeEncrypted(data, inputType, pemLabel, &request);
            clearOpenSslErrors();
            if (pkey) {
                break;
            }
            if (request.declined) {
                if (attempt == 1) {
                    fail(origin, KeyImporterTr::tr("the key is encrypted and no passphrase was given"), false, true);
                } else {
                    fail(origin, KeyImporterTr::tr("wrong passphrase: the key could not be decrypted"), true);
                }
                return;
            }
            if (request.asked == 0) {
                fail(origin,
                     KeyImporterTr::tr("the encrypted key could not be decoded: the data is corrupt or truncated"));
                return;
            }
        }
        take(admitDecoded(pkey.get()), origin);
    }

    void take(KeyOutcome outcome, const QString& origin)
    {
        if (outcome.key) {
            m_keys.append({std::move(*outcome.key), origin});
        } else {
            fail(origin, outcome.failure);
        }
    }

    // Certificates become keys with x5c: a chain is one key (leaf first); a private key in the same input
    // whose public part is the leaf's key takes the chain.
    void finish()
    {
        QList<Certificate> certificates;
        certificates.reserve(m_certificates.size());
        for (const auto& pending : m_certificates) {
            certificates << pending.cert;
        }
        const QList<QList<int>> chains = buildCertificateChains(certificates);
        // The private keys a chain can go to, by thumbprint (each computed once, not once per chain).
        QHash<QString, QList<qsizetype>> privateByThumbprint;
        if (!chains.isEmpty()) {
            for (qsizetype i = 0; i < m_keys.size(); ++i) {
                const JsonWebKey& key = m_keys[i].key;
                if (key.isPrivate() && key.type() != KeyType::Oct && key.certificateChain().isEmpty()) {
                    privateByThumbprint[key.thumbprint()].append(i);
                }
            }
        }

        for (const auto& chain : chains) {
            const auto& leaf = m_certificates[chain.first()];
            QList<QByteArray> der;
            for (int i : chain) {
                der << m_certificates[i].cert.der();
            }
            JsonWebKey leafKey;
            try {
                leafKey = fromEvpPkey(leaf.cert.publicKey(), false);
            } catch (const JwkError& e) {
                fail(leaf.origin, e.message());
                continue;
            }
            const QString thumb = leafKey.thumbprint();
            bool merged = false;
            for (qsizetype i : privateByThumbprint.value(thumb)) {
                if (m_keys[i].key.certificateChain().isEmpty()) {
                    m_keys[i].key.setCertificateChain(der);
                    merged = true;
                    break;
                }
            }
            if (!merged) {
                leafKey.setCertificateChain(der);
                m_keys.append({leafKey, leaf.origin});
            }
        }
        if (m_result.keys.isEmpty()) {
            m_result.keys = std::move(m_keys); // one list of 100,000 keys, not two at once
        } else {
            m_result.keys.reserve(m_result.keys.size() + m_keys.size());
            for (auto& pending : m_keys) {
                m_result.keys.append(std::move(pending));
            }
        }
        m_keys.clear();
    }

    struct PendingCertificate
    {
        Certificate cert;
        QString origin;
    };

    QString m_source;
    PassphraseProvider* m_passphrases;
    ImportResult m_result;
    QList<Pending> m_keys;
    QList<PendingCertificate> m_certificates;
};

} // namespace

ImportResult importKeys(const QByteArray& data, const QString& sourceName, PassphraseProvider* passphrases)
{
    return Importer(sourceName, passphrases).run(data);
}

std::unique_ptr<JwkSetStream> openJwkSetStream(const QByteArray& data, const QString& sourceName)
{
    const qsizetype start = contentStart(data);
    if (data.size() > kMaxImportBytes || start >= data.size() || data[start] != '{') {
        return nullptr;
    }
    return JwkSetStream::open(data.mid(start), sourceName);
}

QByteArray readAtMost(QIODevice& device, qint64 limit)
{
    // A pipe gives what it holds at each read (64 KiB on Linux): read on until its end, or the limit.
    QByteArray data;
    while (data.size() < limit) {
        const QByteArray part = device.read(std::min<qint64>(1 << 20, limit - data.size()));
        if (part.isEmpty()) {
            break; // the end (or an error: what was read is all there is)
        }
        data += part;
    }
    return data;
}

ImportInput readImportInput(const QString& path)
{
    ImportInput input;
    input.name = path;
    QFile file;
    if (path == QStringLiteral("-")) {
        input.name = KeyImporterTr::tr("standard input");
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            input.failure = ImportFailure{input.name, KeyImporterTr::tr("standard input could not be read")};
            return input;
        }
    } else {
        file.setFileName(path);
        const QFileInfo info(path);
        if (info.isDir()) {
            input.failure = ImportFailure{path, KeyImporterTr::tr("is a folder, not a key file")};
            return input;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            input.failure = ImportFailure{path, KeyImporterTr::tr("cannot be read: %1").arg(file.errorString())};
            return input;
        }
        if (file.size() > kMaxImportBytes) {
            input.failure =
                ImportFailure{path, KeyImporterTr::tr("is %1 MiB; JWK Manager reads at most %2 MiB of key material")
                                        .arg(file.size() / (1024 * 1024))
                                        .arg(kMaxImportBytes / (1024 * 1024))};
            return input;
        }
    }
    // A regular file is read at its size (one buffer of what it holds); a pipe or standard input up to the limit.
    const qint64 size = file.isSequential() ? 0 : file.size();
    QByteArray& data = input.data;
    if (size > 0) {
        // Into a buffer of exactly that size: QIODevice::read(qint64) grows its own by doubling, and so does
        // QByteArray::resize() from empty (32 MiB for 22 MiB).
        data = QByteArray(size + 1, Qt::Uninitialized);
        data.resize(std::max<qint64>(file.read(data.data(), size + 1), 0));
    } else {
        data = readAtMost(file, kMaxImportBytes + 1);
    }
    if (size > 0 && data.size() > size && !file.atEnd()) {
        data += file.read(kMaxImportBytes + 1 - data.size()); // it grew while being read: still the limit holds
    }
    return input;
}

ImportResult importFile(const QString& path, PassphraseProvider* passphrases)
{
    ImportInput input = readImportInput(path);
    if (input.failure) {
        ImportResult r;
        r.failures.append(*input.failure);
        return r;
    }
    ImportResult result = importKeys(input.data, input.name, passphrases);
    wipe(input.data);
    return result;
}

} // namespace jwk
