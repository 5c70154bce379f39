// The use cases both front ends call (core/usecases/, and RemoteSync's rotation step chooser), with a temporary
// store: an export's bytes, its warning when a public JWK Set leaves oct keys out and the audit of the private keys
// it wrote; one audit entry per private disclosure, with its reason; a generated key into a set; Hydra's default
// sets when they exist or one is in the trash; the next rotation step for every rotation state; and the pull and
// push plans (sets on neither side, invalid server keys, kept private keys, the signer a push makes) against the
// fake Hydra.

#include "FakeHydraServer.h"
#include "keys/JsonWebKeySet.h"
#include "keys/JwkError.h"
#include "keys/KeyGenerator.h"
#include "remote/HydraAdminClient.h"
#include "remote/RemoteSync.h"
#include "store/KeyStore.h"
#include "store/StoreError.h"
#include "store/SystemSecret.h"
#include "usecases/HydraDefaults.h"
#include "usecases/KeyDisclosure.h"
#include "usecases/KeyExport.h"
#include "usecases/KeyGeneration.h"
#include "usecases/RemotePlans.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace jwk;
using jwk::test::FakeHydraServer;

namespace {

const QByteArray kSecret = "use-case-test-secret-0123456789abcdef";

JsonWebKey makeKey(const QString& alg, const QString& kid)
{
    GenerateOptions options;
    options.alg = alg;
    options.kid = kid;
    return generateKey(options);
}

QJsonObject toObject(const JsonWebKey& key, bool includePrivate = true)
{
    return QJsonDocument::fromJson(key.toJson(includePrivate, JsonFormat::Compact).view()).object();
}

QByteArray bytesOf(const SecureBytes& bytes)
{
    return QByteArray(bytes.constChars(), static_cast<qsizetype>(bytes.size()));
}

QStringList kidsOf(const JsonWebKeySet& set)
{
    QStringList kids;
    for (qsizetype i = 0; i < set.size(); ++i) {
        kids << set.keys().at(i).kid();
    }
    return kids;
}

// The audit entries of one action, oldest first, as "set/kid: detail".
QStringList audited(const KeyStore& store, const QString& action)
{
    QStringList entries;
    for (const auto& e : store.audit().entries()) {
        if (e.action == action) {
            entries.prepend(QStringLiteral("%1/%2: %3").arg(e.setName, e.kid, e.detail));
        }
    }
    return entries;
}

} // namespace

Q_DECLARE_METATYPE(jwk::Disclosure)
Q_DECLARE_METATYPE(std::optional<jwk::RotationState>)
Q_DECLARE_METATYPE(jwk::RotationStep)

class TestUseCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void exportPublicSetWarnsOnOctKeys();
    void exportPublicOfOctKeysOnly();
    void exportPrivateSetAuditsItsPrivateKeys();
    void exportOneKey();
    void exportCompactJson();
    void discloseKeyWritesOneAuditEntry_data();
    void discloseKeyWritesOneAuditEntry();
    void discloseNothingPrivate();
    void generateIntoSet();
    void hydraDefaultsPresentOrTrashed();
    void nextRotationStep_data();
    void nextRotationStep();
    void nextRotationStepFromTheStore();
    void pullPlan();
    void pushKeyPlan();

private:
    QTemporaryDir* m_dir = nullptr;
    std::unique_ptr<KeyStore> m_store;
    JsonWebKey m_rsa, m_ec, m_ecPublic, m_hmac, m_aes;
};

void TestUseCases::initTestCase()
{
    qputenv("JWKMAN_SECRET_BACKEND", "file");
    qunsetenv("SECRETS_SYSTEM");
    qunsetenv("JWKMAN_STORE");
    m_rsa = makeKey(QStringLiteral("RS256"), QStringLiteral("rsa"));
    m_ec = makeKey(QStringLiteral("ES256"), QStringLiteral("ec"));
    m_ecPublic = makeKey(QStringLiteral("ES256"), QStringLiteral("ec-public")).publicKey();
    m_hmac = makeKey(QStringLiteral("HS256"), QStringLiteral("hmac"));
    m_aes = makeKey(QStringLiteral("A128KW"), QStringLiteral("aes"));
}

