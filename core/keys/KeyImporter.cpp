#include "KeyImporter.h"

#include "KeyAdmission.h"

#include "Certificate.h"
#include "JsonStrict.h"
#include "JsonWebKeySet.h"
#include "JwkError.h"
#include "OpenSslKey.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/decoder.h>
#include <openssl/pem.h>

#include <cstdio>

#include <QCoreApplication>

namespace {
// Messages for people: translated when the desktop app has installed a translator; the CLI installs none and
// prints the English source text.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::KeyImporter)
};
} // namespace

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

struct PemBlock
{
    QByteArray label;
    QByteArray text; // BEGIN line to END line, LF line endings
    bool legacyEncrypted = false;
};

// Splits PEM text into blocks. Text outside blocks is ignored; a BEGIN without its END, or an END whose label
// differs from its BEGIN, is an error.
QList<PemBlock> splitPem(const QByteArray& input)
{
    QByteArray data = input;
    data.replace("\r\n", "\n");
    data.replace('\r', '\n');
    QList<PemBlock> blocks;
    qsizetype pos = 0;
    static const QByteArray begin = "-----BEGIN ";
    static const QByteArray end = "-----END ";
    static const QByteArray dashes = "-----";
    while ((pos = data.indexOf(begin, pos)) >= 0) {
        const qsizetype labelStart = pos + begin.size();
        const qsizetype labelEnd = data.indexOf(dashes, labelStart);
        const qsizetype lineEnd = data.indexOf('\n', labelStart);
        if (labelEnd < 0 || (lineEnd >= 0 && labelEnd > lineEnd)) {
            throw JwkError(Tr::tr("PEM block %1 has a malformed BEGIN line").arg(blocks.size() + 1));
        }
        const QByteArray label = data.mid(labelStart, labelEnd - labelStart);
        if (label.trimmed().isEmpty()) {
            throw JwkError(Tr::tr("PEM block %1 has an empty label").arg(blocks.size() + 1));
        }
        // The END line comes after the BEGIN line's closing dashes (which must not be read as part of it).
        const qsizetype endPos = data.indexOf(end, labelEnd + dashes.size());
        if (endPos < 0) {
            throw JwkError(Tr::tr("PEM block %1 (%2) has no END line: the data is truncated")
                               .arg(blocks.size() + 1)
                               .arg(QString::fromLatin1(label)));
        }
        const qsizetype endLabelStart = endPos + end.size();
        const qsizetype endLabelEnd = data.indexOf(dashes, endLabelStart);
        const QByteArray endLabel =
            endLabelEnd < 0 ? QByteArray() : data.mid(endLabelStart, endLabelEnd - endLabelStart);
        if (endLabelEnd < 0) {
            throw JwkError(Tr::tr("PEM block %1 (%2) has a malformed END line: the data is truncated")
                               .arg(blocks.size() + 1)
                               .arg(QString::fromLatin1(label.left(64))));
        }
        if (endLabel != label) {
            throw JwkError(Tr::tr("PEM block %1 begins as \"%2\" but ends as \"%3\"")
                               .arg(blocks.size() + 1)
                               .arg(QString::fromLatin1(label), QString::fromLatin1(endLabel.left(64))));
        }
        const qsizetype blockEnd = endLabelEnd + dashes.size();
        PemBlock block;
        block.label = label;
        block.text = data.mid(pos, blockEnd - pos) + '\n';
        block.legacyEncrypted = block.text.contains("Proc-Type: 4,ENCRYPTED");
        blocks.append(block);
        pos = blockEnd;
    }
    return blocks;
}

QString originOf(const QString& source, int index, const QByteArray& label)
{
    return Tr::tr("%1, block %2 (%3)").arg(source).arg(index).arg(QString::fromLatin1(label));
}

