#pragma once
// The one exception type of the core. Its message is meant for a person: it says what is wrong and, where
// possible, what to do. It never carries secret material.

#include <QString>

#include <exception>

namespace jwk {

class JwkError : public std::exception
{
public:
    enum class Kind {
        InvalidInput,     // malformed or inconsistent key material, unknown format
        Unsupported,      // well-formed but not supported (multi-prime RSA, unknown curve)
        WrongPassphrase,  // decryption of an encrypted PEM failed
        PassphraseNeeded, // encrypted input and nobody to ask
        Cancelled,        // the person cancelled a prompt or a long operation
        Io,               // file could not be read or written
        Internal,         // OpenSSL failed where it should not
    };

    explicit JwkError(QString message, Kind kind = Kind::InvalidInput)
        : m_message(std::move(message))
        , m_kind(kind)
        , m_utf8(m_message.toUtf8())
    {
    }

    const QString& message() const noexcept { return m_message; }
    Kind kind() const noexcept { return m_kind; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    Kind m_kind;
    QByteArray m_utf8;
};

} // namespace jwk
