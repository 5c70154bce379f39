#include "keys/CertificateChain.h"

#include <QHash>

#include <openssl/x509.h>

namespace jwk {

namespace {

// The hash of a name's canonical form (the form X509_NAME_cmp compares): equal names, equal hashes. Only narrows the
// search; a candidate issuer is still checked with Certificate::isIssuedBy (names and signature).
unsigned long nameHash(const X509_NAME* name)
{
    int ok = 0;
    const unsigned long hash = X509_NAME_hash_ex(name, nullptr, nullptr, &ok);
    return ok ? hash : 0;
}

} // namespace

QList<QList<int>> buildCertificateChains(const QList<Certificate>& certificates)
{
    const auto count = static_cast<int>(certificates.size());
    // Certificates by the hash of their subject, each bucket in input order.
    QHash<unsigned long, QList<int>> bySubject;
    bySubject.reserve(count);
    QList<unsigned long> issuerHash(count);
    for (int i = 0; i < count; ++i) {
        X509* x = certificates[i].x509();
        bySubject[nameHash(X509_get_subject_name(x))].append(i);
        issuerHash[i] = nameHash(X509_get_issuer_name(x));
    }
    auto candidateIssuers = [&](int i) -> const QList<int>& {
        static const QList<int> none;
        const auto it = bySubject.constFind(issuerHash[i]);
        return it == bySubject.constEnd() ? none : *it;
    };

    // Who signed whom, each pair checked once (a signature verification each): the issuers of every certificate in
    // input order. Leaves first: certificates that issued no other certificate of the input.
    QList<QList<int>> issuersOf(count);
    QList<bool> issuedOther(count, false);
    for (int j = 0; j < count; ++j) {
        for (int i : candidateIssuers(j)) {
            if (i != j && certificates[j].isIssuedBy(certificates[i])) {
                issuersOf[j].append(i);
                issuedOther[i] = true;
            }
        }
    }
    QList<int> order;
    order.reserve(count);
    for (int i = 0; i < count; ++i) {
        if (!issuedOther[i]) {
            order << i;
        }
    }
    for (int i = 0; i < count; ++i) {
        if (issuedOther[i]) {
            order << i;
        }
    }

    QList<bool> used(count, false);
    QList<QList<int>> chains;
    for (int leaf : order) {
        if (used[leaf]) {
            continue;
        }
        QList<int> chain{leaf};
        used[leaf] = true;
        for (int current = leaf; !certificates[current].isSelfIssued();) {
            int next = -1;
            for (int j : issuersOf[current]) {
                if (!used[j]) {
                    next = j;
                    break;
                }
            }
            if (next < 0) {
                break;
            }
            chain << next;
            used[next] = true;
            current = next;
        }
        chains << chain;
    }
    return chains;
}

} // namespace jwk
