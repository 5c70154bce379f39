#pragma once
// One look at a published JWKS for the desktop, without ever blocking the window: the document is fetched with the
// core's HydraAdminClient (its transport rule, TLS set-up, time-out and size limit; no token to a public URL) and,
// when a remote is given, the sets its admin API holds for what Hydra publishes. Everything runs on the event loop
// of the UI thread (QNetworkAccessManager is asynchronous); cancel() aborts what is in flight.

#include "keys/JsonWebKey.h"
#include "remote/RemoteProfile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

namespace jwk {

class HydraAdminClient;

class JwksCheck : public QObject
{
    Q_OBJECT
public:
    explicit JwksCheck(QObject* parent = nullptr);
    ~JwksCheck() override;

    // Fetches `url` over `via`'s transport; with `admin`, also GET /admin/keys/{set} for each of `adminSets` (a set the
    // admin API does not have counts as empty). False when a check runs already.
    bool start(const QUrl& url, const RemoteProfile& via, const std::optional<RemoteProfile>& admin,
               const QStringList& adminSets);
    void cancel();
    bool isRunning() const { return m_pending > 0; }

    // After finished(): the document, the admin API's keys, or the first error (empty on success).
    QByteArray body() const { return m_body; }
    QList<JsonWebKey> adminKeys() const { return m_adminKeys; }
    QString error() const { return m_error; }
    bool cancelled() const { return m_cancelled; }

Q_SIGNALS:
    void finished();

private:
    void done();

    std::unique_ptr<HydraAdminClient> m_public;
    std::unique_ptr<HydraAdminClient> m_admin;
    int m_pending = 0;
    QByteArray m_body;
    QList<JsonWebKey> m_adminKeys;
    QString m_error;
    bool m_cancelled = false;
};

} // namespace jwk
