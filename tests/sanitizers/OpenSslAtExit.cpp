// Linked into every Qt Test executable (jwkman_add_test), as jwkman-cli's main() does it: no OpenSSL cleanup at
// exit. Qt's HTTP thread (QNetworkAccessManager) is detached and frees its OpenSSL thread state when it has ended,
// which can be after main() returns; OpenSSL's atexit cleanup racing with that loses the state, and LeakSanitizer
// reported it in tst_hydraclient now and then. Before main(), so before anything uses OpenSSL.

#include <QtGlobal>

#include <openssl/crypto.h>

namespace {

void noOpenSslCleanupAtExit()
{
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
}

} // namespace

Q_CONSTRUCTOR_FUNCTION(noOpenSslCleanupAtExit)