EvpPkeyPtr decodeOnce(const QByteArray& data, const char* inputType, const char* keyType, const SecureBytes* passphrase,
                      const char* structure = nullptr)
{
    EVP_PKEY* pkey = nullptr;
    OSSL_DECODER_CTX* ctx = OSSL_DECODER_CTX_new_for_pkey(&pkey, inputType, structure, keyType, 0, nullptr, nullptr);
    if (!ctx) {
        return nullptr;
    }
    if (passphrase) {
        OSSL_DECODER_CTX_set_passphrase(ctx, passphrase->data(), passphrase->size());
    }
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
    size_t len = static_cast<size_t>(data.size());
    const bool ok = OSSL_DECODER_from_data(ctx, &p, &len) == 1;
    OSSL_DECODER_CTX_free(ctx);
    // DER must be one structure: trailing bytes mean a damaged or concatenated file.
    if (!ok || (qstrcmp(inputType, "DER") == 0 && len != 0)) {
        EVP_PKEY_free(pkey);
        return nullptr;
    }
    return EvpPkeyPtr(pkey);
}

bool isJoseKeyType(const EVP_PKEY* pkey)
{
    for (const char* type : {"RSA", "RSA-PSS", "EC", "ED25519", "ED448", "X25519", "X448"}) {
        if (EVP_PKEY_is_a(pkey, type)) {
            return true;
        }
    }
    return false;
}

// The structure a PEM label promises; OpenSSL's decoders otherwise take any structure under any label (a PKCS#8
// body labelled "EC PRIVATE KEY" would pass). Null for labels whose content is checked elsewhere.
struct LabelStructure
{
    const char* structure;
    const char* keyType;
};

LabelStructure structureOfLabel(const QByteArray& label)
{
    if (label == "PRIVATE KEY") {
        return {"PrivateKeyInfo", nullptr};
    }
    if (label == "PUBLIC KEY") {
        return {"SubjectPublicKeyInfo", nullptr};
    }
    if (label == "RSA PRIVATE KEY" || label == "RSA PUBLIC KEY") {
        return {"type-specific", "RSA"};
    }
    if (label == "EC PRIVATE KEY") {
        return {"type-specific", "EC"};
    }
    return {nullptr, nullptr};
}

// The tags of the first two elements inside the outer SEQUENCE of a DER structure, enough to tell PKCS#8
// (INTEGER, SEQUENCE), SEC1 (INTEGER, OCTET STRING), PKCS#1 private (INTEGER, INTEGER), SPKI (SEQUENCE, BIT STRING)
// and PKCS#1 public (INTEGER, INTEGER) apart. Zero where the DER ends early.
std::pair<int, int> innerTags(const QByteArray& der)
{
    auto skipHeader = [&](qsizetype& pos, qsizetype* length) -> bool {
        if (pos + 2 > der.size()) {
            return false;
        }
        ++pos; // tag
        int first = static_cast<unsigned char>(der[pos++]);
        qsizetype len = first;
        if (first & 0x80) {
            const int count = first & 0x7f;
            if (count == 0 || count > 4 || pos + count > der.size()) {
                return false;
            }
            len = 0;
            for (int i = 0; i < count; ++i) {
                len = (len << 8) | static_cast<unsigned char>(der[pos++]);
            }
        }
        *length = len;
        return true;
    };
    qsizetype pos = 0, len = 0;
    if (der.isEmpty() || static_cast<unsigned char>(der[0]) != 0x30 || !skipHeader(pos, &len)) {
        return {0, 0};
    }
    if (pos >= der.size()) {
        return {0, 0};
    }
    const int firstTag = static_cast<unsigned char>(der[pos]);
    if (!skipHeader(pos, &len) || pos + len >= der.size()) {
        return {firstTag, 0};
    }
    pos += len;
    return {firstTag, static_cast<unsigned char>(der[pos])};
}

