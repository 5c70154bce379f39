#include "StoreWatcher.h"

#include "store/KeyStore.h"

namespace jwk {

StoreWatcher::StoreWatcher(QObject* parent, int intervalMs)
    : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::check);
}

void StoreWatcher::watch(KeyStore* store)
{
    m_store = store;
    m_last = store ? store->changeCounter() : -1;
    if (store && m_last >= 0) {
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

bool StoreWatcher::check()
{
    if (!m_store) {
        return false;
    }
    const qint64 now = m_store->changeCounter();
    if (now < 0 || now == m_last) {
        return false;
    }
    m_last = now;
    Q_EMIT changed();
    return true;
}

} // namespace jwk
