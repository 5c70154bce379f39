#include "StoreOpener.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "Settings.h"
#include "TrContexts.h"
#include "dialogs/TeamStoreDialog.h"
#include "store/ServerLocation.h"
#include "store/SystemSecret.h"
#include "store/TeamStoreCredentials.h"
#include "usecases/TeamStoreOpening.h"

namespace jwk {
namespace {

QString explanation(StoreError::Kind kind)
{
    switch (kind) {
    case StoreError::Kind::WrongSecret:
    case StoreError::Kind::BadSecret:
        return StoreOpenerTr::tr("The system secret does not open this store. Start JWK Manager with the "
                                 "secret the store was made with (SECRETS_SYSTEM), or choose another store.");
    case StoreError::Kind::Busy:
        return StoreOpenerTr::tr("Another program is using the store. Try again when it is done.");
    case StoreError::Kind::InvalidInput:
        return StoreOpenerTr::tr("The store's location cannot be used as given (a team store's URL never holds a "
                                 "password). Correct it, or choose another store.");
    case StoreError::Kind::Io:
        return StoreOpenerTr::tr("The store's file cannot be opened or written. Check that the folder "
                                 "exists and is writable, or choose another store.");
    default:
        return StoreOpenerTr::tr("The store cannot be used.");
    }
}

// A team store as it was left: the password remembered in the keychain (else PGPASSWORD or ~/.pgpass), the system
// secret from SECRETS_SYSTEM or the keychain.
std::unique_ptr<KeyStore> openKeptTeamStore(const QString& url)
{
    QString password;
    if (auto kept = TeamStoreCredentials::read(url, TeamStoreCredentials::Item::Password)) {
        password = QString::fromUtf8(kept->view());
    }
    const SystemSecret secret = SystemSecret::resolve(url, false);
    auto store = openTeamStore(url, password, secret);
    wipe(password);
    return store;
}

} // namespace

std::unique_ptr<KeyStore> openStoreWithDialogs(const QString& initialPath, QWidget* parent, bool atStartup)
{
    QString path = initialPath;
    for (;;) {
        QString message;
        QString details;
        StoreError::Kind kind = StoreError::Kind::Io;
        if (ServerLocation::isServerUrl(path)) {
            // A team store asks for what it lacks (the password, the system secret) in Open Team Store…, filled in.
            TeamStoreFailure failure;
            try {
                return openKeptTeamStore(path);
            } catch (const StoreError& e) {
                failure = describeTeamStoreFailure(e);
            }
            TeamStoreDialog dialog(parent, path,
                                   StoreOpenerTr::tr("The team store last open did not open. %1").arg(failure.message));
            if (dialog.exec() == QDialog::Accepted) {
                if (auto store = dialog.takeStore()) {
                    Settings::instance().setValue(Settings::Key::StoreLocation, store->path());
                    return store;
                }
            }
            message = StoreOpenerTr::tr("JWK Manager cannot open the team store\n%1\n\n%2").arg(path, failure.message);
            details = failure.details;
        } else {
            try {
                return KeyStore::open(path);
            } catch (const StoreError& e) {
                kind = e.kind();
                details = e.message();
            } catch (const std::exception& e) {
                details = QString::fromUtf8(e.what());
            }
            message = StoreOpenerTr::tr("JWK Manager cannot open the key store\n%1\n\n%2").arg(path, explanation(kind));
        }
        const auto answer = MessageBox::critical(parent, StoreOpenerTr::tr("Key Store Cannot Be Opened"), message,
                                                 QMessageBox::Retry | QMessageBox::Open |
                                                     (atStartup ? QMessageBox::Close : QMessageBox::Cancel),
                                                 atStartup ? QMessageBox::Close : QMessageBox::Cancel,
                                                 {{QMessageBox::Open, StoreOpenerTr::tr("Choose Another Store\u2026")},
                                                  {QMessageBox::Close, StoreOpenerTr::tr("Quit")}},
                                                 details);
        if (answer == QMessageBox::Retry) {
            continue;
        }
        if (answer == QMessageBox::Open) {
            const QString chosen =
                FileDialog::getSaveFileNameForStore(parent, StoreOpenerTr::tr("Choose the Key Store"), path);
            if (!chosen.isEmpty()) {
                path = chosen;
                Settings::instance().setValue(Settings::Key::StoreLocation, chosen);
            }
            continue;
        }
        return nullptr;
    }
}

} // namespace jwk
