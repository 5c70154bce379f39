#pragma once
// Makes a new key: the algorithms of the core's table with a line each on what they are for, the size or curve,
// how the kid is chosen, the use, and the set to put it in. Generation runs on a worker thread with a progress
// indication and a Cancel button; the dialog closes with the key ready in generatedKey().

#include "keys/KeyGenerator.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTreeView;

namespace jwk {

class AlgorithmModel;
class KeyGenerationJob;

class GenerateKeyDialog : public QDialog
{
    Q_OBJECT

public:
    GenerateKeyDialog(const QStringList& setNames, const QString& currentSet, QWidget* parent = nullptr);
    ~GenerateKeyDialog() override;

    void setAlgorithm(const QString& name);
    QString algorithm() const;
    QString targetSet() const;
    GenerateOptions options() const;
    bool isGenerating() const;
    // The new key, once the dialog was accepted.
    const JsonWebKey& generatedKey() const { return m_key; }

Q_SIGNALS:
    // The worker is done (the key is ready, or generation failed or was cancelled); emitted before the dialog closes.
    void generationFinished();

public Q_SLOTS:
    void generate();
    void reject() override;

private:
    void algorithmChanged();
    void validate();
    void setBusy(bool busy);

    AlgorithmModel* m_algorithms = nullptr;
    QTreeView* m_algorithmView = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    QLabel* m_sizeLabel = nullptr;
    QComboBox* m_sizeCombo = nullptr;
    QRadioButton* m_kidThumbprintRadio = nullptr;
    QRadioButton* m_kidUuidRadio = nullptr;
    QRadioButton* m_kidCustomRadio = nullptr;
    QLineEdit* m_kidEdit = nullptr;
    QComboBox* m_useCombo = nullptr;
    QComboBox* m_setCombo = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_statusLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_generateButton = nullptr;
    KeyGenerationJob* m_job = nullptr;
    JsonWebKey m_key;
};

} // namespace jwk
