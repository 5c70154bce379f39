#pragma once
// Errors of the tools for Ory Hydra's own database (hydra-db). Messages are for people: they name what is wrong and
// what to do, and never hold a password of the DSN, a system secret or key material.

#include <QCoreApplication>
#include <QString>

#include <exception>

namespace jwk {

// Messages for people in core/hydradb and core/usecases/HydraDatabase: translated when the desktop has installed a
// translator; the CLI prints the English source text.
struct HydraDbTr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::HydraDatabase)
};

class HydraDbError : public std::exception
{
public:
    enum class Kind {
        InvalidInput,  // a malformed DSN, an unknown set, a bad option value
        Secret,        // SECRETS_SYSTEM missing or malformed
        Schema,        // no hydra_jwk table, or not the known columns
        Connection,    // the database cannot be reached or opened
        Io,            // a statement or the backup file failed
        Undecryptable, // a row that no secret of SECRETS_SYSTEM opens (refused)
        Verification,  // after re-encrypting, a row did not open under the first secret alone (rolled back)
    };
    HydraDbError(Kind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {
    }
    Kind kind() const noexcept { return m_kind; }
    const QString& message() const noexcept { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace jwk