void TestUseCases::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_store =
        KeyStore::open(m_dir->filePath(QStringLiteral("jwkman.sqlite")), SystemSecret::fromEnvironmentValue(kSecret));
    // Newest first: hmac, rsa, ec-public, aes, ec.
    const AddKeysResult added = m_store->addKeys(QStringLiteral("mixed"), {m_hmac, m_rsa, m_ecPublic, m_aes, m_ec});
    QCOMPARE(added.added.size(), 5);
}

void TestUseCases::cleanup()
{
    m_store.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestUseCases::exportPublicSetWarnsOnOctKeys()
{
    // The whole set, as jwkman-cli export writes it.
    const ExportResult whole =
        exportKeys(*m_store, KeySelection::wholeSet(QStringLiteral("mixed")), KeyFormat::JwksPublic);
    QCOMPARE(whole.warnings, QStringList{QStringLiteral("2 oct key(s) left out: symmetric keys have no public form")});
    QVERIFY(whole.privateKeys.isEmpty());
    QVERIFY(bytesOf(whole.bytes).endsWith("}\n"));
    const JsonWebKeySet set = JsonWebKeySet::fromJson(bytesOf(whole.bytes));
    QCOMPARE(kidsOf(set), (QStringList{QStringLiteral("rsa"), QStringLiteral("ec-public"), QStringLiteral("ec")}));
    QVERIFY(!set.hasPrivateKeys());

    // The same keys picked one by one, as the desktop exports a selection: the same warning, not a silent drop.
    const QList<KeyRef> picked = {{QStringLiteral("mixed"), QStringLiteral("aes")},
                                  {QStringLiteral("mixed"), QStringLiteral("ec")},
                                  {QStringLiteral("mixed"), QStringLiteral("hmac")},
                                  {QStringLiteral("mixed"), QStringLiteral("rsa")}};
    const ExportResult some = exportKeys(*m_store, KeySelection::of(picked), KeyFormat::JwksPublic);
    QCOMPARE(some.warnings, QStringList{QStringLiteral("2 oct key(s) left out: symmetric keys have no public form")});
    QCOMPARE(kidsOf(JsonWebKeySet::fromJson(bytesOf(some.bytes))),
             (QStringList{QStringLiteral("ec"), QStringLiteral("rsa")})); // in the order picked
    QVERIFY(some.privateKeys.isEmpty());

    // One oct key: the count says so.
    const ExportResult one = exportKeys(*m_store,
                                        KeySelection::of({{QStringLiteral("mixed"), QStringLiteral("hmac")},
                                                          {QStringLiteral("mixed"), QStringLiteral("ec")}}),
                                        KeyFormat::JwksPublic);
    QCOMPARE(one.warnings, QStringList{QStringLiteral("1 oct key(s) left out: symmetric keys have no public form")});

    // Without oct keys there is nothing to warn about, and a private set leaves none out.
    const ExportResult none = exportKeys(*m_store, KeySelection::of({{QStringLiteral("mixed"), QStringLiteral("rsa")}}),
                                         KeyFormat::JwksPublic);
    QVERIFY(none.warnings.isEmpty());
    const ExportResult withPrivate =
        exportKeys(*m_store, KeySelection::wholeSet(QStringLiteral("mixed")), KeyFormat::JwksPrivate);
    QVERIFY(withPrivate.warnings.isEmpty());
    QCOMPARE(JsonWebKeySet::fromJson(bytesOf(withPrivate.bytes)).size(), 5);
    // Nothing was audited by exporting alone: only recordExport() does, once the bytes are written.
    QVERIFY(audited(*m_store, QStringLiteral("exported-private")).isEmpty());
}

void TestUseCases::exportPublicOfOctKeysOnly()
{
    // Picked keys that are all oct: there is nothing to write, and the person is told why.
    const KeySelection octs = KeySelection::of(
        {{QStringLiteral("mixed"), QStringLiteral("hmac")}, {QStringLiteral("mixed"), QStringLiteral("aes")}});
    try {
        exportKeys(*m_store, octs, KeyFormat::JwksPublic);
        QFAIL("exported a public JWK Set of oct keys only");
    } catch (const JwkError& e) {
        QCOMPARE(e.message(), QStringLiteral("none of these keys has a public form (symmetric keys have none)"));
    }
    // A whole set of oct keys is exported as it is (an empty public set), with the warning: a script publishing a
    // set's JWKS gets a valid document.
    m_store->addKeys(QStringLiteral("octs"), {m_hmac, m_aes});
    const ExportResult whole =
        exportKeys(*m_store, KeySelection::wholeSet(QStringLiteral("octs")), KeyFormat::JwksPublic);
    QCOMPARE(whole.warnings, QStringList{QStringLiteral("2 oct key(s) left out: symmetric keys have no public form")});
    QCOMPARE(JsonWebKeySet::fromJson(bytesOf(whole.bytes)).size(), 0);
    // An empty set: an empty JWK Set and no warning.
    m_store->createKeySet(QStringLiteral("empty"));
    const ExportResult empty =
        exportKeys(*m_store, KeySelection::wholeSet(QStringLiteral("empty")), KeyFormat::JwksPublic);
    QVERIFY(empty.warnings.isEmpty());
    QCOMPARE(JsonWebKeySet::fromJson(bytesOf(empty.bytes)).size(), 0);
    // A set that does not exist is the store's error.
    QVERIFY_THROWS_EXCEPTION(
        StoreError, exportKeys(*m_store, KeySelection::wholeSet(QStringLiteral("nosuch")), KeyFormat::JwksPublic));
}

void TestUseCases::exportPrivateSetAuditsItsPrivateKeys()
{
    const ExportResult result =
        exportKeys(*m_store, KeySelection::wholeSet(QStringLiteral("mixed")), KeyFormat::JwksPrivate);
    // Every key with private material, newest first; ec-public has none, so it is not "exported private".
    const QList<KeyRef> expected = {{QStringLiteral("mixed"), QStringLiteral("hmac")},
                                    {QStringLiteral("mixed"), QStringLiteral("rsa")},
                                    {QStringLiteral("mixed"), QStringLiteral("aes")},
                                    {QStringLiteral("mixed"), QStringLiteral("ec")}};
    QCOMPARE(result.privateKeys, expected);
    const JsonWebKeySet set = JsonWebKeySet::fromJson(bytesOf(result.bytes));
    QCOMPARE(set.size(), 5);
    QVERIFY(set.hasPrivateKeys());

    recordExport(*m_store, result, QStringLiteral("/tmp/keys.jwks"));
    QCOMPARE(audited(*m_store, QStringLiteral("exported-private")),
             (QStringList{QStringLiteral("mixed/hmac: jwks to /tmp/keys.jwks"),
                          QStringLiteral("mixed/rsa: jwks to /tmp/keys.jwks"),
                          QStringLiteral("mixed/aes: jwks to /tmp/keys.jwks"),
                          QStringLiteral("mixed/ec: jwks to /tmp/keys.jwks")}));
    // Standard output, as the CLI names it.
    const ExportResult picked = exportKeys(*m_store,
                                           KeySelection::of({{QStringLiteral("mixed"), QStringLiteral("ec-public")},
                                                             {QStringLiteral("mixed"), QStringLiteral("rsa")}}),
                                           KeyFormat::JwksPrivate);
    QCOMPARE(picked.privateKeys, (QList<KeyRef>{{QStringLiteral("mixed"), QStringLiteral("rsa")}}));
    recordExport(*m_store, picked, QStringLiteral("standard output"));
    const QStringList entries = audited(*m_store, QStringLiteral("exported-private"));
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.last(), QStringLiteral("mixed/rsa: jwks to standard output"));
    // A public export records nothing.
    recordExport(*m_store, exportKeys(*m_store, KeySelection::wholeSet(QStringLiteral("mixed")), KeyFormat::JwksPublic),
                 QStringLiteral("/tmp/public.jwks"));
    QCOMPARE(audited(*m_store, QStringLiteral("exported-private")).size(), 5);
}

