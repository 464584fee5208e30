#include "ConnectionPage.h"

#include "RelationshipWizard.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry::ui {

namespace {

using Kind = ConnectionCheck::Kind;
using State = ConnectionCheck::State;

const char* const rowNames[] = {"reachable", "tls", "fingerprint", "protocol", "clock", "push"};

} // namespace

ConnectionPage::ConnectionPage(QWidget* parent)
    : AsyncWizardPage(parent)
    , m_busy(new QProgressBar(this))
    , m_busyText(new QLabel(tr("Testing the connection…"), this))
    , m_pin(new QCheckBox(tr("&Pin this certificate: refuse any other, even one from a trusted CA"), this))
    , m_again(new QPushButton(tr("&Test Again"), this))
{
    setTitle(tr("Connect and test"));
    setSubTitle(tr("Ferry talks to the agent now, as the relationship will."));
    const QString titles[] = {tr("Reachable"), tr("TLS trusted"), tr("Agent's certificate"), tr("Protocol"),
                              tr("Clocks"), tr("Push rights")};
    auto* grid = new QGridLayout;
    grid->setColumnStretch(2, 1);
    grid->setVerticalSpacing(8);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        auto* mark = new QLabel(this);
        mark->setObjectName(QString::fromLatin1(rowNames[i]) + QStringLiteral("Mark"));
        mark->setFixedWidth(20);
        auto* title = new QLabel(titles[i], this);
        title->setStyleSheet(QStringLiteral("font-weight: 600;"));
        auto* sentence = new QLabel(this);
        sentence->setObjectName(QString::fromLatin1(rowNames[i]) + QStringLiteral("Check"));
        sentence->setWordWrap(true);
        sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(mark, int(i), 0, Qt::AlignTop);
        grid->addWidget(title, int(i), 1, Qt::AlignTop);
        grid->addWidget(sentence, int(i), 2, Qt::AlignTop);
        m_rows[i] = {mark, sentence};
    }
    body()->addLayout(grid);
    m_pin->setObjectName(QStringLiteral("pinCheck"));
    m_pin->setChecked(true);
    m_pin->setEnabled(false);
    body()->addSpacing(6);
    body()->addWidget(m_pin);
    m_busy->setObjectName(QStringLiteral("testProgress"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_busyText->setObjectName(QStringLiteral("testingLabel"));
    m_again->setObjectName(QStringLiteral("testAgainButton"));
    m_again->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto* row = new QHBoxLayout;
    row->addWidget(m_busyText);
    row->addWidget(m_busy, 1);
    row->addStretch(0);
    row->addWidget(m_again, 0, Qt::AlignRight);
    body()->addSpacing(6);
    body()->addLayout(row);
    connect(m_again, &QPushButton::clicked, this, &ConnectionPage::runTest);
}

void ConnectionPage::initializePage()
{
    runTest();  // every time the page is entered forward: what came before may have changed
}

void ConnectionPage::runTest()
{
    if (m_test != nullptr) {
        m_test->disconnect(this);
        m_test->deleteLater();
    }
    const RelationshipWizardDraft& draft = wizardAs<RelationshipWizard>()->draft();
    ConnectionTestRequest request;
    request.homePath = wizardAs<RelationshipWizard>()->service()->homePath();
    request.host = draft.host;
    request.port = draft.port;
    request.siteName = draft.remoteSite;
    request.certificatePath = draft.certificatePath;
    request.keyPath = draft.keyPath;
    request.caPath = draft.caPath;
    request.proxyUrl = draft.proxyUrl;
    request.bypassProxy = draft.bypassProxy;
    m_usable = false;
    for (const Row& row : m_rows) {
        row.mark->clear();
        row.sentence->clear();
    }
    showError({});
    m_busy->show();
    m_busyText->show();
    m_again->setEnabled(false);
    m_test = new ConnectionTest(this);
    connect(m_test, &ConnectionTest::finished, this, &ConnectionPage::showReport);
    emit completeChanged();
    m_test->start(request);
}

void ConnectionPage::showReport(const ConnectionReport& report)
{
    m_test->deleteLater();
    m_test = nullptr;
    m_busy->hide();
    m_busyText->hide();
    m_again->setEnabled(true);
    QString firstFailure;
    for (const ConnectionCheck& check : report.checks) {
        const Row& row = m_rows.at(std::size_t(check.kind));
        switch (check.state) {
        case State::Passed:
            row.mark->setText(QStringLiteral("✔"));
            row.mark->setStyleSheet(QStringLiteral("color: #1b7f3b; font-weight: bold;"));
            break;
        case State::Failed:
            row.mark->setText(QStringLiteral("✘"));
            row.mark->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
            if (firstFailure.isEmpty() && check.kind != Kind::Push) {
                firstFailure = check.sentence;
            }
            break;
        case State::NotRun:
            row.mark->setText(QStringLiteral("–"));
            row.mark->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
            break;
        }
        row.sentence->setText(check.sentence);
    }
    m_pin->setEnabled(!report.agentFingerprint.isEmpty());
    wizardAs<RelationshipWizard>()->draft().report = report;
    m_usable = report.usable();
    if (!firstFailure.isEmpty()) {
        showError(firstFailure);
    }
    emit completeChanged();
}

bool ConnectionPage::inputComplete() const
{
    return m_test == nullptr && m_usable;
}

bool ConnectionPage::startWork()
{
    wizardAs<RelationshipWizard>()->draft().pinFingerprint = m_pin->isChecked();
    return true;
}

} // namespace ferry::ui
