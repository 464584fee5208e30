#include "DashboardView.h"

#include "Formatting.h"
#include "widgets/EmptyState.h"
#include "widgets/RelationshipCard.h"
#include "widgets/SummaryCard.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>

namespace ferry::ui {

DashboardView::DashboardView(QWidget* parent)
    : ViewPage(QStringLiteral("dashboardView"), tr("Dashboard"),
               tr("Whether every site is in step, what ran last and what needs your attention."), parent)
    , m_sites(new SummaryCard(QStringLiteral(":/icons/sites.svg"), tr("Sites")))
    , m_relationships(new SummaryCard(QStringLiteral(":/icons/relationships.svg"), tr("Relationships")))
    , m_schedules(new SummaryCard(QStringLiteral(":/icons/schedules.svg"), tr("Schedules")))
    , m_conflicts(new SummaryCard(QStringLiteral(":/icons/conflicts.svg"), tr("Conflicts")))
    , m_lastRun(new SummaryCard(QStringLiteral(":/icons/activity.svg"), tr("Last run")))
    , m_certificates(new SummaryCard(QStringLiteral(":/icons/certificates.svg"), tr("Certificates")))
    , m_runsArea(new QStackedWidget)
    , m_relationshipArea(new QWidget)
    , m_relationshipGrid(new QGridLayout(m_relationshipArea))
{
    m_relationshipArea->setObjectName(QStringLiteral("relationshipCards"));
    m_relationshipGrid->setContentsMargins(0, 0, 0, 0);
    m_relationshipGrid->setSpacing(12);
    m_sites->setObjectName(QStringLiteral("sitesCard"));
    m_relationships->setObjectName(QStringLiteral("relationshipsCard"));
    m_schedules->setObjectName(QStringLiteral("schedulesCard"));
    m_conflicts->setObjectName(QStringLiteral("conflictsCard"));
    m_lastRun->setObjectName(QStringLiteral("lastRunCard"));
    m_certificates->setObjectName(QStringLiteral("certificatesCard"));

    using Column = RecordTableModel<Run>::Column;
    m_runs = new RecordTableModel<Run>(
        {
            Column{tr("Started"), [](const Run& r) { return Formatting::dateTime(r.startedAt); }},
            Column{tr("Profile"), [](const Run& r) { return r.profileName; }},
            Column{tr("Relationship"), [](const Run& r) { return r.relationshipName; }},
            Column{tr("Result"), [](const Run& r) { return Formatting::runState(r.state); }},
            Column{tr("Files"),
                   [](const Run& r) {
                       return QLocale().toString(r.totals.filesSent + r.totals.filesReceived + r.totals.filesDeleted);
                   }},
            Column{tr("Rows"),
                   [](const Run& r) {
                       return QLocale().toString(r.totals.rowsSent + r.totals.rowsReceived + r.totals.rowsDeleted);
                   }},
            Column{tr("Message"), [](const Run& r) { return r.message; }},
        },
        this);

    auto* noRuns = new QLabel(tr("No runs yet. Runs appear here as soon as a profile has run, by hand or on its "
                                 "schedule."));
    noRuns->setObjectName(QStringLiteral("noRunsLabel"));
    noRuns->setWordWrap(true);
    noRuns->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    noRuns->setForegroundRole(QPalette::PlaceholderText);
    m_runsArea->addWidget(noRuns);
    m_runsArea->addWidget(makeTable(m_runs, QStringLiteral("recentRunsTable")));

    auto* runsTitle = new QLabel(tr("Recent runs"));
    QFont titleFont = runsTitle->font();
    titleFont.setWeight(QFont::DemiBold);
    runsTitle->setFont(titleFont);

    auto* content = new QWidget(this);
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(12);
    // Two rows of three: what there is, then what needs attention.
    constexpr int columns = 3;
    int position = 0;
    for (SummaryCard* card : {m_sites, m_relationships, m_schedules, m_conflicts, m_lastRun, m_certificates}) {
        grid->addWidget(card, position / columns, position % columns);
        ++position;
    }
    grid->addWidget(m_relationshipArea, 2, 0, 1, columns);
    grid->addWidget(runsTitle, 3, 0, 1, columns);
    grid->addWidget(m_runsArea, 4, 0, 1, columns);
    grid->setRowStretch(4, 1);

    auto* welcome = new EmptyState(QStringLiteral(":/icons/ferry.svg"), tr("Welcome to Ferry"),
                                   tr("Ferry keeps a staging site and its production sites in step — their files and "
                                      "their content — across servers. Start by registering the sites on this "
                                      "server."),
                                   this);
    connect(welcome->setAction(tr("Add Site…")), &QPushButton::clicked, this, &DashboardView::addSiteRequested);
    // Many relationships make a long page: it scrolls rather than squeezing the cards.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    content->setAutoFillBackground(false);
    scroll->viewport()->setAutoFillBackground(false);
    setContent(scroll, welcome);
}

void DashboardView::showSnapshot(const HomeSnapshot& snapshot)
{
    showCards(snapshot);
    showRelationships(snapshot);
    m_runs->setRecords(snapshot.recentRuns);
    m_runsArea->setCurrentIndex(snapshot.recentRuns.empty() ? 0 : 1);
    showContent(!snapshot.sites.empty());
}

void DashboardView::showRelationships(const HomeSnapshot& snapshot)
{
    std::map<QString, RelationshipCard*> kept;
    for (const Relationship& relationship : snapshot.relationships) {
        auto found = m_relationshipCards.find(relationship.name);
        RelationshipCard* card = nullptr;
        if (found != m_relationshipCards.end()) {
            card = found->second;
            m_relationshipCards.erase(found);
        } else {
            card = new RelationshipCard(relationship.name, m_relationshipArea);
            if (auto next = m_nextRuns.find(relationship.name); next != m_nextRuns.end()) {
                card->setNextRun(next->second);
            }
        }
        card->showRelationship(relationship, snapshot);
        kept[relationship.name] = card;
    }
    for (auto& [name, card] : m_relationshipCards) {
        delete card;  // the relationship is gone
    }
    m_relationshipCards = std::move(kept);
    // Two cards a row, in the order the home lists them.
    int position = 0;
    for (const Relationship& relationship : snapshot.relationships) {
        m_relationshipGrid->addWidget(m_relationshipCards[relationship.name], position / 2, position % 2);
        ++position;
    }
    m_relationshipArea->setVisible(!m_relationshipCards.empty());
}

void DashboardView::setNextRun(const QString& relationship, const QDateTime& when)
{
    m_nextRuns[relationship] = when;
    if (RelationshipCard* card = relationshipCard(relationship)) {
        card->setNextRun(when);
    }
}

RelationshipCard* DashboardView::relationshipCard(const QString& relationship) const
{
    const auto found = m_relationshipCards.find(relationship);
    return found == m_relationshipCards.end() ? nullptr : found->second;
}

void DashboardView::showCertificates(const HomeSnapshot& snapshot)
{
    if (!snapshot.expiringCertificates.empty()) {
        // The one that expires first is the one to deal with first.
        const TrustEntry* first = &snapshot.expiringCertificates.front();
        for (const TrustEntry& entry : snapshot.expiringCertificates) {
            if (entry.certificate.notAfter < first->certificate.notAfter) {
                first = &entry;
            }
        }
        const qint64 days = first->certificate.daysLeft(QDateTime::currentDateTimeUtc());
        const QString name = first->certificate.commonName.isEmpty() ? first->certificate.fingerprint.left(17)
                                                                      : first->certificate.commonName;
        m_certificates->setValue(QLocale().toString(qint64(snapshot.expiringCertificates.size())),
                                 days < 0 ? tr("%1 has expired: rotate it").arg(name)
                                          : tr("%1 expires in %n day(s)", nullptr, int(days)).arg(name),
                                 SummaryCard::Tone::Attention);
    } else if (snapshot.hasCertificateAuthority) {
        m_certificates->setValue(tr("OK"), tr("None expires within %n day(s)", nullptr, snapshot.certificateWarningDays),
                                 SummaryCard::Tone::Good);
    } else {
        m_certificates->setValue(tr("None"), tr("No certificate authority yet"));
    }
}

void DashboardView::showCards(const HomeSnapshot& snapshot)
{
    showCertificates(snapshot);
    const QLocale locale;
    const auto authors = std::count_if(snapshot.sites.begin(), snapshot.sites.end(),
                                       [](const Site& s) { return s.stage == 0; });
    m_sites->setValue(locale.toString(qint64(snapshot.sites.size())),
                      tr("%n at the author stage", nullptr, int(authors)));

    const auto paired = std::count_if(snapshot.relationships.begin(), snapshot.relationships.end(),
                                      [](const Relationship& r) { return r.initialCopyDone; });
    m_relationships->setValue(locale.toString(qint64(snapshot.relationships.size())),
                              snapshot.relationships.empty() ? tr("No site is paired yet")
                                                             : tr("%n in step after the initial copy", nullptr, int(paired)));

    const auto enabled = std::count_if(snapshot.schedules.begin(), snapshot.schedules.end(),
                                       [](const Schedule& s) { return s.enabled; });
    m_schedules->setValue(locale.toString(qint64(enabled)),
                          tr("enabled, of %n", nullptr, int(snapshot.schedules.size())));

    if (snapshot.pendingConflictCount > 0) {
        m_conflicts->setValue(locale.toString(snapshot.pendingConflictCount),
                              tr("%n waiting for your decision", nullptr, int(snapshot.pendingConflictCount)),
                              SummaryCard::Tone::Attention);
    } else {
        m_conflicts->setValue(locale.toString(0), tr("Nothing to review"), SummaryCard::Tone::Good);
    }

    if (snapshot.recentRuns.empty()) {
        m_lastRun->setValue(tr("None"), tr("No profile has run yet"));
    } else {
        const Run& last = snapshot.recentRuns.front();
        const bool bad = last.state == RunState::Failed;
        m_lastRun->setValue(Formatting::runState(last.state),
                            tr("%1, %2").arg(last.profileName, Formatting::dateTime(last.startedAt)),
                            bad ? SummaryCard::Tone::Attention : SummaryCard::Tone::Good);
    }
}

} // namespace ferry::ui