void TestUseCases::exportOneKey()
{
    const KeyRef rsa{QStringLiteral("mixed"), QStringLiteral("rsa")};
    const KeyRef ecPublic{QStringLiteral("mixed"), QStringLiteral("ec-public")};
    // Several keys go only into a JWK Set.
    try {
        exportKeys(*m_store, KeySelection::of({rsa, ecPublic}), KeyFormat::SpkiPem);
        QFAIL("exported two keys as one PEM");
    } catch (const JwkError& e) {
        QCOMPARE(e.message(), QStringLiteral("several keys can only be exported as a JWK Set"));
    }
    QVERIFY_THROWS_EXCEPTION(JwkError,
                             exportKeys(*m_store, KeySelection::wholeSet(QStringLiteral("mixed")), KeyFormat::SpkiPem));

    const ExportResult spki = exportKeys(*m_store, KeySelection::of({rsa}), KeyFormat::SpkiPem);
    QVERIFY(bytesOf(spki.bytes).startsWith("-----BEGIN PUBLIC KEY-----"));
    QVERIFY(spki.privateKeys.isEmpty());
    QVERIFY(spki.warnings.isEmpty());

    const ExportResult pkcs8 = exportKeys(*m_store, KeySelection::of({rsa}), KeyFormat::Pkcs8Pem);
    QVERIFY(bytesOf(pkcs8.bytes).startsWith("-----BEGIN PRIVATE KEY-----"));
    QCOMPARE(pkcs8.privateKeys, QList<KeyRef>{rsa});
    recordExport(*m_store, pkcs8, QStringLiteral("/tmp/rsa.pem"));
    QCOMPARE(audited(*m_store, QStringLiteral("exported-private")),
             QStringList{QStringLiteral("mixed/rsa: pkcs8-pem to /tmp/rsa.pem")});

    // A one-key set takes a one-key form too.
    m_store->addKeys(QStringLiteral("single"), {m_ec});
    const ExportResult single =
        exportKeys(*m_store, KeySelection::wholeSet(QStringLiteral("single")), KeyFormat::JwkPublic);
    QCOMPARE(JsonWebKey::fromJson(bytesOf(single.bytes)).thumbprint(), m_ec.thumbprint());

    // The key's own limits: a public key has no PKCS#8, an oct key no PEM.
    QVERIFY_THROWS_EXCEPTION(JwkError, exportKeys(*m_store, KeySelection::of({ecPublic}), KeyFormat::Pkcs8Pem));
    QVERIFY_THROWS_EXCEPTION(JwkError,
                             exportKeys(*m_store, KeySelection::of({{QStringLiteral("mixed"), QStringLiteral("hmac")}}),
                                        KeyFormat::SpkiPem));
    // Encrypted PKCS#8 without anyone to give a passphrase: cancelled, nothing to audit.
    try {
        exportKeys(*m_store, KeySelection::of({rsa}), KeyFormat::EncryptedPkcs8Pem);
        QFAIL("encrypted without a passphrase");
    } catch (const JwkError& e) {
        QCOMPARE(e.kind(), JwkError::Kind::Cancelled);
    }
}

