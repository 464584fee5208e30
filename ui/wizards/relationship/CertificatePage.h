#pragma once
// The certificate this server shows the agent: its own (applied from a bundle issued by the
// staging server's CA), or files given here. The certificates wizard opens from here to issue or
// apply one, and the page reads the result when it closes.

#include "wizards/AsyncWizardPage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace ferry::ui {

class CertificatePage : public AsyncWizardPage
{
    Q_OBJECT

public:
    explicit CertificatePage(QWidget* parent = nullptr);

    void initializePage() override;

protected:
    bool startWork() override;
    QString inputProblem() const override;

private:
    void readOwnCertificate();
    void openCertificatesWizard();
    void updateEnabled();

    QRadioButton* m_own;
    QRadioButton* m_files;
    QLabel* m_ownDetails;
    QLineEdit* m_certificate;
    QLineEdit* m_key;
    QLineEdit* m_ca;
    QPushButton* m_wizardButton;
};

} // namespace ferry::ui