// Whether the body of an unencrypted PEM block has the structure its label names.
bool bodyMatchesLabel(const QByteArray& label, const QByteArray& blockText)
{
    // The base64 between the BEGIN and END lines (no headers: encrypted blocks are not checked here).
    const qsizetype begin = blockText.indexOf('\n');
    const qsizetype end = blockText.lastIndexOf("-----END ");
    if (begin < 0 || end <= begin) {
        return false;
    }
    const QByteArray der =
        QByteArray::fromBase64(blockText.mid(begin + 1, end - begin - 1).simplified().replace(' ', ""));
    const auto [first, second] = innerTags(der);
    if (label == "PRIVATE KEY") {
        return first == 0x02 && second == 0x30;
    }
    if (label == "EC PRIVATE KEY") {
        return first == 0x02 && second == 0x04;
    }
    if (label == "RSA PRIVATE KEY" || label == "RSA PUBLIC KEY") {
        return first == 0x02 && second == 0x02;
    }
    if (label == "PUBLIC KEY") {
        return first == 0x30 && second == 0x03;
    }
    return true;
}

// Decodes one key (PEM or DER, any structure) with OpenSSL's decoders. Returns null on failure.
EvpPkeyPtr decodeKey(const QByteArray& data, const char* inputType, const SecureBytes* passphrase,
                     const QByteArray& pemLabel = QByteArray())
{
    if (!pemLabel.isEmpty()) {
        const LabelStructure expected = structureOfLabel(pemLabel);
        if (expected.structure) {
            return decodeOnce(data, inputType, expected.keyType, passphrase, expected.structure);
        }
    }
    EvpPkeyPtr pkey = decodeOnce(data, inputType, nullptr, passphrase);
    if (pkey && isJoseKeyType(pkey.get())) {
        return pkey;
    }
    // Bare PKCS#1 and SEC1 DER carry no type: an RSAPublicKey (a SEQUENCE of two INTEGERs) also reads as DH
    // parameters. Ask for the JOSE key types by name before settling for another reading.
    for (const char* keyType : {"RSA", "EC"}) {
        if (EvpPkeyPtr typed = decodeOnce(data, inputType, keyType, passphrase)) {
            clearOpenSslErrors();
            return typed;
        }
    }
    return pkey;
}

bool isEncryptedPkcs8Der(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509_SIG* sig = d2i_X509_SIG(nullptr, &p, static_cast<long>(der.size()));
    const bool ok = sig && p == reinterpret_cast<const unsigned char*>(der.constData()) + der.size();
    X509_SIG_free(sig);
    clearOpenSslErrors();
    return ok;
}

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
            fail(m_source, Tr::tr("the input is %1 MiB; JWK Manager reads at most %2 MiB of key material")
                               .arg(data.size() / (1024 * 1024))
                               .arg(kMaxImportBytes / (1024 * 1024)));
            return std::move(m_result);
        }
        qsizetype start = 0;
        if (data.startsWith("\xEF\xBB\xBF")) {
            start = 3; // UTF-8 byte order mark
        }
        while (start < data.size() && QChar::isSpace(static_cast<unsigned char>(data[start]))) {
            ++start;
        }
        if (start >= data.size()) {
            fail(m_source, Tr::tr("the input is empty"));
        } else if (data[start] == '{') {
            importJson(data.mid(start));
        } else if (data.contains("-----BEGIN ")) {
            importPem(data);
        } else if (static_cast<unsigned char>(data[start]) == 0x30) {
            importDer(data.mid(start));
        } else {
            fail(m_source, Tr::tr("not a key: expected a JWK or JWK Set (JSON), PEM or DER"));
        }
        finish();
        return std::move(m_result);
    }

