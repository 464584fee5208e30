#pragma once
// Issues a node certificate for a named server, with the host names and addresses it is reached by.

#include "wizards/AsyncWizardPage.h"

class QLineEdit;

namespace ferry::ui {

class IssuePage : public AsyncWizardPage
{
    Q_OBJECT

public:
    explicit IssuePage(QWidget* parent = nullptr);

    void setRequest(const QString& node, const QStringList& hosts, const QStringList& addresses);

protected:
    bool startWork() override;
    bool inputComplete() const override;

private:
    QLineEdit* m_node;
    QLineEdit* m_hosts;
    QLineEdit* m_addresses;
};

} // namespace ferry::ui
