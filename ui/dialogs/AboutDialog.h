#pragma once
// Versions (JWK Manager, Qt, OpenSSL) and where the store and its system secret live.

#include <QDialog>

namespace jwk {

class KeyStore;

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const KeyStore* store, QWidget* parent = nullptr);
    static QString versionsText();
    static QString storeText(const KeyStore* store);
};

} // namespace jwk