private:
    struct Pending
    {
        JsonWebKey key;
        QString origin;
    };

    void fail(const QString& origin, const QString& reason, bool wrongPassphrase = false, bool skipped = false)
    {
        m_result.failures.append({origin, reason, wrongPassphrase, skipped});
    }

    void importJson(const QByteArray& json)
    {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            fail(m_source, Tr::tr("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
            return;
        }
        if (const QString name = findDuplicateMember(json); !name.isNull()) {
            fail(m_source, Tr::tr("member \"%1\" occurs twice in one object: a JWK must name each member once")
                               .arg(name.left(64)));
            return;
        }
        const QJsonObject object = doc.object();
        try {
            if (object.contains(QStringLiteral("keys"))) {
                const JsonWebKeySet set = JsonWebKeySet::fromJson(object);
                if (!set.isEmpty()) {
                    m_result.warnings << set.warnings();
                }
                qsizetype i = 0;
                for (const auto& key : set.keys()) {
                    addChecked(key, Tr::tr("%1, keys[%2]").arg(m_source).arg(i++));
                }
                if (set.isEmpty()) {
                    fail(m_source, set.warnings().isEmpty() ? Tr::tr("the JWK Set holds no keys")
                                                            : Tr::tr("the JWK Set holds no usable key (%1)")
                                                                  .arg(set.warnings().join(QStringLiteral("; "))));
                }
            } else {
                addChecked(JsonWebKey::fromJson(object), m_source);
            }
        } catch (const JwkError& e) {
            fail(m_source, e.message());
        }
    }

    // Keys from JSON have not met OpenSSL yet: check points, key pairs and CRT values.
    void addChecked(const JsonWebKey& key, const QString& origin)
    {
        // The store's admission check: points, key pairs, CRT values and the kid rules.
        if (const QString problem = keyAdmissionProblem(key); !problem.isEmpty()) {
            fail(origin, problem);
            return;
        }
        m_keys.append({key, origin});
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
        int index = 0;
        for (const auto& block : blocks) {
            ++index;
            const QString origin = originOf(m_source, index, block.label);
            const QByteArray& label = block.label;
            if (label == "CERTIFICATE" || label == "X509 CERTIFICATE" || label == "TRUSTED CERTIFICATE") {
                importPemCertificate(block, origin);
            } else if (label == "EC PARAMETERS") {
                continue; // written by `openssl ecparam -genkey` before the key; the key names its curve itself
            } else if (label == "PRIVATE KEY" || label == "RSA PRIVATE KEY" || label == "EC PRIVATE KEY" ||
                       label == "ENCRYPTED PRIVATE KEY" || label == "PUBLIC KEY" || label == "RSA PUBLIC KEY") {
                const bool encrypted = label == "ENCRYPTED PRIVATE KEY" || block.legacyEncrypted;
                if (!encrypted && !bodyMatchesLabel(label, block.text)) {
                    fail(origin, Tr::tr("the block is labelled \"%1\" but does not hold that structure")
                                     .arg(QString::fromLatin1(label)));
                    continue;
                }
                importKeyData(block.text, "PEM", encrypted, origin, label);
            } else if (label == "OPENSSH PRIVATE KEY" || label == "DSA PRIVATE KEY" || label == "DH PARAMETERS") {
                fail(origin,
                     Tr::tr("%1 is not a JOSE key type; convert it to PKCS#8 first").arg(QString::fromLatin1(label)));
            } else {
                fail(origin, Tr::tr("a PEM block labelled \"%1\" is not a key or a certificate")
                                 .arg(QString::fromLatin1(label.left(64))));
            }
        }
        if (blocks.isEmpty()) {
            fail(m_source, Tr::tr("no PEM block found"));
        }
    }

    void importPemCertificate(const PemBlock& block, const QString& origin)
    {
        BioPtr bio(BIO_new_mem_buf(block.text.constData(), static_cast<int>(block.text.size())));
        X509* x = block.label == "TRUSTED CERTIFICATE" ? PEM_read_bio_X509_AUX(bio.get(), nullptr, nullptr, nullptr)
                                                       : PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
        if (!x) {
            fail(origin, Tr::tr("the certificate could not be decoded (%1)").arg(takeOpenSslError()));
            return;
        }
        X509Ptr owned(x);
        m_certificates.append({Certificate::fromX509(x), origin});
    }

    void importDer(const QByteArray& der)
    {
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
        EvpPkeyPtr pkey;
        if (!encrypted) {
            pkey = decodeKey(data, inputType, nullptr, pemLabel);
            if (!pkey) {
                const QString reason = takeOpenSslError();
                fail(origin, Tr::tr("the key could not be decoded%1: the data is corrupt or truncated")
                                 .arg(reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason)));
                return;
            }
        } else {
            for (int attempt = 1;; ++attempt) {
                std::optional<SecureBytes> passphrase;
                if (m_passphrases) {
                    passphrase = m_passphrases->passphrase(origin, PassphraseProvider::Purpose::Decrypt, attempt);
                }
                if (!passphrase) {
                    if (attempt == 1) {
                        fail(origin, Tr::tr("the key is encrypted and no passphrase was given"), false, true);
                    } else {
                        fail(origin, Tr::tr("wrong passphrase: the key could not be decrypted"), true);
                    }
                    return;
                }
                pkey = decodeKey(data, inputType, &*passphrase, pemLabel);
                clearOpenSslErrors();
                if (pkey) {
                    break;
                }
            }
        }
        try {
            const JsonWebKey key = fromEvpPkey(pkey.get());
            if (const QString problem = keyAdmissionProblem(key); !problem.isEmpty()) {
                fail(origin, problem);
                return;
            }
            m_keys.append({key, origin});
        } catch (const JwkError& e) {
            fail(origin, e.message());
        }
    }

    // Certificates become keys with x5c: a chain is one key (leaf first); a private key in the same input
    // whose public part is the leaf's key takes the chain.
    void finish()
    {
        QList<bool> used(m_certificates.size(), false);
        QList<QList<int>> chains;
        // Leaves first: certificates that issued no other certificate of the input.
        auto issuedOther = [&](int i) {
            for (int j = 0; j < m_certificates.size(); ++j) {
                if (j != i && m_certificates[j].cert.isIssuedBy(m_certificates[i].cert)) {
                    return true;
                }
            }
            return false;
        };
        QList<int> order;
        for (int i = 0; i < m_certificates.size(); ++i) {
            if (!issuedOther(i)) {
                order << i;
            }
        }
        for (int i = 0; i < m_certificates.size(); ++i) {
            if (!order.contains(i)) {
                order << i;
            }
        }
        for (int leaf : order) {
            if (used[leaf]) {
                continue;
            }
            QList<int> chain{leaf};
            used[leaf] = true;
            for (int current = leaf;;) {
                if (m_certificates[current].cert.isSelfIssued()) {
                    break;
                }
                int next = -1;
                for (int j = 0; j < m_certificates.size() && next < 0; ++j) {
                    if (!used[j] && m_certificates[current].cert.isIssuedBy(m_certificates[j].cert)) {
                        next = j;
                    }
                }
                if (next < 0) {
                    break;
                }
                chain << next;
                used[next] = true;
                current = next;
            }
            chains << chain;
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
            for (auto& pending : m_keys) {
                if (pending.key.isPrivate() && pending.key.type() != KeyType::Oct &&
                    pending.key.certificateChain().isEmpty() && pending.key.thumbprint() == thumb) {
                    pending.key.setCertificateChain(der);
                    merged = true;
                    break;
                }
            }
            if (!merged) {
                leafKey.setCertificateChain(der);
                m_keys.append({leafKey, leaf.origin});
            }
        }
        for (auto& pending : m_keys) {
            m_result.keys.append({std::move(pending.key), pending.origin});
        }
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

ImportResult importFile(const QString& path, PassphraseProvider* passphrases)
{
    QFile file;
    QString name = path;
    if (path == QStringLiteral("-")) {
        name = Tr::tr("standard input");
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            ImportResult r;
            r.failures.append({name, Tr::tr("standard input could not be read")});
            return r;
        }
    } else {
        file.setFileName(path);
        const QFileInfo info(path);
        if (info.isDir()) {
            ImportResult r;
            r.failures.append({path, Tr::tr("is a folder, not a key file")});
            return r;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            ImportResult r;
            r.failures.append({path, Tr::tr("cannot be read: %1").arg(file.errorString())});
            return r;
        }
        if (file.size() > kMaxImportBytes) {
            ImportResult r;
            r.failures.append({path, Tr::tr("is %1 MiB; JWK Manager reads at most %2 MiB of key material")
                                         .arg(file.size() / (1024 * 1024))
                                         .arg(kMaxImportBytes / (1024 * 1024))});
            return r;
        }
    }
    QByteArray data = file.read(kMaxImportBytes + 1);
    ImportResult result = importKeys(data, name, passphrases);
    wipe(data);
    return result;
}

} // namespace jwk