void TestUseCases::exportCompactJson()
{
    ExportOptions options;
    options.json = JsonFormat::Compact;
    const ExportResult compact =
        exportKeys(*m_store, KeySelection::wholeSet(QStringLiteral("mixed")), KeyFormat::JwksPublic, options);
    QCOMPARE(bytesOf(compact.bytes).count('\n'), 1);
    QVERIFY(bytesOf(compact.bytes).endsWith("]}\n"));
    const ExportResult indented =
        exportKeys(*m_store, KeySelection::wholeSet(QStringLiteral("mixed")), KeyFormat::JwksPublic);
    QVERIFY(bytesOf(indented.bytes).count('\n') > 10);
    QCOMPARE(JsonWebKeySet::fromJson(bytesOf(compact.bytes)).toJson(false, JsonFormat::Compact).view(),
             JsonWebKeySet::fromJson(bytesOf(indented.bytes)).toJson(false, JsonFormat::Compact).view());
}

void TestUseCases::discloseKeyWritesOneAuditEntry_data()
{
    QTest::addColumn<Disclosure>("how");
    QTest::addColumn<QString>("action");
    QTest::newRow("shown") << Disclosure::Shown << QStringLiteral("shown-private");
    QTest::newRow("copied") << Disclosure::Copied << QStringLiteral("copied-private");
    QTest::newRow("exported") << Disclosure::Exported << QStringLiteral("exported-private");
}

void TestUseCases::discloseKeyWritesOneAuditEntry()
{
    QFETCH(Disclosure, how);
    QFETCH(QString, action);
    const int before = static_cast<int>(m_store->audit().entries().size());
    const DisclosedKey disclosed =
        discloseKey(*m_store, {QStringLiteral("mixed"), QStringLiteral("ec")}, how, QStringLiteral("the reason"));
    QVERIFY(disclosed.auditProblem.isEmpty());
    QVERIFY(disclosed.key.isPrivate());
    QVERIFY(disclosed.key.sameKeyAs(m_ec));
    const QList<AuditEntry> log = m_store->audit().entries();
    QCOMPARE(log.size(), before + 1);      // exactly one entry
    const AuditEntry& entry = log.first(); // newest first
    QCOMPARE(entry.action, action);
    QCOMPARE(entry.setName, QStringLiteral("mixed"));
    QCOMPARE(entry.kid, QStringLiteral("ec"));
    QCOMPARE(entry.detail, QStringLiteral("the reason"));
    // Never the material.
    const QString d = toObject(m_ec).value(QStringLiteral("d")).toString();
    for (const auto& e : log) {
        QVERIFY(!e.detail.contains(d));
    }

    // recordDisclosure alone: one entry more, the same action.
    recordDisclosure(*m_store, how, {QStringLiteral("mixed"), QStringLiteral("rsa")}, QStringLiteral("again"));
    QCOMPARE(m_store->audit().entries().size(), before + 2);
    QCOMPARE(m_store->audit().entries().first().action, action);
    QCOMPARE(m_store->audit().entries().first().kid, QStringLiteral("rsa"));
}

