#pragma once
// Which of the agent's sites to pair with (from its hello), and which resources: the files, and
// the tables both sides have, with the differences between the two sites' tables spelled out.

#include "wizards/AsyncWizardPage.h"

class QCheckBox;
class QLabel;
class QListWidget;

namespace ferry::ui {

class RemoteSitePage : public AsyncWizardPage
{
    Q_OBJECT

public:
    explicit RemoteSitePage(QWidget* parent = nullptr);

    void initializePage() override;

protected:
    bool startWork() override;
    QString inputProblem() const override;

private:
    void showResources();

    QListWidget* m_sites;
    QCheckBox* m_files;
    QListWidget* m_tables;
    QLabel* m_differences;
    QStringList m_checkedTables;  // kept across visits of the page
};

} // namespace ferry::ui
