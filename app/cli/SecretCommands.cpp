// jwkman-cli commands on the store's system secret: rotate-secret, secret-location.

#include "CliContext.h"
#include "Commands.h"
#include "store/KeyStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace jwk::cli {

int runRotateSecret(const QCommandLineParser& p)
{
    positionalArguments(p, QStringLiteral("rotate-secret"), 0, 0);
    const auto store = openStore(p);
    const RotationResult r = store->rotateSecret();
    QJsonObject o{{QStringLiteral("reencrypted"), r.reencrypted},
                  {QStringLiteral("already_current"), r.alreadyCurrent},
                  {QStringLiteral("undecryptable"), QJsonArray::fromStringList(r.undecryptable)}};
    printJson(o, p);
    if (!r.undecryptable.isEmpty()) {
        warn(QStringLiteral("%1 key(s) could not be decrypted with any configured secret and were left as they were: "
                            "%2")
                 .arg(r.undecryptable.size())
                 .arg(r.undecryptable.join(QStringLiteral(", "))));
    }
    return Ok;
}

void secretLocationOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("show-secret"), QStringLiteral("Print the secret (for a backup).")});
}

int runSecretLocation(const QCommandLineParser& p)
{
    positionalArguments(p, QStringLiteral("secret-location"), 0, 0);
    const auto store = openStore(p);
    QString out = QStringLiteral("store:  %1\nsecret: %2\n").arg(store->path(), store->secret().locationDescription());
    writeOut(out);
    if (p.isSet(QStringLiteral("show-secret"))) {
        std::fputs("jwkman-cli: printing the system secret for backup; keep it as safe as the keys it protects\n",
                   stderr);
        SecureBytes secret;
        secret.append(store->secret().secrets().first());
        secret.append('\n');
        writeOut(secret);
    }
    return Ok;
}

} // namespace jwk::cli