void TestUseCases::discloseNothingPrivate()
{
    const int before = static_cast<int>(m_store->audit().entries().size());
    // A public key has nothing private to disclose: returned, not recorded.
    const DisclosedKey publicOnly = discloseKey(*m_store, {QStringLiteral("mixed"), QStringLiteral("ec-public")},
                                                Disclosure::Shown, QStringLiteral("x"));
    QVERIFY(!publicOnly.key.isPrivate());
    QVERIFY(publicOnly.auditProblem.isEmpty());
    QCOMPARE(m_store->audit().entries().size(), before);
    // A key that is not there: the store's error, and nothing recorded.
    QVERIFY_THROWS_EXCEPTION(StoreError, discloseKey(*m_store, {QStringLiteral("mixed"), QStringLiteral("nosuch")},
                                                     Disclosure::Copied, QStringLiteral("x")));
    QCOMPARE(m_store->audit().entries().size(), before);
}

void TestUseCases::generateIntoSet()
{
    GenerateOptions options;
    options.alg = QStringLiteral("ES384");
    options.kid = QStringLiteral("generated");
    const JsonWebKey key = jwk::generateIntoSet(*m_store, QStringLiteral("new-set"), options);
    QCOMPARE(key.kid(), QStringLiteral("generated"));
    QVERIFY(key.isPrivate());
    QVERIFY(m_store->keySet(QStringLiteral("new-set"))); // made when missing
    QVERIFY(m_store->loadKey(QStringLiteral("new-set"), QStringLiteral("generated")).sameKeyAs(key));
    QCOMPARE(m_store->signingKid(QStringLiteral("new-set")), QStringLiteral("generated"));
    QCOMPARE(audited(*m_store, QStringLiteral("generated")), QStringList{QStringLiteral("new-set/generated: ")});

    // The same kid again (a different key): refused with the store's reason, nothing added.
    try {
        jwk::generateIntoSet(*m_store, QStringLiteral("new-set"), options);
        QFAIL("stored a second key under the same kid");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::Conflict);
        QVERIFY2(e.message().startsWith(QStringLiteral("generated")), qPrintable(e.message()));
    }
    // The same key again: skipped, so not stored either.
    QVERIFY_THROWS_EXCEPTION(StoreError, addGeneratedKey(*m_store, QStringLiteral("new-set"), key));
    QCOMPARE(m_store->keys(QStringLiteral("new-set")).size(), 1);
    QCOMPARE(audited(*m_store, QStringLiteral("generated")).size(), 1);

    // Options that do not fit the algorithm: the generator's error, and no set is made.
    GenerateOptions bad;
    bad.alg = QStringLiteral("RS256");
    bad.bits = 1024;
    QVERIFY_THROWS_EXCEPTION(JwkError, jwk::generateIntoSet(*m_store, QStringLiteral("never"), bad));
    QVERIFY(!m_store->keySet(QStringLiteral("never")));

    // A key with a kid the store picks (the thumbprint) comes back under that kid.
    GenerateOptions thumbprinted;
    thumbprinted.alg = QStringLiteral("EdDSA");
    const JsonWebKey ed = jwk::generateIntoSet(*m_store, QStringLiteral("new-set"), thumbprinted);
    QCOMPARE(ed.kid(), ed.thumbprint());
    QVERIFY(m_store->keyInfo(QStringLiteral("new-set"), ed.kid()));
}

