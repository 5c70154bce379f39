// jwkman-bench: in-process micro-benchmarks of jwkcore, per key, next to OpenSSL's own in-process calls.
//
//   generate     jwk::generateKey()  vs  EVP_PKEY_Q_keygen() (RAND_priv_bytes() for oct): "OpenSSL's own"
//   thumbprint   JsonWebKey::thumbprint() (SHA-256) of a parsed key
//   jwk-parse    JsonWebKey::fromJson() of the private JWK text
//   jwk->pkcs8   exportKey(parsed private JWK, Pkcs8Pem)   vs  PEM_write_bio_PKCS8PrivateKey() of an EVP_PKEY
//   jwk->spki    exportKey(parsed public JWK, SpkiPem)     vs  PEM_write_bio_PUBKEY() of an EVP_PKEY
//   pkcs8->jwk   importKeys(PKCS#8 PEM)                    vs  PEM_read_bio_PrivateKey()
//   spki->jwk    importKeys(SPKI PEM)                      vs  PEM_read_bio_PUBKEY()
//   evp->jwk     fromEvpPkey() alone; jwk->evp(-public) toEvpPkey() alone, with its key checks (breakdown rows)
//
// The OpenSSL rows of the conversions are context (what the format step alone costs); the JWK side has no
// OpenSSL equivalent. Each pair is measured interleaved (A batch, B batch, A batch ...) so that machine noise
// hits both alike. RSA generation is timed one key per batch with a time budget per size.
//
// Output: a table, or with --tsv one line per measurement:
//   op <TAB> key <TAB> impl <TAB> us_per_op <TAB> iterations <TAB> relative_standard_error
// --keys-dir DIR also writes the keys used (NAME.jwk, NAME.pem, NAME.pub.pem) for the reference benchmarks.

#include "keys/JsonWebKey.h"
#include "keys/JwkError.h"
#include "keys/KeyFormats.h"
#include "keys/KeyGenerator.h"
#include "keys/KeyImporter.h"
#include "keys/OpenSslKey.h"
#include "keys/OpenSslPtr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Stat
{
    double usPerOp = 0;
    long iterations = 0;
    double rse = 0; // relative standard error of the mean, from per-batch values
};

struct Sampler
{
    std::vector<double> perOp; // µs per op of each batch
    std::vector<long> sizes;
    double totalUs = 0;
    long ops = 0;

    void add(long k, double us)
    {
        perOp.push_back(us / static_cast<double>(k));
        sizes.push_back(k);
        totalUs += us;
        ops += k;
    }
    Stat stat() const
    {
        Stat s;
        s.iterations = ops;
        s.usPerOp = ops ? totalUs / static_cast<double>(ops) : 0;
        const auto n = static_cast<double>(perOp.size());
        if (perOp.size() > 1) {
            double mean = 0;
            for (double v : perOp) {
                mean += v;
            }
            mean /= n;
            double var = 0;
            for (double v : perOp) {
                var += (v - mean) * (v - mean);
            }
            var /= (n - 1);
            s.rse = std::sqrt(var / n) / mean;
        }
        return s;
    }
};

using Op = std::function<void()>;

