#pragma once
// The one rule for the custom headers a remote sends (a proxy's credentials, a tenant header), wherever they come
// from: jwkman-cli --header and --header-file, the desktop's remote dialog, and a profile read back from the store
// (HydraAdminClient refuses to send a profile whose headers break it). A header name is an HTTP token; a value is
// one line of text without control characters (a CR or LF would end the header and start another, or the request);
// and the headers that frame the request or carry its credentials (Host, Content-Length, Transfer-Encoding,
// Connection, Authorization) are the client's own: the bearer token comes from its own field (--token-file).
// Problems never quote a value: it may be a secret.

#include "keys/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace jwk {

using CustomHeaderList = QList<QPair<QByteArray, SecureBytes>>;

// Why this header cannot be sent, one sentence for people; empty when it can.
QString customHeaderProblem(QByteArrayView name, QByteArrayView value);
// The first problem among `headers`; empty when all can be sent.
QString customHeadersProblem(const CustomHeaderList& headers);

struct ParsedHeader
{
    QByteArray name;
    SecureBytes value;
    QString problem; // set: the line is not "Name: value", or the header is refused (name and value then empty)
};

// One "Name: value" line (name and value trimmed of spaces and tabs; a CR at the end of the line is a line ending).
ParsedHeader parseCustomHeader(QByteArrayView line);

// A header file's text: one "Name: value" a line; blank lines and lines starting with # are skipped. Appends to
// `out`; returns the first problem (with its line number), else empty.
QString parseCustomHeaderLines(QByteArrayView text, CustomHeaderList& out);

} // namespace jwk
