#pragma once
// Where the remote agent listens (host, port), which of its sites to pair with, and how to reach
// it: the system's proxy, a given one, or directly.

#include "wizards/AsyncWizardPage.h"

class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace ferry::ui {

class AddressPage : public AsyncWizardPage
{
    Q_OBJECT

public:
    static constexpr int defaultPort = 7443;

    explicit AddressPage(QWidget* parent = nullptr);

protected:
    bool startWork() override;
    bool inputComplete() const override;
    QString inputProblem() const override;

private:
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_site;
    QRadioButton* m_systemProxy;
    QRadioButton* m_proxy;
    QRadioButton* m_bypass;
    QLineEdit* m_proxyUrl;
};

} // namespace ferry::ui