double timeBatch(const Op& op, long k)
{
    const auto start = Clock::now();
    for (long i = 0; i < k; ++i) {
        op();
    }
    return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

// A batch size that takes about targetUs (at least 1). The calibration runs double as warm-up.
long calibrate(const Op& op, double targetUs)
{
    long k = 1;
    for (;;) {
        const double t = timeBatch(op, k);
        if (t >= targetUs / 8 || k >= (1L << 22)) {
            return std::max(1L, static_cast<long>(static_cast<double>(k) * targetUs / std::max(t, 1.0)));
        }
        k *= 4;
    }
}

struct Budget
{
    double seconds;
    int minRounds;
};

// Runs the ops in alternating batches until the budget is spent and each has had minRounds batches.
std::vector<Stat> interleaved(const std::vector<Op>& ops, Budget budget, double batchUs = 20000)
{
    std::vector<long> batch;
    for (const auto& op : ops) {
        batch.push_back(calibrate(op, batchUs));
    }
    std::vector<Sampler> samplers(ops.size());
    const auto start = Clock::now();
    for (int round = 0;; ++round) {
        const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
        if (round >= budget.minRounds && elapsed >= budget.seconds) {
            break;
        }
        for (std::size_t i = 0; i < ops.size(); ++i) {
            // Alternate which goes first, so neither always runs right after the other.
            const std::size_t j = (round % 2) ? ops.size() - 1 - i : i;
            samplers[j].add(batch[j], timeBatch(ops[j], batch[j]));
        }
    }
    std::vector<Stat> stats;
    for (const auto& s : samplers) {
        stats.push_back(s.stat());
    }
    return stats;
}

struct Row
{
    std::string op, key, impl;
    Stat stat;
};

std::vector<Row> g_rows;
bool g_tsv = false;

void report(const std::string& op, const std::string& key, const std::string& impl, const Stat& s)
{
    g_rows.push_back({op, key, impl, s});
    if (g_tsv) {
        std::printf("%s\t%s\t%s\t%.3f\t%ld\t%.4f\n", op.c_str(), key.c_str(), impl.c_str(), s.usPerOp, s.iterations,
                    s.rse);
    } else {
        std::printf("%-12s %-10s %-34s %12.2f µs/op  n=%-8ld ±%.1f%%\n", op.c_str(), key.c_str(), impl.c_str(),
                    s.usPerOp, s.iterations, 100 * s.rse);
    }
    std::fflush(stdout);
}

struct KeySpec
{
    std::string name; // "rsa2048", "p256" ...
    QString alg;
    int bits;
    QString curve;
    const char* osslType; // EVP_PKEY_Q_keygen type; nullptr for oct
    const char* osslCurve;
};

const std::vector<KeySpec>& specs()
{
    static const std::vector<KeySpec> list = {
        {"rsa2048", QStringLiteral("RS256"), 2048, {}, "RSA", nullptr},
        {"rsa3072", QStringLiteral("RS256"), 3072, {}, "RSA", nullptr},
        {"rsa4096", QStringLiteral("RS256"), 4096, {}, "RSA", nullptr},
        {"p256", QStringLiteral("ES256"), 0, {}, "EC", "P-256"},
        {"p384", QStringLiteral("ES384"), 0, {}, "EC", "P-384"},
        {"p521", QStringLiteral("ES512"), 0, {}, "EC", "P-521"},
        {"ed25519", QStringLiteral("EdDSA"), 0, QStringLiteral("Ed25519"), "ED25519", nullptr},
        {"ed448", QStringLiteral("EdDSA"), 0, QStringLiteral("Ed448"), "ED448", nullptr},
        {"x25519", QStringLiteral("ECDH-ES"), 0, QStringLiteral("X25519"), "X25519", nullptr},
        {"x448", QStringLiteral("ECDH-ES"), 0, QStringLiteral("X448"), "X448", nullptr},
        {"oct", QStringLiteral("HS256"), 0, {}, nullptr, nullptr},
    };
    return list;
}

jwk::GenerateOptions optionsFor(const KeySpec& spec)
{
    jwk::GenerateOptions options;
    options.alg = spec.alg;
    options.bits = spec.bits;
    options.curve = spec.curve;
    return options;
}

EVP_PKEY* opensslKeygen(const KeySpec& spec)
{
    if (std::string(spec.osslType) == "RSA") {
        return EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(spec.bits));
    }
    if (spec.osslCurve) {
        return EVP_PKEY_Q_keygen(nullptr, nullptr, spec.osslType, spec.osslCurve);
    }
    return EVP_PKEY_Q_keygen(nullptr, nullptr, spec.osslType);
}

[[noreturn]] void die(const std::string& what)
{
    std::fprintf(stderr, "jwkman-bench: %s\n", what.c_str());
    std::exit(1);
}

std::string bioText(BIO* bio)
{
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return std::string(data, static_cast<std::size_t>(n));
}

