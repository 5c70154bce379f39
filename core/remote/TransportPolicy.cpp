#include "remote/TransportPolicy.h"

#include <QHostAddress>

#include <QCoreApplication>

namespace {
// Messages for people: translated when the desktop app has installed a translator; the CLI installs none and
// prints the English source text.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::TransportPolicy)
};
} // namespace

namespace jwk {

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    QHostAddress address;
    if (!address.setAddress(host)) {
        return false;
    }
    return address.isLoopback();
}

TransportCheck checkTransport(const QUrl& url)
{
    TransportCheck check;
    if (!url.isValid() || url.host().isEmpty()) {
        check.reason = Tr::tr("\"%1\" is not a valid URL; give one such as https://hydra.example.com:4445")
                           .arg(url.toString(QUrl::RemoveUserInfo));
        return check;
    }
    if (!url.userInfo().isEmpty()) {
        check.reason = Tr::tr("the URL carries a user name or password; use a token file or a header instead");
        return check;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QStringLiteral("https")) {
        check.allowed = true;
        return check;
    }
    if (scheme == QStringLiteral("http")) {
        if (isLoopbackHost(url.host())) {
            check.allowed = true;
            check.plainLoopback = true;
            return check;
        }
        check.reason = Tr::tr("%1 uses plain http to %2: keys would cross the network unencrypted. Use https "
                              "(plain http is allowed only to loopback: 127.0.0.1, ::1, localhost)")
                           .arg(url.toString(QUrl::RemoveUserInfo), url.host());
        return check;
    }
    check.reason = Tr::tr("the URL scheme \"%1\" is not supported; use https").arg(scheme);
    return check;
}

} // namespace jwk
