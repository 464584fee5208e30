#include "LocalSitePage.h"

#include "RelationshipWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace ferry::ui {

LocalSitePage::LocalSitePage(QWidget* parent)
    : AsyncWizardPage(parent)
    , m_sites(new QComboBox(this))
    , m_details(new QLabel(this))
{
    setTitle(tr("Local site"));
    setSubTitle(tr("The site on this server that the relationship keeps in step with a site on another server."));
    m_sites->setObjectName(QStringLiteral("localSiteCombo"));
    m_details->setObjectName(QStringLiteral("localSiteDetails"));
    m_details->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Site:"), m_sites);
    body()->addLayout(form);
    body()->addWidget(m_details);
    connect(m_sites, &QComboBox::currentIndexChanged, this, &LocalSitePage::describe);
}

void LocalSitePage::initializePage()
{
    if (m_sites->count() > 0) {
        return;  // filled once: going back keeps the choice
    }
    for (const Site& site : wizardAs<RelationshipWizard>()->snapshot().sites) {
        m_sites->addItem(site.name, site.id);
    }
    describe();
}

void LocalSitePage::describe()
{
    const auto& sites = wizardAs<RelationshipWizard>()->snapshot().sites;
    const int index = m_sites->currentIndex();
    if (index < 0 || std::size_t(index) >= sites.size()) {
        m_details->setText(tr("This home has no site yet. Add one first (File → Add Site…), then start this wizard again."));
        return;
    }
    const Site& site = sites[std::size_t(index)];
    m_details->setText(tr("Files: %1\nTables: %2")
                           .arg(site.filesRoot, site.tables.isEmpty() ? tr("none") : site.tables.join(QStringLiteral(", "))));
}

QString LocalSitePage::inputProblem() const
{
    if (m_sites->currentIndex() < 0) {
        return tr("There is no site to pair. Add one first (File → Add Site…).");
    }
    return {};
}

bool LocalSitePage::startWork()
{
    RelationshipWizard* wizard = wizardAs<RelationshipWizard>();
    wizard->draft().localSite = wizard->snapshot().sites.at(std::size_t(m_sites->currentIndex()));
    return true;
}

} // namespace ferry::ui