// Generation: jwkman generateKey vs EVP_PKEY_Q_keygen, interleaved.
void benchGenerate(const KeySpec& spec, double scale, bool quick)
{
    const jwk::GenerateOptions options = optionsFor(spec);
    const Op ours = [&] { (void)jwk::generateKey(options); };
    Op theirs;
    std::string reference;
    if (spec.osslType) {
        theirs = [&] {
            EVP_PKEY* k = opensslKeygen(spec);
            if (!k) {
                die("EVP_PKEY_Q_keygen failed for " + spec.name);
            }
            EVP_PKEY_free(k);
        };
        reference = "OpenSSL EVP_PKEY_Q_keygen";
    } else {
        theirs = [] {
            unsigned char k[32];
            if (RAND_priv_bytes(k, sizeof k) != 1) {
                die("RAND_priv_bytes failed");
            }
            OPENSSL_cleanse(k, sizeof k);
        };
        reference = "OpenSSL RAND_priv_bytes(32)";
    }
    Budget budget{1.0 * scale, quick ? 3 : 10};
    if (spec.bits == 2048) {
        budget = {24.0 * scale, quick ? 3 : 20};
    } else if (spec.bits == 3072) {
        budget = {30.0 * scale, quick ? 2 : 10};
    } else if (spec.bits == 4096) {
        budget = {40.0 * scale, quick ? 2 : 6}; // about 1 s a key: bounded by the budget
    }
    // EC and OKP: OpenSSL's generation with a context kept from key to key, as generateKey keeps its own; the JWK
    // and kid work alone is the difference to it (context: the target is against EVP_PKEY_Q_keygen).
    jwk::EvpPkeyCtxPtr kept;
    if (spec.osslType && std::string(spec.osslType) != "RSA") {
        kept.reset(EVP_PKEY_CTX_new_from_name(nullptr, spec.osslType, nullptr));
        if (!kept || EVP_PKEY_keygen_init(kept.get()) != 1 ||
            (spec.osslCurve && EVP_PKEY_CTX_set_group_name(kept.get(), spec.osslCurve) != 1)) {
            die("no key generation context for " + spec.name);
        }
    }
    const Op keptGenerate = [&] {
        EVP_PKEY* k = nullptr;
        if (EVP_PKEY_generate(kept.get(), &k) != 1) {
            die("EVP_PKEY_generate failed for " + spec.name);
        }
        EVP_PKEY_free(k);
    };
    // RSA: one key per batch (batchUs 1 makes calibrate return 1), so the spread of prime search shows in rse.
    const auto stats = kept ? interleaved({ours, theirs, keptGenerate}, budget, 20000.0)
                            : interleaved({ours, theirs}, budget, spec.bits ? 1.0 : 20000.0);
    report("generate", spec.name, "jwkman generateKey", stats[0]);
    report("generate", spec.name, reference, stats[1]);
    if (kept) {
        report("generate", spec.name, "kept context: OpenSSL EVP_PKEY_generate", stats[2]);
    }
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
        die("cannot write " + path.toStdString());
    }
}

