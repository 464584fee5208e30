#pragma once
// A wizard page whose Next starts work in the core and moves on only once it succeeded: the page
// shows that it is busy, keeps the user from leaving twice, and shows the error in its own words
// when the work failed.

#include <QWizard>
#include <QWizardPage>

class QLabel;
class QVBoxLayout;

namespace ferry::ui {

class AsyncWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AsyncWizardPage(QWidget* parent = nullptr);

    bool validatePage() override;
    bool isComplete() const override;
    bool isBusy() const { return m_busy; }
    QString errorText() const;

protected:
    // Starts the work; it must end in finish(). Pages without work return true to move on at once.
    virtual bool startWork() = 0;
    void finish(const QString& error);
    void showError(const QString& error);
    template<typename Wizard>
    Wizard* wizardAs() const
    {
        return qobject_cast<Wizard*>(wizard());
    }
    // The layout the page's own widgets go into; the error line follows it.
    QVBoxLayout* body() const { return m_body; }
    virtual bool inputComplete() const { return true; }
    // What is wrong with the input, as a sentence that names the fix; checked on Next before
    // startWork(). Empty: nothing.
    virtual QString inputProblem() const { return {}; }

private:
    QVBoxLayout* m_body;
    QLabel* m_error;
    QLabel* m_busyLabel;
    bool m_busy = false;
    bool m_passed = false;
};

} // namespace ferry::ui
