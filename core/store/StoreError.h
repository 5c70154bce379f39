#pragma once
// Errors of the key store. Messages are for people and never contain key material or secrets.

#include <QString>

#include <exception>

namespace jwk {

class StoreError : public std::exception
{
public:
    enum class Kind {
        InvalidInput, // a name, kid or value that cannot be stored
        NotFound,     // no such set or key
        Conflict,     // the name or kid exists already
        WrongSecret,  // the configured system secret does not open the store
        BadSecret,    // SECRETS_SYSTEM is malformed or too short
        Undecryptable,
        Tampered, // a row decrypts but belongs elsewhere (kid mismatch)
        Busy,     // another process holds the store
        Io,       // the database could not be opened or written (full disk, read-only)
        Cancelled,
    };
    StoreError(Kind kind, QString message, bool retryable = false)
        : m_kind(kind)
        , m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
        , m_retryable(retryable)
    {
    }
    Kind kind() const noexcept { return m_kind; }
    // A write that lost a race with another writer on a team store (PostgreSQL SQLSTATE 40001 or 40P01): nothing of
    // it was applied, and the whole operation may run again.
    bool retryable() const noexcept { return m_retryable; }
    const QString& message() const noexcept { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QByteArray m_utf8;
    bool m_retryable = false;
};

} // namespace jwk