// Thumbprint and conversions of one key.
void benchConvert(const KeySpec& spec, double scale, bool quick, const QString& keysDir)
{
    const jwk::JsonWebKey key = jwk::generateKey(optionsFor(spec));
    const Budget budget{0.6 * scale, quick ? 3 : 10};
    const jwk::SecureBytes jwkText = key.toJson(true, jwk::JsonFormat::Compact);
    const QByteArray jwkBytes = jwkText.view();

    {
        const auto s = interleaved({[&] { (void)key.thumbprint(); }}, budget);
        report("thumbprint", spec.name, "jwkman JsonWebKey::thumbprint", s[0]);
    }
    {
        const auto s = interleaved({[&] { (void)jwk::JsonWebKey::fromJson(jwkBytes); }}, budget);
        report("jwk-parse", spec.name, "jwkman JsonWebKey::fromJson", s[0]);
    }
    if (!keysDir.isEmpty()) {
        writeFile(QDir(keysDir).filePath(QString::fromStdString(spec.name) + QStringLiteral(".jwk")), jwkBytes);
    }
    if (!key.hasPublicForm()) {
        return;
    }

    const jwk::JsonWebKey publicKey = key.publicKey();
    const jwk::SecureBytes pkcs8 = jwk::exportKey(key, jwk::KeyFormat::Pkcs8Pem);
    const jwk::SecureBytes spki = jwk::exportKey(publicKey, jwk::KeyFormat::SpkiPem);
    const QByteArray pkcs8Bytes = pkcs8.view();
    const QByteArray spkiBytes = spki.view();
    if (!keysDir.isEmpty()) {
        writeFile(QDir(keysDir).filePath(QString::fromStdString(spec.name) + QStringLiteral(".pem")), pkcs8Bytes);
        writeFile(QDir(keysDir).filePath(QString::fromStdString(spec.name) + QStringLiteral(".pub.pem")), spkiBytes);
    }
    const jwk::EvpPkeyPtr pkey = jwk::toEvpPkey(key);
    const jwk::EvpPkeyPtr pubkey = jwk::toEvpPkey(publicKey);

    {
        // EVP_PKEY -> JWK: what generateKey() adds to OpenSSL's keygen (with the thumbprint for the kid).
        const auto s = interleaved({[&] { (void)jwk::fromEvpPkey(pkey.get()); }}, budget);
        report("evp->jwk", spec.name, "jwkman fromEvpPkey", s[0]);
    }
    {
        // JWK -> EVP_PKEY with the key checks: what every export and every import of a private key runs.
        const auto s = interleaved({[&] { (void)jwk::toEvpPkey(key); }}, budget);
        report("jwk->evp", spec.name, "jwkman toEvpPkey (private)", s[0]);
        const auto p = interleaved({[&] { (void)jwk::toEvpPkey(publicKey); }}, budget);
        report("jwk->evp-public", spec.name, "jwkman toEvpPkey (public)", p[0]);
    }

    // Sanity: what the benchmark converts is what OpenSSL writes.
    {
        BIO* bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PKCS8PrivateKey(bio, pkey.get(), nullptr, nullptr, 0, nullptr, nullptr);
        if (bioText(bio) != pkcs8Bytes.toStdString()) {
            die("jwkman's PKCS#8 of " + spec.name + " differs from OpenSSL's");
        }
        BIO_free(bio);
    }

    {
        const auto s =
            interleaved({[&] { (void)jwk::exportKey(key, jwk::KeyFormat::Pkcs8Pem); },
                         [&] {
                             BIO* bio = BIO_new(BIO_s_mem());
                             PEM_write_bio_PKCS8PrivateKey(bio, pkey.get(), nullptr, nullptr, 0, nullptr, nullptr);
                             BIO_free(bio);
                         }},
                        budget);
        report("jwk->pkcs8", spec.name, "jwkman exportKey(Pkcs8Pem)", s[0]);
        report("jwk->pkcs8", spec.name, "OpenSSL PEM_write_bio_PKCS8PrivateKey", s[1]);
    }
    {
        const auto s = interleaved({[&] { (void)jwk::exportKey(publicKey, jwk::KeyFormat::SpkiPem); },
                                    [&] {
                                        BIO* bio = BIO_new(BIO_s_mem());
                                        PEM_write_bio_PUBKEY(bio, pubkey.get());
                                        BIO_free(bio);
                                    }},
                                   budget);
        report("jwk->spki", spec.name, "jwkman exportKey(SpkiPem)", s[0]);
        report("jwk->spki", spec.name, "OpenSSL PEM_write_bio_PUBKEY", s[1]);
    }
    const QString source = QStringLiteral("bench");
    {
        const jwk::ImportResult check = jwk::importKeys(pkcs8Bytes, source);
        if (!check.ok() || check.keys.size() != 1 || !check.keys.first().key.sameKeyAs(key)) {
            die("importKeys does not read back the PKCS#8 of " + spec.name);
        }
        const auto s =
            interleaved({[&] { (void)jwk::importKeys(pkcs8Bytes, source); },
                         [&] {
                             BIO* bio = BIO_new_mem_buf(pkcs8Bytes.constData(), static_cast<int>(pkcs8Bytes.size()));
                             EVP_PKEY* k = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
                             if (!k) {
                                 die("PEM_read_bio_PrivateKey failed");
                             }
                             EVP_PKEY_free(k);
                             BIO_free(bio);
                         }},
                        budget);
        report("pkcs8->jwk", spec.name, "jwkman importKeys", s[0]);
        report("pkcs8->jwk", spec.name, "OpenSSL PEM_read_bio_PrivateKey", s[1]);
    }
    {
        const jwk::ImportResult check = jwk::importKeys(spkiBytes, source);
        if (!check.ok() || check.keys.size() != 1 || !check.keys.first().key.sameKeyAs(publicKey)) {
            die("importKeys does not read back the SPKI of " + spec.name);
        }
        const auto s = interleaved({[&] { (void)jwk::importKeys(spkiBytes, source); },
                                    [&] {
                                        BIO* bio =
                                            BIO_new_mem_buf(spkiBytes.constData(), static_cast<int>(spkiBytes.size()));
                                        EVP_PKEY* k = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
                                        if (!k) {
                                            die("PEM_read_bio_PUBKEY failed");
                                        }
                                        EVP_PKEY_free(k);
                                        BIO_free(bio);
                                    }},
                                   budget);
        report("spki->jwk", spec.name, "jwkman importKeys", s[0]);
        report("spki->jwk", spec.name, "OpenSSL PEM_read_bio_PUBKEY", s[1]);
    }
}

