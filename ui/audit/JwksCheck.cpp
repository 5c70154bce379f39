#include "audit/JwksCheck.h"

#include "remote/HydraAdminClient.h"
#include "remote/TransportPolicy.h"

namespace jwk {

JwksCheck::JwksCheck(QObject* parent)
    : QObject(parent)
{
}

JwksCheck::~JwksCheck()
{
    cancel();
}

bool JwksCheck::start(const QUrl& url, const RemoteProfile& via, const std::optional<RemoteProfile>& admin,
                      const QStringList& adminSets)
{
    if (isRunning()) {
        return false;
    }
    m_body.clear();
    m_adminKeys.clear();
    m_error.clear();
    m_cancelled = false;
    m_public = std::make_unique<HydraAdminClient>(HydraAdminClient::documentProfile(via, url));
    m_pending = 1;
    HydraRequest* request = m_public->getDocument(url);
    connect(request, &HydraRequest::finished, this, [this, request] {
        const HydraResult& r = request->result();
        if (r.ok) {
            m_body = r.body;
        } else if (m_error.isEmpty()) {
            m_error = r.error;
        }
        request->deleteLater();
        done();
    });
    if (admin) {
        m_admin = std::make_unique<HydraAdminClient>(*admin);
        for (const auto& set : adminSets) {
            ++m_pending;
            HydraRequest* get = m_admin->getKeySet(set);
            connect(get, &HydraRequest::finished, this, [this, get] {
                const HydraResult& r = get->result();
                if (r.ok) {
                    m_adminKeys += r.keys.keys();
                } else if (r.httpStatus != 404 && m_error.isEmpty()) {
                    m_error = r.error;
                }
                get->deleteLater();
                done();
            });
        }
    }
    return true;
}

void JwksCheck::cancel()
{
    if (!isRunning()) {
        return;
    }
    m_cancelled = true;
    if (m_public) {
        m_public->cancelAll();
    }
    if (m_admin) {
        m_admin->cancelAll();
    }
}

void JwksCheck::done()
{
    if (--m_pending > 0) {
        return;
    }
    m_pending = 0;
    // Nothing private is kept past the fetch: public forms only, and oct keys (no public form) dropped.
    QList<JsonWebKey> publicKeys;
    for (const auto& key : std::as_const(m_adminKeys)) {
        if (key.hasPublicForm()) {
            publicKeys.append(key.publicKey());
        }
    }
    m_adminKeys = publicKeys;
    Q_EMIT finished();
}

} // namespace jwk
