#pragma once
// Connect and test: each live check with a tick or a cross and a sentence, run through
// ConnectionTest (asynchronous, with a busy indicator). Next needs every check but the push right
// to pass; the agent's fingerprint can be pinned from here.

#include "services/ConnectionTest.h"
#include "wizards/AsyncWizardPage.h"

#include <array>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace ferry::ui {

class ConnectionPage : public AsyncWizardPage
{
    Q_OBJECT

public:
    explicit ConnectionPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isTesting() const { return m_test != nullptr; }

protected:
    bool startWork() override;
    bool inputComplete() const override;

private:
    void runTest();
    void showReport(const ferry::ConnectionReport& report);

    struct Row {
        QLabel* mark;
        QLabel* sentence;
    };
    std::array<Row, 6> m_rows;
    QProgressBar* m_busy;
    QLabel* m_busyText;
    QCheckBox* m_pin;
    QPushButton* m_again;
    ConnectionTest* m_test = nullptr;
    bool m_usable = false;
};

} // namespace ferry::ui
