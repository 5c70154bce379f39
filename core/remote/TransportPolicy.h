#pragma once
// Keys never travel over plain http, except to loopback. https always verifies the server's certificate in
// full (never switched off); http is allowed only to 127.0.0.0/8, ::1 and localhost, and is then marked as such.

#include <QString>
#include <QUrl>

namespace jwk {

struct TransportCheck
{
    bool allowed = false;
    bool plainLoopback = false; // http to loopback: allowed, shown as unencrypted
    QString reason;             // why not, for people
};

TransportCheck checkTransport(const QUrl& url);
bool isLoopbackHost(const QString& host);

} // namespace jwk
