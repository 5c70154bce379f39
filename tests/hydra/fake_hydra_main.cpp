// fake-hydra: the test server on its own, for benchmarks and manual checks.
//   fake-hydra [--port N] [--sets N --keys M --rsa-bits B] [--jwks SET=FILE]...
// Prints the URL it serves, then runs until killed.

#include "FakeHydraServer.h"

#include "keys/KeyGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("port"), QStringLiteral("Port (0: any)."), QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("sets"), QStringLiteral("Sets to fill (bench-N)."), QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("keys"), QStringLiteral("Keys per set."), QStringLiteral("M"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("rsa-bits"), QStringLiteral("RSA size of generated keys."), QStringLiteral("B"),
                      QStringLiteral("2048")});
    parser.addOption({QStringLiteral("jwks"),
                      QStringLiteral("Serve the JWK Set in FILE (newest first) as key set SET (repeatable)."),
                      QStringLiteral("SET=FILE")});
    parser.process(app);
    jwk::test::FakeHydraServer server;
    const int bits = parser.value(QStringLiteral("rsa-bits")).toInt();
    const int keysPerSet = parser.value(QStringLiteral("keys")).toInt();
    // One pool of keys reused across sets (with distinct kids) keeps start-up short.
    QList<QJsonObject> pool;
    for (int i = 0; i < keysPerSet && parser.value(QStringLiteral("sets")).toInt() > 0; ++i) {
        jwk::GenerateOptions options;
        options.alg = QStringLiteral("RS256");
        options.bits = bits;
        const jwk::SecureBytes json = jwk::generateKey(options).toJson(true, jwk::JsonFormat::Compact);
        pool << QJsonDocument::fromJson(json.view()).object();
    }
    for (int s = 0; s < parser.value(QStringLiteral("sets")).toInt(); ++s) {
        QList<QJsonObject> keys;
        for (int k = 0; k < keysPerSet; ++k) {
            QJsonObject jwk = pool[k];
            jwk.insert(QStringLiteral("kid"), QStringLiteral("key-%1-%2").arg(s).arg(k));
            keys << jwk;
        }
        server.setKeys(QStringLiteral("bench-%1").arg(s), keys);
    }
    for (const QString& spec : parser.values(QStringLiteral("jwks"))) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        QFile file(spec.mid(eq + 1));
        if (eq <= 0 || !file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "fake-hydra: --jwks wants SET=FILE, a readable file: %s\n", qPrintable(spec));
            return 1;
        }
        const QJsonValue array = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("keys"));
        if (!array.isArray()) {
            std::fprintf(stderr, "fake-hydra: %s is not a JWK Set (no \"keys\" array)\n", qPrintable(file.fileName()));
            return 1;
        }
        QList<QJsonObject> keys;
        for (const QJsonValue& key : array.toArray()) {
            keys << key.toObject();
        }
        server.setKeys(spec.left(eq), keys);
    }
    if (!server.start(static_cast<quint16>(parser.value(QStringLiteral("port")).toUInt()))) {
        std::fprintf(stderr, "fake-hydra: cannot listen\n");
        return 1;
    }
    std::printf("%s\n", server.url().toString().toUtf8().constData());
    std::fflush(stdout);
    return app.exec();
}