void usage(int code)
{
    std::fprintf(code ? stderr : stdout,
                 "Usage: jwkman-bench [--tsv] [--quick] [--scale F] [--only generate|convert] [--keys-dir DIR] "
                 "[KEY...]\n"
                 "Keys: rsa2048 rsa3072 rsa4096 p256 p384 p521 ed25519 ed448 x25519 x448 oct (default: all).\n"
                 "--scale multiplies every time budget (RSA generation: 24/30/40 s per size); --quick divides "
                 "them by 10.\n");
    std::exit(code);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    double scale = 1.0;
    bool quick = false;
    QString only;
    QString keysDir;
    std::vector<std::string> wanted;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                usage(64);
            }
            return argv[++i];
        };
        if (a == "--tsv") {
            g_tsv = true;
        } else if (a == "--quick") {
            quick = true;
        } else if (a == "--scale") {
            scale = std::atof(value().c_str());
            if (scale <= 0) {
                usage(64);
            }
        } else if (a == "--only") {
            only = QString::fromStdString(value());
        } else if (a == "--keys-dir") {
            keysDir = QString::fromStdString(value());
        } else if (a == "-h" || a == "--help") {
            usage(0);
        } else if (!a.empty() && a[0] == '-') {
            usage(64);
        } else {
            wanted.push_back(a);
        }
    }
    if (quick) {
        scale /= 10;
    }
    if (!keysDir.isEmpty() && !QDir().mkpath(keysDir)) {
        die("cannot create " + keysDir.toStdString());
    }
    for (const auto& w : wanted) {
        if (std::none_of(specs().begin(), specs().end(), [&](const KeySpec& s) { return s.name == w; })) {
            die("unknown key \"" + w + "\"");
        }
    }
    auto selected = [&](const KeySpec& s) {
        return wanted.empty() || std::find(wanted.begin(), wanted.end(), s.name) != wanted.end();
    };
    try {
        if (only.isEmpty() || only == QStringLiteral("convert")) {
            for (const auto& spec : specs()) {
                if (selected(spec) && spec.bits != 3072) { // RSA 2048 and 4096 stand for RSA conversions
                    benchConvert(spec, scale, quick, keysDir);
                }
            }
        }
        if (only.isEmpty() || only == QStringLiteral("generate")) {
            for (const auto& spec : specs()) {
                if (selected(spec)) {
                    benchGenerate(spec, scale, quick);
                }
            }
        }
    } catch (const jwk::JwkError& e) {
        die(e.message().toStdString());
    }
    return 0;
}
