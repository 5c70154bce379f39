#include "keys/PemBlocks.h"

#include "keys/JwkError.h"
#include "keys/KeysTr.h"

#include <QCoreApplication>

#include <utility>

namespace jwk {

namespace {

// The tags of the first two elements inside the outer SEQUENCE of a DER structure, enough to tell PKCS#8
// (INTEGER, SEQUENCE), SEC1 (INTEGER, OCTET STRING), PKCS#1 private (INTEGER, INTEGER), SPKI (SEQUENCE, BIT STRING)
// and PKCS#1 public (INTEGER, INTEGER) apart. Zero where the DER ends early.
std::pair<int, int> innerTags(const QByteArray& der)
{
    auto skipHeader = [&](qsizetype& pos, qsizetype* length) -> bool {
        if (pos + 2 > der.size()) {
            return false;
        }
        ++pos; // tag
        int first = static_cast<unsigned char>(der[pos++]);
        qsizetype len = first;
        if (first & 0x80) {
            const int count = first & 0x7f;
            if (count == 0 || count > 4 || pos + count > der.size()) {
                return false;
            }
            len = 0;
            for (int i = 0; i < count; ++i) {
                len = (len << 8) | static_cast<unsigned char>(der[pos++]);
            }
        }
        *length = len;
        return true;
    };
    qsizetype pos = 0, len = 0;
    if (der.isEmpty() || static_cast<unsigned char>(der[0]) != 0x30 || !skipHeader(pos, &len)) {
        return {0, 0};
    }
    if (pos >= der.size()) {
        return {0, 0};
    }
    const int firstTag = static_cast<unsigned char>(der[pos]);
    if (!skipHeader(pos, &len) || pos + len >= der.size()) {
        return {firstTag, 0};
    }
    pos += len;
    return {firstTag, static_cast<unsigned char>(der[pos])};
}

} // namespace

// Splits PEM text into blocks. Text outside blocks is ignored; a BEGIN without its END, or an END whose label
// differs from its BEGIN, is an error.
QList<PemBlock> splitPem(const QByteArray& input)
{
    QByteArray data = input;
    data.replace("\r\n", "\n");
    data.replace('\r', '\n');
    QList<PemBlock> blocks;
    qsizetype pos = 0;
    static const QByteArray begin = "-----BEGIN ";
    static const QByteArray end = "-----END ";
    static const QByteArray dashes = "-----";
    while ((pos = data.indexOf(begin, pos)) >= 0) {
        const qsizetype labelStart = pos + begin.size();
        const qsizetype labelEnd = data.indexOf(dashes, labelStart);
        const qsizetype lineEnd = data.indexOf('\n', labelStart);
        if (labelEnd < 0 || (lineEnd >= 0 && labelEnd > lineEnd)) {
            throw JwkError(KeyImporterTr::tr("PEM block %1 has a malformed BEGIN line").arg(blocks.size() + 1));
        }
        const QByteArray label = data.mid(labelStart, labelEnd - labelStart);
        if (label.trimmed().isEmpty()) {
            throw JwkError(KeyImporterTr::tr("PEM block %1 has an empty label").arg(blocks.size() + 1));
        }
        // The END line comes after the BEGIN line's closing dashes (which must not be read as part of it).
        const qsizetype endPos = data.indexOf(end, labelEnd + dashes.size());
        if (endPos < 0) {
            throw JwkError(KeyImporterTr::tr("PEM block %1 (%2) has no END line: the data is truncated")
                               .arg(blocks.size() + 1)
                               .arg(QString::fromLatin1(label)));
        }
        const qsizetype endLabelStart = endPos + end.size();
        const qsizetype endLabelEnd = data.indexOf(dashes, endLabelStart);
        const QByteArray endLabel =
            endLabelEnd < 0 ? QByteArray() : data.mid(endLabelStart, endLabelEnd - endLabelStart);
        if (endLabelEnd < 0) {
            throw JwkError(KeyImporterTr::tr("PEM block %1 (%2) has a malformed END line: the data is truncated")
                               .arg(blocks.size() + 1)
                               .arg(QString::fromLatin1(label.left(64))));
        }
        if (endLabel != label) {
            throw JwkError(KeyImporterTr::tr("PEM block %1 begins as \"%2\" but ends as \"%3\"")
                               .arg(blocks.size() + 1)
                               .arg(QString::fromLatin1(label), QString::fromLatin1(endLabel.left(64))));
        }
        const qsizetype blockEnd = endLabelEnd + dashes.size();
        PemBlock block;
        block.label = label;
        block.text = data.mid(pos, blockEnd - pos) + '\n';
        block.legacyEncrypted = block.text.contains("Proc-Type: 4,ENCRYPTED");
        blocks.append(block);
        pos = blockEnd;
    }
    return blocks;
}

// The DER inside a PEM block without headers.
QByteArray pemBodyDer(const QByteArray& blockText)
{
    const qsizetype begin = blockText.indexOf('\n');
    const qsizetype end = blockText.lastIndexOf("-----END ");
    if (begin < 0 || end <= begin) {
        return {};
    }
    return QByteArray::fromBase64(blockText.mid(begin + 1, end - begin - 1).simplified().replace(' ', ""));
}

QByteArray pemBodyDerStrict(const QByteArray& blockText)
{
    const qsizetype begin = blockText.indexOf('\n');
    const qsizetype end = blockText.lastIndexOf("-----END ");
    if (begin < 0 || end <= begin) {
        return {};
    }
    QByteArray body;
    body.reserve(end - begin);
    for (qsizetype i = begin + 1; i < end; ++i) {
        const char c = blockText[i];
        if (c == ':') {
            return {}; // a header line (Proc-Type, DEK-Info, Comment...)
        }
        if (c != '\n' && c != ' ' && c != '\t') {
            body.append(c);
        }
    }
    auto decoded =
        QByteArray::fromBase64Encoding(body, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

LabelStructure structureOfLabel(const QByteArray& label)
{
    if (label == "PRIVATE KEY") {
        return {"PrivateKeyInfo", nullptr};
    }
    if (label == "PUBLIC KEY") {
        return {"SubjectPublicKeyInfo", nullptr};
    }
    if (label == "RSA PRIVATE KEY" || label == "RSA PUBLIC KEY") {
        return {"type-specific", "RSA"};
    }
    if (label == "EC PRIVATE KEY") {
        return {"type-specific", "EC"};
    }
    return {nullptr, nullptr};
}

// Whether the body of an unencrypted PEM block has the structure its label names.
bool bodyMatchesLabel(const QByteArray& label, const QByteArray& blockText)
{
    // The base64 between the BEGIN and END lines (no headers: encrypted blocks are not checked here).
    return derMatchesLabel(label, pemBodyDer(blockText));
}

bool derMatchesLabel(const QByteArray& label, const QByteArray& der)
{
    const auto [first, second] = innerTags(der);
    if (label == "PRIVATE KEY") {
        return first == 0x02 && second == 0x30;
    }
    if (label == "EC PRIVATE KEY") {
        return first == 0x02 && second == 0x04;
    }
    if (label == "RSA PRIVATE KEY" || label == "RSA PUBLIC KEY") {
        return first == 0x02 && second == 0x02;
    }
    if (label == "PUBLIC KEY") {
        return first == 0x30 && second == 0x03;
    }
    return true;
}

} // namespace jwk
