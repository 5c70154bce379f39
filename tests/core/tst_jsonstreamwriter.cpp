// keys/JsonStreamWriter, the JSON written value by value (jwkman-cli's `keys SET`, the pull report), against
// writeJsonValue of the whole document (what printJson prints): seeded random documents (nested objects and arrays,
// empty ones, escapes, non-ASCII, numbers, the members JsonWriter ranks first) streamed in both formats give the same
// bytes; a document far over the 64 KiB block reaches the sink in blocks, the same bytes once joined.

#include "keys/JsonStreamWriter.h"
#include "keys/JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>

using namespace jwk;

namespace {

QString randomString(QRandomGenerator& r)
{
    static const QStringList parts = {QStringLiteral("a"),  QStringLiteral("kid"),    QStringLiteral("x"),
                                      QStringLiteral("d"),  QStringLiteral("\""),     QStringLiteral("\\"),
                                      QStringLiteral("\n"), QStringLiteral("\u00e9"), QStringLiteral("\u2028"),
                                      QStringLiteral(" "),  QStringLiteral("kty"),    QStringLiteral("\x01")};
    QString s;
    for (int i = 0, n = static_cast<int>(r.bounded(4)); i < n; ++i) {
        s += parts[static_cast<qsizetype>(r.bounded(static_cast<quint32>(parts.size())))];
    }
    return s;
}

QJsonValue randomValue(QRandomGenerator& r, int depth)
{
    switch (r.bounded(depth > 0 ? 8 : 5)) {
    case 0:
        return QJsonValue();
    case 1:
        return r.bounded(2) == 1;
    case 2:
        return r.bounded(3) == 0 ? QJsonValue(r.generateDouble() * 1e6 - 5e5)
                                 : QJsonValue(static_cast<int>(r.bounded(2000)) - 1000);
    case 3:
    case 4:
        return randomString(r);
    case 5: {
        QJsonArray array;
        for (int i = 0, n = static_cast<int>(r.bounded(5)); i < n; ++i) {
            array.append(randomValue(r, depth - 1));
        }
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = 0, n = static_cast<int>(r.bounded(6)); i < n; ++i) {
            object.insert(randomString(r), randomValue(r, depth - 1));
        }
        return object;
    }
    }
}

// Streams `value` as a caller of JsonStreamWriter would: objects and arrays opened, entered and closed, members in
// the writer's order; a scalar, or (when `whole`) any value, handed over in one piece.
void stream(JsonStreamWriter& out, const QJsonValue& value, QRandomGenerator& r)
{
    if (value.isArray()) {
        out.beginArray();
        for (const QJsonValue& element : value.toArray()) {
            stream(out, element, r);
        }
        out.end();
    } else if (value.isObject() && r.bounded(4) != 0) {
        const QJsonObject object = value.toObject();
        QStringList names = object.keys();
        std::stable_sort(names.begin(), names.end(), memberBefore);
        out.beginObject();
        for (const QString& name : names) {
            out.member(name);
            stream(out, object.value(name), r);
        }
        out.end();
    } else if (r.bounded(2) == 0) {
        out.value(value);
    } else {
        out.valueWith(
            [&](SecureBytes& buffer, JsonFormat format, int indent) { writeJsonValue(buffer, value, format, indent); });
    }
}

QByteArray whole(const QJsonValue& value, JsonFormat format)
{
    SecureBytes out;
    writeJsonValue(out, value, format);
    return QByteArray(out.constChars(), static_cast<qsizetype>(out.size()));
}

} // namespace

class TestJsonStreamWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameBytesAsTheWholeDocument_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 40; ++seed) {
            QTest::addRow("seed %u", seed) << seed;
        }
    }

    void sameBytesAsTheWholeDocument()
    {
        QFETCH(quint32, seed);
        QRandomGenerator r(seed);
        for (int i = 0; i < 50; ++i) {
            const QJsonValue document = randomValue(r, 4);
            for (const JsonFormat format : {JsonFormat::Indented, JsonFormat::Compact}) {
                QByteArray streamed;
                JsonStreamWriter out(format, [&](const SecureBytes& block) {
                    streamed.append(block.constChars(), static_cast<qsizetype>(block.size()));
                });
                stream(out, document, r);
                out.finish("\n");
                QCOMPARE(streamed, whole(document, format) + '\n');
            }
        }
    }

    // A report of 20,000 changes (about 3 MB) reaches the sink in blocks of about 64 KiB as it is written, not as
    // one block at the end.
    void largeDocumentInBlocks()
    {
        QJsonArray changes;
        for (int i = 0; i < 20000; ++i) {
            changes.append(QJsonObject{{QStringLiteral("kid"), QStringLiteral("key-%1").arg(i)},
                                       {QStringLiteral("change"), QStringLiteral("added")},
                                       {QStringLiteral("remote_thumbprint"), QString(43, QLatin1Char('t'))}});
        }
        const QJsonObject report{{QStringLiteral("changes"), changes}, {QStringLiteral("set"), QStringLiteral("s")}};
        QList<qsizetype> blocks;
        QByteArray streamed;
        JsonStreamWriter out(JsonFormat::Indented, [&](const SecureBytes& block) {
            blocks << static_cast<qsizetype>(block.size());
            streamed.append(block.constChars(), static_cast<qsizetype>(block.size()));
        });
        out.beginObject();
        out.member(QStringLiteral("changes"));
        out.beginArray();
        for (qsizetype i = 0; i < changes.size(); ++i) {
            out.value(changes.at(i));
            if (i == changes.size() / 2) {
                // Half the changes written: all but the last block's worth of their text is with the sink.
                const qsizetype half =
                    whole(QJsonArray::fromVariantList(changes.toVariantList().mid(0, i + 1)), JsonFormat::Indented)
                        .size();
                QVERIFY2(streamed.size() > half - 65 * 1024, qPrintable(QString::number(streamed.size())));
            }
        }
        out.end();
        out.member(QStringLiteral("set"), QStringLiteral("s"));
        out.end();
        out.finish();
        QCOMPARE(streamed, whole(report, JsonFormat::Indented));
        QVERIFY2(blocks.size() > 30, qPrintable(QString::number(blocks.size())));
        for (qsizetype i = 0; i + 1 < blocks.size(); ++i) {
            QVERIFY(blocks[i] >= 64 * 1024 && blocks[i] < 65 * 1024);
        }
    }
};

QTEST_APPLESS_MAIN(TestJsonStreamWriter)
#include "tst_jsonstreamwriter.moc"