void TestUseCases::hydraDefaultsPresentOrTrashed()
{
    // Every Hydra set holds a key already: nothing is generated (RSA 4096 would take seconds), all are present.
    for (const auto& name : HydraDefaults::setNames()) {
        m_store->addKeys(name, {makeKey(QStringLiteral("ES256"), name + QStringLiteral("-key"))});
    }
    int progressCalls = 0;
    const auto progress = [&](int, int, const QString&) { ++progressCalls; };
    const HydraDefaultsResult present = HydraDefaults::create(*m_store, progress);
    QVERIFY(present.created.isEmpty());
    QCOMPARE(present.alreadyPresent, HydraDefaults::setNames());
    QCOMPARE(progressCalls, 0);

    // One of them in the trash: refused before any key is made.
    m_store->trash().deleteSet(QStringLiteral("hydra.https-tls"));
    try {
        HydraDefaults::create(*m_store, progress);
        QFAIL("made Hydra's sets with one in the trash");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::Conflict);
        QVERIFY(e.message().contains(QStringLiteral("hydra.https-tls")));
    }
    QCOMPARE(progressCalls, 0);
    QVERIFY(!m_store->keySet(QStringLiteral("hydra.https-tls")));
}

void TestUseCases::nextRotationStep_data()
{
    QTest::addColumn<std::optional<RotationState>>("staged");
    QTest::addColumn<RotationStep>("next");
    RotationState state{QStringLiteral("r"),
                        QStringLiteral("s"),
                        QStringLiteral("new"),
                        QStringLiteral("old"),
                        RotationState::Step::Published,
                        QDateTime::currentDateTimeUtc()};
    QTest::newRow("none staged") << std::optional<RotationState>() << RotationStep::Publish;
    QTest::newRow("published") << std::optional<RotationState>(state) << RotationStep::Activate;
    state.step = RotationState::Step::Activated;
    QTest::newRow("activated") << std::optional<RotationState>(state) << RotationStep::Retire;
    state.step = RotationState::Step::Retired;
    QTest::newRow("retired") << std::optional<RotationState>(state) << RotationStep::Publish;
    state.oldKid.clear();
    state.step = RotationState::Step::Activated;
    QTest::newRow("activated, no old key") << std::optional<RotationState>(state) << RotationStep::Retire;
}

void TestUseCases::nextRotationStep()
{
    QFETCH(std::optional<RotationState>, staged);
    QFETCH(RotationStep, next);
    QCOMPARE(RemoteSync::nextRotationStep(staged), next);
    // The names the CLI's --step takes, both ways.
    QCOMPARE(rotationStepFromName(rotationStepName(next)), std::optional<RotationStep>(next));
}

void TestUseCases::nextRotationStepFromTheStore()
{
    QCOMPARE(rotationStepName(RotationStep::Publish), QStringLiteral("publish"));
    QCOMPARE(rotationStepName(RotationStep::Activate), QStringLiteral("activate"));
    QCOMPARE(rotationStepName(RotationStep::Retire), QStringLiteral("retire"));
    QVERIFY(!rotationStepFromName(QStringLiteral("Publish")));
    QVERIFY(!rotationStepFromName(QString()));

    RemoteProfile profile;
    profile.name = QStringLiteral("r");
    profile.adminUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    HydraAdminClient client(profile);
    RemoteSync sync(client, *m_store, profile.name);
    QCOMPARE(sync.nextRotationStep(QStringLiteral("mixed")), RotationStep::Publish);
    m_store->rotations().save({QStringLiteral("r"), QStringLiteral("mixed"), QStringLiteral("rsa"),
                               QStringLiteral("ec"), RotationState::Step::Published, QDateTime::currentDateTimeUtc()});
    QCOMPARE(sync.nextRotationStep(QStringLiteral("mixed")), RotationStep::Activate);
    // Another remote's rotation of the same set is its own.
    RemoteSync other(client, *m_store, QStringLiteral("other"));
    QCOMPARE(other.nextRotationStep(QStringLiteral("mixed")), RotationStep::Publish);
    m_store->rotations().save({QStringLiteral("r"), QStringLiteral("mixed"), QStringLiteral("rsa"),
                               QStringLiteral("ec"), RotationState::Step::Activated, QDateTime::currentDateTimeUtc()});
    QCOMPARE(sync.nextRotationStep(QStringLiteral("mixed")), RotationStep::Retire);
    m_store->rotations().clear(QStringLiteral("r"), QStringLiteral("mixed"));
    QCOMPARE(sync.nextRotationStep(QStringLiteral("mixed")), RotationStep::Publish);
}

