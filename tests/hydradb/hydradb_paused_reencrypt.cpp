// The writer of tst_cli_hydradb's SIGKILL test: hydra-db reencrypt's use case (HydraDatabase::reencrypt) on the DSN
// given, with SECRETS_SYSTEM from the environment, that prints "paused" after rewriting its second row (inside the
// transaction, nothing committed) and then waits to be killed.
//   hydradb_paused_reencrypt DSN BACKUP_FOLDER

#include "hydradb/HydraDbError.h"
#include "usecases/HydraDatabase.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fputs("usage: hydradb_paused_reencrypt DSN BACKUP_FOLDER\n", stderr);
        return 64;
    }
    try {
        const jwk::HydraDsn dsn = jwk::HydraDsn::parse(QString::fromLocal8Bit(argv[1]));
        jwk::HydraDatabase::reencrypt(dsn, jwk::HydraDatabase::secretFromEnvironment(), std::nullopt,
                                      QString::fromLocal8Bit(argv[2]), [](int done, int) {
                                          if (done == 2) {
                                              std::fputs("paused\n", stdout);
                                              std::fflush(stdout);
                                              QThread::sleep(600);
                                          }
                                      });
    } catch (const jwk::HydraDbError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    std::fputs("committed\n", stdout); // never reached when killed
    return 0;
}
