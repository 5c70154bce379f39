// store_writer: a helper of the store tests. Opens the store at STORE (secret from SECRETS_SYSTEM, or the
// store's secret file) and adds the keys of the JWK Set in JWKS_FILE to SET in ONE addKeys call (one
// transaction), or with --each in one call per key. It prints "adding N" just before the first call, so that
// a test can time a SIGKILL from there, and "added N" when done. `store_writer STORE --rotate` re-encrypts the store
// under the first secret of SECRETS_SYSTEM instead (rotateSecret), printing "adding" before and "rotated N" after.
// `store_writer STORE SET FILE... --import` imports the files as jwkman-cli import does (importIntoSet: a JWK Set a
// chunk of keys at a time, each file kept whole or not at all, all in one transaction).
//
// Exit status: 0 done, 2 a store error (wrong secret, conflict...), 3 busy (another process held the store
// for longer than the busy timeout), 1 anything else. The message is on standard error.

#include "keys/JsonWebKeySet.h"
#include "keys/JwkError.h"
#include "store/KeyStore.h"
#include "usecases/KeyImport.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool each = args.removeAll(QStringLiteral("--each")) > 0;
    // --hold: after "added", wait (to be killed) with the store still open, so the committed pages stay in the
    // -wal: closing would checkpoint them into the database file.
    const bool hold = args.removeAll(QStringLiteral("--hold")) > 0;
    if (args.size() == 2 && args[1] == QStringLiteral("--rotate")) {
        try {
            auto store = jwk::KeyStore::open(args[0]);
            std::printf("adding\n");
            std::fflush(stdout);
            const jwk::RotationResult result = store->rotateSecret();
            std::printf("rotated %d\n", result.reencrypted);
            std::fflush(stdout);
            return 0;
        } catch (const std::exception& e) {
            std::fprintf(stderr, "store_writer: %s\n", e.what());
            return 2;
        }
    }
    if (args.removeAll(QStringLiteral("--import")) > 0 && args.size() >= 3) {
        try {
            auto store = jwk::KeyStore::open(args[0]);
            jwk::KeyImportRequest request;
            request.setName = args[1];
            for (const QString& file : args.mid(2)) {
                request.sources << jwk::ImportSource{file, {}, {}};
            }
            std::printf("adding\n");
            std::fflush(stdout);
            const jwk::KeyImportOutcome outcome = jwk::importIntoSet(*store, request);
            std::printf("added %d\n", static_cast<int>(outcome.added.added.size()));
            std::fflush(stdout);
            return 0;
        } catch (const std::exception& e) {
            std::fprintf(stderr, "store_writer: %s\n", e.what());
            return 2;
        }
    }
    if (args.size() != 3) {
        std::fputs("usage: store_writer STORE SET JWKS_FILE [--each] [--hold] | store_writer STORE --rotate\n", stderr);
        return 64;
    }
    try {
        QFile file(args[2]);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "store_writer: cannot read %s\n", qPrintable(args[2]));
            return 1;
        }
        const jwk::JsonWebKeySet set = jwk::JsonWebKeySet::fromJson(file.readAll());
        auto store = jwk::KeyStore::open(args[0]);
        std::printf("adding %d\n", static_cast<int>(set.size()));
        std::fflush(stdout);
        qsizetype added = 0;
        if (each) {
            for (const auto& key : set.keys()) {
                added += store->addKeys(args[1], {key}).added.size();
            }
        } else {
            added = store->addKeys(args[1], set.keys()).added.size();
        }
        std::printf("added %d\n", static_cast<int>(added));
        std::fflush(stdout);
        if (hold) {
            QThread::sleep(120);
        }
        return 0;
    } catch (const jwk::StoreError& e) {
        std::fprintf(stderr, "store_writer: %s\n", e.what());
        return e.kind() == jwk::StoreError::Kind::Busy ? 3 : 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "store_writer: %s\n", e.what());
        return 1;
    }
}
