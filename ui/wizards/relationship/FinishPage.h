#pragma once
// What was stored, and whether to start the initial sync now (the wizard emits
// initialSyncRequested on Finish) or later.

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace ferry::ui {

class FinishPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FinishPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool startNow() const;

private:
    QLabel* m_summary;
    QCheckBox* m_startNow;
};

} // namespace ferry::ui
