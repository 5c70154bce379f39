#pragma once
// Published JWK Sets with exactly one problem each, for every finding code of the audit: made here from keys the test
// passes in (generated per run), shared by the core test (tst_jwksaudit) and the CLI test that serves each one from
// the fake Hydra (tst_cli_audit).

#include "keys/Certificate.h"
#include "keys/JsonWebKey.h"
#include "keys/KeyGenerator.h"
#include "keys/OpenSslKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace audittest {

using namespace jwk;

struct FindingCase
{
    QString name;
    QByteArray body;
    QString code;
    QString severity;
    QString kid;
};

inline JsonWebKey makeKey(const QString& alg, const QString& kid)
{
    GenerateOptions options;
    options.alg = alg;
    options.kid = kid;
    options.bits = alg.startsWith(u'R') || alg.startsWith(u'P') ? 2048 : 0;
    return generateKey(options);
}

inline QJsonObject pub(const JsonWebKey& key)
{
    return key.publicKey().publicMembers();
}

inline QJsonObject priv(const JsonWebKey& key)
{
    return QJsonDocument::fromJson(key.toJson(true, JsonFormat::Compact).view()).object();
}

inline QByteArray jwks(const QList<QJsonObject>& keys)
{
    QJsonArray array;
    for (const auto& k : keys) {
        array.append(k);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("keys"), array}}).toJson(QJsonDocument::Compact);
}

// A certificate for `key` signed by itself, valid from now for `days` days (negative: expired that long ago).
inline QString certificateFor(const JsonWebKey& key, int days)
{
    const EvpPkeyPtr pkey = toEvpPkey(key);
    const Certificate cert =
        Certificate::makeCertificate(pkey.get(), QStringLiteral("audit test"), {}, days, nullptr, pkey.get(), false);
    return QString::fromLatin1(cert.der().toBase64());
}

