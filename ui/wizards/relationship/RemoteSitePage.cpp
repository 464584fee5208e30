#include "RemoteSitePage.h"

#include "RelationshipWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace ferry::ui {

namespace {

QStringList tablesOf(const HelloSite& site)
{
    QStringList tables;
    for (const QString& resource : site.resources) {
        if (resource.startsWith(QLatin1String("table:"))) {
            tables << resource.mid(6);
        }
    }
    return tables;
}

} // namespace

RemoteSitePage::RemoteSitePage(QWidget* parent)
    : AsyncWizardPage(parent)
    , m_sites(new QListWidget(this))
    , m_files(new QCheckBox(tr("&Files"), this))
    , m_tables(new QListWidget(this))
    , m_differences(new QLabel(this))
{
    setTitle(tr("Remote site and resources"));
    setSubTitle(tr("The sites the agent offers to this server, and what to keep in step."));
    m_sites->setObjectName(QStringLiteral("remoteSiteList"));
    m_sites->setMaximumHeight(110);
    m_files->setObjectName(QStringLiteral("filesCheck"));
    m_files->setChecked(true);
    m_files->setEnabled(false);
    m_files->setToolTip(tr("A relationship always keeps the files in step; narrow them with patterns in the profile."));
    m_tables->setObjectName(QStringLiteral("tablesList"));
    m_tables->setMaximumHeight(110);
    m_differences->setObjectName(QStringLiteral("tableDifferences"));
    m_differences->setWordWrap(true);
    body()->addWidget(new QLabel(tr("Site on the agent:"), this));
    body()->addWidget(m_sites);
    body()->addWidget(m_files);
    body()->addWidget(new QLabel(tr("Tables found on both sides:"), this));
    body()->addWidget(m_tables);
    body()->addWidget(m_differences);
    connect(m_sites, &QListWidget::currentRowChanged, this, &RemoteSitePage::showResources);
}

void RemoteSitePage::initializePage()
{
    RelationshipWizard* wizard = wizardAs<RelationshipWizard>();
    const auto& report = wizard->draft().report;
    QSignalBlocker blocker(m_sites);
    m_sites->clear();
    int chosen = 0;
    if (report.hello) {
        for (const HelloSite& site : report.hello->sites) {
            auto* item = new QListWidgetItem(tr("%1 (stage %2)").arg(site.name).arg(site.stage), m_sites);
            item->setData(Qt::UserRole, site.name);
            if (site.isNamed(wizard->draft().remoteSite)) {
                chosen = m_sites->count() - 1;
            }
        }
    }
    m_sites->setCurrentRow(chosen);
    showResources();
}

void RemoteSitePage::showResources()
{
    for (int i = 0; i < m_tables->count(); ++i) {
        QListWidgetItem* item = m_tables->item(i);
        m_checkedTables.removeAll(item->text());
        if (item->checkState() == Qt::Checked) {
            m_checkedTables << item->text();
        }
    }
    m_tables->clear();
    RelationshipWizard* wizard = wizardAs<RelationshipWizard>();
    const auto& hello = wizard->draft().report.hello;
    const int row = m_sites->currentRow();
    if (!hello || row < 0 || std::size_t(row) >= hello->sites.size()) {
        m_differences->clear();
        return;
    }
    const QStringList local = wizard->draft().localSite.tables;
    const QStringList remote = tablesOf(hello->sites[std::size_t(row)]);
    QStringList both;
    QStringList onlyLocal;
    QStringList onlyRemote;
    for (const QString& table : local) {
        (remote.contains(table) ? both : onlyLocal) << table;
    }
    for (const QString& table : remote) {
        if (!local.contains(table)) {
            onlyRemote << table;
        }
    }
    for (const QString& table : both) {
        auto* item = new QListWidgetItem(table, m_tables);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_checkedTables.contains(table) || m_checkedTables.isEmpty() ? Qt::Checked : Qt::Unchecked);
    }
    QStringList lines;
    if (local.isEmpty() && remote.isEmpty()) {
        lines << tr("Neither site captures database tables: only files are kept in step.");
    }
    if (!onlyLocal.isEmpty()) {
        lines << tr("Only on %1 (this server): %2. Not kept in step until the other site captures them too.")
                     .arg(wizard->draft().localSite.name, onlyLocal.join(QStringLiteral(", ")));
    }
    if (!onlyRemote.isEmpty()) {
        lines << tr("Only on %1 (remote): %2. Not kept in step until this site captures them too.")
                     .arg(hello->sites[std::size_t(row)].name, onlyRemote.join(QStringLiteral(", ")));
    }
    if (!local.isEmpty() && onlyLocal.isEmpty() && onlyRemote.isEmpty()) {
        lines << tr("Both sites capture the same tables.");
    }
    m_differences->setText(lines.join(QLatin1Char('\n')));
}

QString RemoteSitePage::inputProblem() const
{
    if (m_sites->currentRow() < 0) {
        return tr("The agent offers no site to this server's certificate. On that server, allow it: "
                  "ferryctl peer allow FINGERPRINT --site SITE");
    }
    return {};
}

bool RemoteSitePage::startWork()
{
    RelationshipWizard* wizard = wizardAs<RelationshipWizard>();
    RelationshipWizardDraft& draft = wizard->draft();
    draft.remoteSite = m_sites->currentItem()->data(Qt::UserRole).toString();
    draft.tables.clear();
    for (int i = 0; i < m_tables->count(); ++i) {
        if (m_tables->item(i)->checkState() == Qt::Checked) {
            draft.tables << m_tables->item(i)->text();
        }
    }
    const HelloSite* site = wizard->remoteSiteEntry();
    draft.report.mayPush = site != nullptr ? site->push : std::nullopt;
    return true;
}

} // namespace ferry::ui
