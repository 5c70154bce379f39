#pragma once
// PEM as the importer reads it: the blocks of a text, the DER inside a block, and whether an unencrypted block holds
// the structure its label names (OpenSSL's decoders take any structure under any label).

#include <QByteArray>
#include <QList>

namespace jwk {

struct PemBlock
{
    QByteArray label;
    QByteArray text; // BEGIN line to END line, LF line endings
    bool legacyEncrypted = false;
};

// Splits PEM text into blocks. Text outside blocks is ignored; a BEGIN without its END, or an END whose label
// differs from its BEGIN, is an error (JwkError).
QList<PemBlock> splitPem(const QByteArray& input);

// The DER inside a PEM block without headers (empty when there is no body).
QByteArray pemBodyDer(const QByteArray& blockText);

// The DER inside a PEM block that has no headers and whose body is clean base64 (whitespace aside); empty otherwise.
QByteArray pemBodyDerStrict(const QByteArray& blockText);

// The structure a PEM label promises; OpenSSL's decoders otherwise take any structure under any label (a PKCS#8
// body labelled "EC PRIVATE KEY" would pass). Null for labels whose content is checked elsewhere.
struct LabelStructure
{
    const char* structure;
    const char* keyType;
};

LabelStructure structureOfLabel(const QByteArray& label);

// Whether the body of an unencrypted PEM block has the structure its label names.
bool bodyMatchesLabel(const QByteArray& label, const QByteArray& blockText);
bool derMatchesLabel(const QByteArray& label, const QByteArray& der);

} // namespace jwk