void TestUseCases::pullPlan()
{
    FakeHydraServer server;
    QVERIFY(server.start() != 0);
    RemoteProfile profile;
    profile.name = QStringLiteral("fake");
    profile.adminUrl = server.url();
    HydraAdminClient client(profile);
    RemoteSync sync(client, *m_store, profile.name);

    // "same": identical on both sides. "kept": private here, public only there (a staged rotation's state).
    // "changed": the server has another key, and one it must skip (off the curve). "remote-only" is not here yet.
    // "local-only" is not on the server; "nowhere" is on neither side.
    m_store->addKeys(QStringLiteral("same"), {m_rsa});
    server.setKeys(QStringLiteral("same"), {toObject(m_rsa)});
    m_store->addKeys(QStringLiteral("kept"), {m_ec});
    server.setKeys(QStringLiteral("kept"), {toObject(m_ec, false)});
    m_store->addKeys(QStringLiteral("changed"), {m_rsa});
    QJsonObject offCurve = toObject(makeKey(QStringLiteral("ES256"), QStringLiteral("off-curve")));
    QByteArray y = QByteArray::fromBase64(offCurve.value(QStringLiteral("y")).toString().toLatin1(),
                                          QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    y[y.size() - 1] = char(y[y.size() - 1] ^ 0x01);
    offCurve.insert(QStringLiteral("y"),
                    QString::fromLatin1(y.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    server.setKeys(QStringLiteral("changed"), {offCurve, toObject(m_ec)});
    server.setKeys(QStringLiteral("remote-only"), {toObject(m_ec)});
    m_store->addKeys(QStringLiteral("local-only"), {m_ec});

    const QStringList sets = {QStringLiteral("same"),        QStringLiteral("kept"),       QStringLiteral("changed"),
                              QStringLiteral("remote-only"), QStringLiteral("local-only"), QStringLiteral("nowhere")};
    const PullPlan plan = planPull(sync, sets);
    QCOMPARE(plan.diffs.size(), sets.size());
    for (int i = 0; i < sets.size(); ++i) {
        QCOMPARE(plan.diffs[i].setName, sets[i]);
    }
    QCOMPARE(plan.nowhere, QStringList{QStringLiteral("nowhere")});
    // "kept" counts: the signers differ (here the private key signs, there no key can).
    QCOMPARE(plan.changedSets,
             (QStringList{QStringLiteral("kept"), QStringLiteral("changed"), QStringLiteral("remote-only")}));
    QCOMPARE(plan.warnings.size(), 2);
    // In the order of the sets: kept comes before changed.
    QCOMPARE(plan.warnings[0], QStringLiteral("kept/ec: kept local private key (the remote has only its public part)"));
    QVERIFY2(
        plan.warnings[1].startsWith(QStringLiteral("changed: skipped an invalid key from the server: off-curve: ")),
        qPrintable(plan.warnings[1]));
    QCOMPARE(pullWarnings(plan.diffs), plan.warnings);
    QVERIFY(pullWarnings({}).isEmpty());
}

void TestUseCases::pushKeyPlan()
{
    const PushKeyPlan privateKey = planPushKey(*m_store, QStringLiteral("mixed"), QStringLiteral("rsa"));
    QCOMPARE(privateKey.setName, QStringLiteral("mixed"));
    QVERIFY(privateKey.key.sameKeyAs(m_rsa));
    QVERIFY(privateKey.becomesSigner);
    QVERIFY(privateKey.warnings.isEmpty());

    const PushKeyPlan publicKey = planPushKey(*m_store, QStringLiteral("mixed"), QStringLiteral("ec-public"));
    QVERIFY(!publicKey.becomesSigner);

    // An oct key into a set Hydra signs with: the upload warnings, as both front ends show them.
    m_store->addKeys(QStringLiteral("hydra.jwt.access-token"), {m_hmac});
    const PushKeyPlan oct = planPushKey(*m_store, QStringLiteral("hydra.jwt.access-token"), QStringLiteral("hmac"));
    QVERIFY(oct.becomesSigner);
    QCOMPARE(oct.warnings, uploadWarnings(QStringLiteral("hydra.jwt.access-token"), m_hmac));
    QVERIFY(!oct.warnings.isEmpty());

    QVERIFY_THROWS_EXCEPTION(StoreError, planPushKey(*m_store, QStringLiteral("mixed"), QStringLiteral("nosuch")));
}

QTEST_GUILESS_MAIN(TestUseCases)
#include "tst_usecases.moc"
