#pragma once
// What an empty store shows instead of empty lists: the three ways to get keys into it.

#include <QWidget>

class QLabel;
class QPushButton;

namespace jwk {

class FirstRunWidget : public QWidget
{
    Q_OBJECT

public:
    explicit FirstRunWidget(QWidget* parent = nullptr);
    void setStoreLocation(const QString& path);

Q_SIGNALS:
    void createHydraDefaultsRequested();
    void importRequested();
    void generateRequested();

private:
    QLabel* m_storeLabel = nullptr;
};

} // namespace jwk
