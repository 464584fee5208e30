#include "SitesView.h"

#include "Formatting.h"
#include "widgets/EmptyState.h"

#include <QDir>
#include <QPushButton>
#include <QTableView>

namespace ferry::ui {

SitesView::SitesView(QWidget* parent)
    : ViewPage(QStringLiteral("sitesView"), tr("Sites"),
               tr("The web sites on this server that Ferry keeps in step: their files and, later, their content "
                  "database."),
               parent)
{
    using Column = RecordTableModel<Site>::Column;
    m_model = new RecordTableModel<Site>(
        {
            Column{tr("Name"), [](const Site& s) { return s.name; }},
            Column{tr("Stage"),
                   [](const Site& s) { return s.stage == 0 ? tr("0 · author") : QString::number(s.stage); }},
            Column{tr("Files folder"), [](const Site& s) { return QDir::toNativeSeparators(s.filesRoot); }},
            Column{tr("Added"), [](const Site& s) { return Formatting::dateTime(s.createdAt); }},
            Column{tr("UUID"), [](const Site& s) { return s.uuid.toString(QUuid::WithoutBraces); }},
        },
        this);

    auto* add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add Site…"), this);
    add->setObjectName(QStringLiteral("addSiteButton"));
    connect(add, &QPushButton::clicked, this, &SitesView::addSiteRequested);
    addAction(add);

    auto* empty = new EmptyState(QStringLiteral(":/icons/sites.svg"), tr("No sites yet"),
                                 tr("Register the web sites on this server that Ferry should keep in step: a name and "
                                    "the folder that holds the site's files. From a shell: "
                                    "ferryctl site add NAME --files DIR"),
                                 this);
    connect(empty->setAction(tr("Add Site…")), &QPushButton::clicked, this, &SitesView::addSiteRequested);
    setContent(makeTable(m_model, QStringLiteral("sitesTable")), empty);
}

void SitesView::showSnapshot(const HomeSnapshot& snapshot)
{
    m_model->setRecords(snapshot.sites);
    showContent(!snapshot.sites.empty());
}

} // namespace ferry::ui
