// keys/JsonTopLevel, the member-by-member reader a JWK Set is imported with, against QJsonDocument on the same text:
// seeded random objects (nested values, escapes, odd white space, "keys" as an array, a scalar or twice) and
// mutations of them (a character dropped, doubled or replaced, text cut short or added): the reader accepts exactly
// what QJsonDocument accepts as an object, with the same members and the same array elements, and when it refuses,
// QJsonDocument's offset and message. And JsonWebKeySet::fromJson of a text, which reads it with JsonTopLevel, against
// the same set read from one QJsonDocument of the whole text (the reader it replaced): the same keys, members and
// warnings, or the same error, on seeded sets of real and broken JWKs and mutations of them.

#include "keys/JsonStrict.h"
#include "keys/JsonTopLevel.h"
#include "keys/JsonWebKeySet.h"
#include "keys/JwkError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

using namespace jwk;

namespace {

QByteArray space(QRandomGenerator& r)
{
    static const char* kinds[] = {"", "", " ", "\n", "\t ", "\r\n  "};
    return kinds[r.bounded(6)];
}

QByteArray randomString(QRandomGenerator& r)
{
    static const char* parts[] = {"a",   "kid", "keys", "x", "\\\"", "\\\\", "\\u0061",
                                  "\\n", "é",   "{",    "]", ",",    ":",    " "};
    QByteArray s = "\"";
    for (int i = 0, n = static_cast<int>(r.bounded(5)); i < n; ++i) {
        s += parts[r.bounded(14)];
    }
    return s + "\"";
}

QByteArray randomValue(QRandomGenerator& r, int depth)
{
    switch (r.bounded(depth > 3 ? 4 : 6)) {
    case 0:
        return randomString(r);
    case 1:
        return QByteArray::number(static_cast<int>(r.bounded(2000)) - 1000) + (r.bounded(3) == 0 ? ".5e3" : "");
    case 2:
        return r.bounded(2) ? "true" : "null";
    case 3:
        return "false";
    case 4: {
        QByteArray a = "[" + space(r);
        for (int i = 0, n = static_cast<int>(r.bounded(4)); i < n; ++i) {
            a += (i ? "," + space(r) : QByteArray()) + randomValue(r, depth + 1) + space(r);
        }
        return a + "]";
    }
    default: {
        QByteArray o = "{" + space(r);
        for (int i = 0, n = static_cast<int>(r.bounded(4)); i < n; ++i) {
            o += (i ? "," + space(r) : QByteArray()) + randomString(r) + space(r) + ":" + space(r) +
                 randomValue(r, depth + 1) + space(r);
        }
        return o + "}";
    }
    }
}

QByteArray randomSet(QRandomGenerator& r)
{
    QByteArray o = space(r) + "{" + space(r);
    const int members = static_cast<int>(r.bounded(5));
    for (int i = 0; i < members; ++i) {
        QByteArray name;
        QByteArray value;
        if (r.bounded(2) == 0) {
            name = r.bounded(4) ? "\"keys\"" : "\"k\\u0065ys\"";
            if (r.bounded(5)) {
                value = "[" + space(r);
                for (int k = 0, n = static_cast<int>(r.bounded(5)); k < n; ++k) {
                    value += (k ? "," + space(r) : QByteArray()) + randomValue(r, 1) + space(r);
                }
                value += "]";
            } else {
                value = randomValue(r, 1);
            }
        } else {
            name = randomString(r);
            value = randomValue(r, 1);
        }
        o += (i ? "," + space(r) : QByteArray()) + name + space(r) + ":" + space(r) + value + space(r);
    }
    return o + "}" + space(r);
}

QByteArray mutate(QByteArray text, QRandomGenerator& r)
{
    if (text.isEmpty()) {
        return text;
    }
    const auto at = static_cast<qsizetype>(r.bounded(static_cast<quint32>(text.size())));
    static const char replacements[] = "{}[],:\" \\0a-e";
    switch (r.bounded(5)) {
    case 0:
        return text.remove(at, 1);
    case 1:
        return text.insert(at, text.at(at));
    case 2:
        text[at] = replacements[r.bounded(static_cast<quint32>(sizeof replacements - 1))];
        return text;
    case 3:
        return text.left(at);
    default:
        return text + (r.bounded(2) ? "}" : " x");
    }
}

// JWKs a set may hold: valid ones of each type (RFC 7517 A.1 and A.3, RFC 8037 A.2), one of a type not understood
// (skipped with a warning), broken ones (a member missing, a point off the curve, a number where a string belongs).
QByteArray randomJwk(QRandomGenerator& r)
{
    static const char* jwks[] = {
        R"({"kty":"EC","crv":"P-256","x":"MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4",)"
        R"("y":"4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM","use":"enc","kid":"1"})",
        R"({"kty":"oct","alg":"A128KW","k":"GawgguFyGrWKav7AX4VKUg"})",
        R"({"kty":"oct","k":"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow",)"
        R"("kid":"HMAC key used in JWS spec Appendix A.1 example"})",
        R"({"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","kid":"ed"})",
        R"({"kty":"unknown-kty","kid":"later"})",
        R"({"kty":"EC","crv":"P-256","x":"MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4"})",
        R"({"kty":"EC","crv":"P-256","x":"MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4",)"
        R"("y":"4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyQ"})",
        R"({"kty":"oct","k":17})",
        R"({"kty":"oct","k":"GawgguFyGrWKav7AX4VKUg","kid":"1"})",
    };
    return jwks[r.bounded(static_cast<quint32>(std::size(jwks)))];
}

QByteArray randomJwkSet(QRandomGenerator& r)
{
    QByteArray keys = "[";
    for (int k = 0, n = static_cast<int>(r.bounded(5)); k < n; ++k) {
        keys += (k ? "," + space(r) : QByteArray()) + (r.bounded(6) ? randomJwk(r) : randomValue(r, 1));
    }
    keys += "]";
    QList<QByteArray> members;
    if (r.bounded(8)) {
        members << "\"keys\":" + space(r) + (r.bounded(10) ? keys : randomValue(r, 1));
    }
    for (int i = 0, n = static_cast<int>(r.bounded(3)); i < n; ++i) {
        members.insert(static_cast<qsizetype>(r.bounded(static_cast<quint32>(members.size() + 1))),
                       randomString(r) + ":" + space(r) + randomValue(r, 1));
    }
    return space(r) + "{" + members.join(",") + "}" + space(r);
}

// What JsonWebKeySet::fromJson(QByteArray) said before it read with JsonTopLevel: the whole text as one document.
JsonWebKeySet setFromWholeDocument(const QByteArray& json)
{
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        throw JwkError(QStringLiteral("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    }
    if (const QString name = findDuplicateMember(json); !name.isNull()) {
        throw JwkError(QStringLiteral("member \"%1\" occurs twice in one object: a JWK must name each member once")
                           .arg(name.left(64)));
    }
    if (!doc.isObject()) {
        throw JwkError(QStringLiteral("a JWK Set must be a JSON object with a \"keys\" array"));
    }
    return JsonWebKeySet::fromJson(doc.object());
}

// A set's whole reading as text: every key with its private members, the other members, the warnings; or the error.
QString outcome(const std::function<JsonWebKeySet()>& read)
{
    try {
        const JsonWebKeySet set = read();
        QString text = QString::fromUtf8(set.toJson(true, JsonFormat::Compact).view());
        return text + QStringLiteral(" | ") + set.warnings().join(QStringLiteral(" / "));
    } catch (const JwkError& e) {
        return QStringLiteral("error %1: %2").arg(static_cast<int>(e.kind())).arg(e.message());
    }
}

} // namespace

class TestJsonTopLevel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsQJsonDocument_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 4; ++seed) {
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
        }
    }

    void sameAsQJsonDocument()
    {
        QFETCH(quint32, seed);
        QRandomGenerator r(seed);
        int accepted = 0;
        int refused = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray text = randomSet(r);
            if (round % 2) {
                text = mutate(text, r);
            }
            QJsonParseError expectedError{};
            const QJsonDocument doc = QJsonDocument::fromJson(text, &expectedError);
            const bool expected = expectedError.error == QJsonParseError::NoError && doc.isObject();
            JsonTopLevel top;
            QJsonParseError error{};
            bool ok = top.read(text, QStringLiteral("keys"), &error);
            QJsonArray elements;
            for (qsizetype i = 0; ok && i < top.arraySize(); ++i) {
                QJsonValue value;
                ok = top.arrayElement(i, &value, &error);
                elements.append(value);
            }
            const QByteArray context = "round " + QByteArray::number(round) + ": " + text.left(300);
            QVERIFY2(ok == expected, context.constData());
            if (!ok) {
                if (expectedError.error != QJsonParseError::NoError) {
                    QCOMPARE(error.error, expectedError.error);
                    QCOMPARE(error.offset, expectedError.offset);
                }
                ++refused;
                continue;
            }
            ++accepted;
            QJsonObject all = top.members();
            if (top.hasArray()) {
                all.insert(QStringLiteral("keys"), elements);
            }
            QVERIFY2(all == doc.object(), context.constData());
            QCOMPARE(top.hasArray(), doc.object().value(QStringLiteral("keys")).isArray());
        }
        QVERIFY(accepted > 500);
        QVERIFY(refused > 500);
    }

    void jwkSetSameAsWholeDocument_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 3; ++seed) {
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
        }
    }

    void jwkSetSameAsWholeDocument()
    {
        QFETCH(quint32, seed);
        QRandomGenerator r(seed);
        int sets = 0;
        int errors = 0;
        for (int round = 0; round < 2000; ++round) {
            QByteArray text = randomJwkSet(r);
            if (round % 3 == 2) {
                text = mutate(text, r);
            }
            const QString expected = outcome([&] { return setFromWholeDocument(text); });
            const QString actual = outcome([&] { return JsonWebKeySet::fromJson(text); });
            QVERIFY2(actual == expected,
                     qPrintable(QStringLiteral("round %1: %2\n  expected %3\n  actual   %4")
                                    .arg(round)
                                    .arg(QString::fromUtf8(text.left(400)), expected.left(400), actual.left(400))));
            (expected.startsWith(QStringLiteral("error ")) ? errors : sets) += 1;
        }
        // Both outcomes are common, so that neither path is compared on a handful of texts only.
        QVERIFY2(sets > 300, qPrintable(QString::number(sets)));
        QVERIFY2(errors > 300, qPrintable(QString::number(errors)));
    }

    void deepNestingInAKeyIsQJsonDocumentsToRefuse()
    {
        const QByteArray deep = "{\"keys\": [" + QByteArray(100000, '[') + QByteArray(100000, ']') + "]}";
        QJsonParseError expectedError{};
        QJsonDocument::fromJson(deep, &expectedError);
        JsonTopLevel top;
        QJsonParseError error{};
        bool ok = top.read(deep, QStringLiteral("keys"), &error);
        QJsonValue value;
        ok = ok && top.arrayElement(0, &value, &error);
        QCOMPARE(ok, expectedError.error == QJsonParseError::NoError);
    }
};

QTEST_GUILESS_MAIN(TestJsonTopLevel)
#include "tst_jsontoplevel.moc"
