#include "AsyncWizardPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ferry::ui {

AsyncWizardPage::AsyncWizardPage(QWidget* parent)
    : QWizardPage(parent)
    , m_body(new QVBoxLayout)
    , m_error(new QLabel(this))
    , m_busyLabel(new QLabel(tr("Working…"), this))
{
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_body);
    layout->addStretch(1);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_error);
}

QString AsyncWizardPage::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool AsyncWizardPage::isComplete() const
{
    return !m_busy && inputComplete();
}

bool AsyncWizardPage::validatePage()
{
    if (m_passed) {
        m_passed = false;
        return true;
    }
    if (m_busy) {
        return false;
    }
    m_error->hide();
    if (const QString problem = inputProblem(); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    if (startWork()) {
        return true;
    }
    m_busy = true;
    m_busyLabel->show();
    setEnabled(false);
    emit completeChanged();
    return false;
}

void AsyncWizardPage::finish(const QString& error)
{
    m_busy = false;
    m_busyLabel->hide();
    setEnabled(true);
    emit completeChanged();
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    // Next again, this time through: validatePage() lets it pass once.
    m_passed = true;
    wizard()->next();
}

void AsyncWizardPage::showError(const QString& error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

} // namespace ferry::ui