// m_es (ES256, kid es), m_rs (RS256 2048, kid rs), m_ed (EdDSA, kid ed), each with use sig.
inline QList<FindingCase> findingCases(const JsonWebKey& m_es, const JsonWebKey& m_rs, const JsonWebKey& m_ed)
{
    QList<FindingCase> cases;

    cases.append({QStringLiteral("private EC"), jwks({priv(m_es)}), QStringLiteral("private-material"),
                  QStringLiteral("error"), QStringLiteral("es")});
    cases.append({QStringLiteral("private RSA"), jwks({priv(m_rs)}), QStringLiteral("private-material"),
                  QStringLiteral("error"), QStringLiteral("rs")});
    cases.append({QStringLiteral("private OKP"), jwks({priv(m_ed)}), QStringLiteral("private-material"),
                  QStringLiteral("error"), QStringLiteral("ed")});
    QJsonObject oth = pub(m_rs);
    oth.insert(QStringLiteral("oth"), QJsonArray());
    cases.append({QStringLiteral("oth alone"), jwks({oth}), QStringLiteral("private-material"), QStringLiteral("error"),
                  QStringLiteral("rs")});
    QJsonObject oct{{QStringLiteral("kty"), QStringLiteral("oct")},
                    {QStringLiteral("kid"), QStringLiteral("hmac")},
                    {QStringLiteral("alg"), QStringLiteral("HS256")},
                    {QStringLiteral("use"), QStringLiteral("sig")},
                    {QStringLiteral("k"), QStringLiteral("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTMyYnl0ZXMh")}};
    cases.append({QStringLiteral("oct"), jwks({oct}), QStringLiteral("symmetric-key"), QStringLiteral("error"),
                  QStringLiteral("hmac")});
    cases.append({QStringLiteral("oct is also private material"), jwks({oct}), QStringLiteral("private-material"),
                  QStringLiteral("error"), QStringLiteral("hmac")});
    QJsonObject twin = pub(m_ed);
    twin.insert(QStringLiteral("kid"), QStringLiteral("es"));
    cases.append({QStringLiteral("duplicate kid"), jwks({pub(m_es), twin}), QStringLiteral("duplicate-kid"),
                  QStringLiteral("error"), QStringLiteral("es")});

    QJsonObject offCurve = pub(m_es);
    QByteArray y = QByteArray::fromBase64(offCurve.value(QStringLiteral("y")).toString().toLatin1(),
                                          QByteArray::Base64UrlEncoding);
    y[31] = char(y[31] ^ 1);
    offCurve.insert(QStringLiteral("y"),
                    QString::fromLatin1(y.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    cases.append({QStringLiteral("off curve"), jwks({offCurve}), QStringLiteral("invalid-key"), QStringLiteral("error"),
                  QStringLiteral("es")});
    QJsonObject smallOrder = pub(m_ed);
    // The neutral element of Ed25519 (y = 1): order 1, every signature with it verifies anything.
    smallOrder.insert(QStringLiteral("x"), QStringLiteral("AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
    cases.append({QStringLiteral("small order"), jwks({smallOrder}), QStringLiteral("invalid-key"),
                  QStringLiteral("error"), QStringLiteral("ed")});
    QJsonObject shortX = pub(m_es);
    shortX.insert(QStringLiteral("x"), QStringLiteral("AAAA"));
    cases.append({QStringLiteral("malformed member"), jwks({shortX}), QStringLiteral("invalid-key"),
                  QStringLiteral("error"), QStringLiteral("es")});
    cases.append({QStringLiteral("not an object"), QByteArray(R"({"keys":[42]})"), QStringLiteral("invalid-key"),
                  QStringLiteral("error"), QStringLiteral("")});

    // RSA 1024, made by OpenSSL directly (JWK Manager's generator refuses it).
    EVP_PKEY* small = EVP_RSA_gen(1024);
    Q_ASSERT(small);
    JsonWebKey weak = fromEvpPkey(small, false);
    EVP_PKEY_free(small);
    weak.setKid(QStringLiteral("weak"));
    weak.setAlg(QStringLiteral("RS256"));
    weak.setUse(QStringLiteral("sig"));
    cases.append({QStringLiteral("RSA 1024"), jwks({pub(weak)}), QStringLiteral("weak-key"), QStringLiteral("error"),
                  QStringLiteral("weak")});

    QJsonObject wrongAlg = pub(m_es);
    wrongAlg.insert(QStringLiteral("alg"), QStringLiteral("ES384"));
    cases.append({QStringLiteral("ES384 on P-256"), jwks({wrongAlg}), QStringLiteral("alg-mismatch"),
                  QStringLiteral("error"), QStringLiteral("es")});
    QJsonObject rsaOnEc = pub(m_es);
    rsaOnEc.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
    cases.append({QStringLiteral("RS256 on EC"), jwks({rsaOnEc}), QStringLiteral("alg-mismatch"),
                  QStringLiteral("error"), QStringLiteral("es")});
    QJsonObject noneAlg = pub(m_rs);
    noneAlg.insert(QStringLiteral("alg"), QStringLiteral("none"));
    cases.append({QStringLiteral("alg none"), jwks({noneAlg}), QStringLiteral("alg-mismatch"), QStringLiteral("error"),
                  QStringLiteral("rs")});

    QJsonObject otherCert = pub(m_es);
    otherCert.insert(QStringLiteral("x5c"),
                     QJsonArray{certificateFor(makeKey(QStringLiteral("ES256"), QStringLiteral("other")), 30)});
    cases.append({QStringLiteral("x5c of another key"), jwks({otherCert}), QStringLiteral("x5c-mismatch"),
                  QStringLiteral("error"), QStringLiteral("es")});
    QJsonObject badX5t = pub(m_es);
    badX5t.insert(QStringLiteral("x5c"), QJsonArray{certificateFor(m_es, 30)});
    badX5t.insert(QStringLiteral("x5t#S256"), QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
    cases.append({QStringLiteral("x5t#S256 of another certificate"), jwks({badX5t}), QStringLiteral("x5c-mismatch"),
                  QStringLiteral("error"), QStringLiteral("es")});
    QJsonObject expired = pub(m_es);
    expired.insert(QStringLiteral("x5c"), QJsonArray{certificateFor(m_es, -2)});
    cases.append({QStringLiteral("expired certificate"), jwks({expired}), QStringLiteral("expired-certificate"),
                  QStringLiteral("warning"), QStringLiteral("es")});

    QJsonObject noKid = pub(m_es);
    noKid.remove(QStringLiteral("kid"));
    cases.append({QStringLiteral("no kid"), jwks({noKid}), QStringLiteral("missing-kid"), QStringLiteral("warning"),
                  QStringLiteral("")});
    QJsonObject noAlg = pub(m_es);
    noAlg.remove(QStringLiteral("alg"));
    cases.append({QStringLiteral("no alg"), jwks({noAlg}), QStringLiteral("missing-alg"), QStringLiteral("warning"),
                  QStringLiteral("es")});
    QJsonObject noUse = pub(m_es);
    noUse.remove(QStringLiteral("use"));
    cases.append({QStringLiteral("no use"), jwks({noUse}), QStringLiteral("missing-use"), QStringLiteral("info"),
                  QStringLiteral("es")});
    return cases;
}

} // namespace audittest
