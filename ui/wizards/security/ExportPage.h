#pragma once
// Exports the issued certificate with its key and CA as a .p12 bundle, protected by a passphrase
// typed twice, with a hint on how strong it is.

#include "wizards/AsyncWizardPage.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace ferry::ui {

class ExportPage : public AsyncWizardPage
{
    Q_OBJECT

public:
    explicit ExportPage(QWidget* parent = nullptr);

    void initializePage() override;
    int nextId() const override;
    // "Too short", "Weak", "Fair" or "Strong", by length and the kinds of characters used.
    static QString strengthHint(const QString& passphrase);

protected:
    bool startWork() override;
    bool inputComplete() const override;

private:
    void choosePath();
    void updateHints();

    QLabel* m_summary;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QLabel* m_strength;
};

} // namespace ferry::ui
