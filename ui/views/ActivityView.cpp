#include "ActivityView.h"

#include "Formatting.h"
#include "models/SyncLogModel.h"
#include "services/SyncLogQuery.h"
#include "widgets/EmptyState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ferry::ui {
namespace {

constexpr int filterDelayMs = 250;  // typing a word runs one query, not one per letter

// The earliest a time filter can be: shown as "any time", meaning no bound.
const QDateTime noBound = QDateTime(QDate(2000, 1, 1), QTime(0, 0));

QDateTimeEdit* makeTimeBound(const QString& objectName, const QString& unsetText, QWidget* parent)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDateTime(noBound);
    edit->setSpecialValueText(unsetText);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setDateTime(noBound);
    return edit;
}

} // namespace

ActivityView::ActivityView(const QString& homePath, QWidget* parent)
    : ViewPage(QStringLiteral("activityView"), tr("Activity"),
               tr("The sync log: what every run sent, received and deleted, and what went wrong."), parent)
    , m_query(new SyncLogQuery(homePath, this))
    , m_model(new SyncLogModel(m_query, this))
    , m_live(new QCheckBox(tr("Live"), this))
    , m_export(new QPushButton(QIcon(QStringLiteral(":/icons/activity.svg")), tr("Export CSV…"), this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_live->setObjectName(QStringLiteral("activityLiveTail"));
    m_live->setToolTip(tr("New entries appear at the top while this view is open."));
    m_live->setChecked(true);
    m_export->setObjectName(QStringLiteral("activityExport"));
    m_export->setToolTip(tr("Save the entries the filters select as a CSV file."));
    addAction(m_live);
    addAction(m_export);

    m_status->setObjectName(QStringLiteral("activityCount"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_table = makeTable(m_model, QStringLiteral("activityTable"));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeFilterBar());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    auto* empty = new EmptyState(QStringLiteral(":/icons/activity.svg"), tr("No activity yet"),
                                 tr("Every run writes here what it did to each folder and table — files and rows sent, "
                                    "received and deleted — and every error, with the side it happened on."),
                                 this);
    setContent(content, empty);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(filterDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &ActivityView::applyFilter);
    connect(m_live, &QCheckBox::toggled, this, [this](bool on) { m_model->setLiveTail(on && isVisible()); });
    connect(m_export, &QPushButton::clicked, this, &ActivityView::chooseExportFile);
    // Rows arrive by insertion, not reset: fit the columns to the first page, once per filter,
    // within reason, so a long name does not push the message out of sight.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() { m_fitColumns = true; });
    connect(m_model, &SyncLogModel::loaded, this, [this]() {
        if (m_fitColumns && m_model->rowCount() > 0) {
            m_fitColumns = false;
            for (int column = 0; column < SyncLogModel::Message; ++column) {
                m_table->resizeColumnToContents(column);
                m_table->setColumnWidth(column, std::min(m_table->columnWidth(column) + 8, 240));
            }
        }
        m_lastError.clear();
        if (m_model->rowCount() > 0) {
            showContent(true);
        }
        updateStatus();
    });
    connect(m_model, &SyncLogModel::loadFailed, this, [this](const QString& message) {
        m_lastError = message;
        updateStatus();
    });
    connect(m_query, &SyncLogQuery::exported, this, [this](qint64 entries, const QString& path) {
        m_export->setEnabled(true);
        emit exportFinished(tr("%n record(s) written to %1.", nullptr, int(entries)).arg(QDir::toNativeSeparators(path)));
    });
    connect(m_query, &SyncLogQuery::exportFailed, this, [this](const QString& message) {
        m_export->setEnabled(true);
        emit exportFinished(message);
    });
    connect(this, &ActivityView::exportFinished, m_status, &QLabel::setText);
}

QWidget* ActivityView::makeFilterBar()
{
    auto* bar = new QWidget(this);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("activitySearch"));
    m_search->setPlaceholderText(tr("Search messages"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);

    m_relationship = new QComboBox(bar);
    m_relationship->setObjectName(QStringLiteral("activityRelationship"));
    m_site = new QComboBox(bar);
    m_site->setObjectName(QStringLiteral("activitySite"));
    setChoices(m_relationship, {});
    setChoices(m_site, {});
    m_relationship->setItemText(0, tr("All relationships"));
    m_site->setItemText(0, tr("All sites"));

    m_resource = new QLineEdit(bar);
    m_resource->setObjectName(QStringLiteral("activityResource"));
    m_resource->setPlaceholderText(tr("Folder or table"));
    m_resource->setClearButtonEnabled(true);
    m_resource->setMaximumWidth(140);

    m_mode = new QComboBox(bar);
    m_mode->setObjectName(QStringLiteral("activityMode"));
    m_mode->addItem(tr("Any mode"));
    for (LogMode mode : {LogMode::Pull, LogMode::Push, LogMode::In, LogMode::Out}) {
        m_mode->addItem(Formatting::logMode(mode), int(mode));
    }
    m_result = new QComboBox(bar);
    m_result->setObjectName(QStringLiteral("activityResult"));
    m_result->addItem(tr("Any result"));
    for (LogResult result : {LogResult::Ok, LogResult::Warning, LogResult::Error}) {
        m_result->addItem(Formatting::logResult(result), int(result));
    }

    m_from = makeTimeBound(QStringLiteral("activityFrom"), tr("from the start"), bar);
    m_to = makeTimeBound(QStringLiteral("activityTo"), tr("until now"), bar);

    m_runChip = new QPushButton(bar);
    m_runChip->setObjectName(QStringLiteral("activityRunChip"));
    m_runChip->setToolTip(tr("Show the entries of every run again"));
    m_runChip->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_runChip->hide();
    connect(m_runChip, &QPushButton::clicked, this, &ActivityView::clearRun);

    auto* clear = new QPushButton(tr("Clear filters"), bar);
    clear->setObjectName(QStringLiteral("activityClearFilters"));
    connect(clear, &QPushButton::clicked, this, &ActivityView::clearFilters);

    auto* first = new QHBoxLayout;
    first->addWidget(m_search, 2);
    first->addWidget(m_relationship, 1);
    first->addWidget(m_site, 1);
    first->addWidget(m_resource, 1);
    first->addWidget(m_mode);
    first->addWidget(m_result);
    auto* second = new QHBoxLayout;
    second->addWidget(new QLabel(tr("From"), bar));
    second->addWidget(m_from);
    second->addWidget(new QLabel(tr("to"), bar));
    second->addWidget(m_to);
    second->addWidget(m_runChip);
    second->addStretch(1);
    second->addWidget(clear);
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(first);
    rows->addLayout(second);

    auto later = [this]() { m_debounce->start(); };
    connect(m_search, &QLineEdit::textChanged, this, later);
    connect(m_resource, &QLineEdit::textChanged, this, later);
    for (QComboBox* box : {m_relationship, m_site, m_mode, m_result}) {
        connect(box, &QComboBox::currentIndexChanged, this, later);
    }
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, later);
    }
    return bar;
}

void ActivityView::setChoices(QComboBox* box, const QStringList& names)
{
    // Keeps the first entry ("All …") and the current choice, even if it is gone from the home:
    // the log keeps history of relationships that were deleted or renamed.
    const QString current = box->currentIndex() > 0 ? box->currentText() : QString();
    QStringList wanted = names;
    if (!current.isEmpty() && !wanted.contains(current)) {
        wanted << current;
    }
    QStringList have;
    for (int i = 1; i < box->count(); ++i) {
        have << box->itemText(i);
    }
    if (have == wanted && box->count() > 0) {
        return;
    }
    const QSignalBlocker blocker(box);
    const QString all = box->count() > 0 ? box->itemText(0) : QString();
    box->clear();
    box->addItem(all);
    box->addItems(wanted);
    box->setCurrentIndex(current.isEmpty() ? 0 : box->findText(current));
}

SyncLogFilter ActivityView::currentFilter() const
{
    SyncLogFilter filter;
    filter.text = m_search->text().trimmed();
    filter.relationship = m_relationship->currentIndex() > 0 ? m_relationship->currentText() : QString();
    filter.site = m_site->currentIndex() > 0 ? m_site->currentText() : QString();
    filter.resource = m_resource->text().trimmed();
    if (m_mode->currentIndex() > 0) {
        filter.mode = LogMode(m_mode->currentData().toInt());
    }
    if (m_result->currentIndex() > 0) {
        filter.result = LogResult(m_result->currentData().toInt());
    }
    if (m_from->dateTime() > noBound) {
        filter.from = m_from->dateTime();
    }
    if (m_to->dateTime() > noBound) {
        // The edit shows minutes: "to 14:05" includes everything in that minute.
        filter.to = m_to->dateTime().addSecs(59).addMSecs(999);
    }
    filter.runId = m_runId;
    return filter;
}

void ActivityView::applyFilter()
{
    m_debounce->stop();
    m_model->setFilter(currentFilter());
    updateStatus();
}

void ActivityView::showRun(qint64 runId)
{
    m_runId = runId;
    m_runChip->setText(tr("Run %1 only").arg(runId));
    m_runChip->setVisible(runId > 0);
    showContent(true);
    applyFilter();
}

void ActivityView::clearRun()
{
    showRun(0);
}

void ActivityView::clearFilters()
{
    const QSignalBlocker b1(m_search), b2(m_resource), b3(m_relationship), b4(m_site), b5(m_mode), b6(m_result),
        b7(m_from), b8(m_to);
    m_search->clear();
    m_resource->clear();
    for (QComboBox* box : {m_relationship, m_site, m_mode, m_result}) {
        box->setCurrentIndex(0);
    }
    m_from->setDateTime(noBound);
    m_to->setDateTime(noBound);
    clearRun();
}

void ActivityView::showSnapshot(const HomeSnapshot& snapshot)
{
    QStringList relationships;
    for (const Relationship& r : snapshot.relationships) {
        relationships << r.name;
    }
    QStringList sites;
    for (const Site& s : snapshot.sites) {
        sites << s.name;
    }
    setChoices(m_relationship, relationships);
    setChoices(m_site, sites);
    showContent(snapshot.logEntryCount > 0 || m_model->rowCount() > 0 || !currentFilter().isEmpty());
}

void ActivityView::showEvent(QShowEvent* event)
{
    ViewPage::showEvent(event);
    if (m_model->rowCount() == 0 && !m_model->isLoading()) {
        m_model->setFilter(currentFilter());
        m_model->reload();
    }
    m_model->setLiveTail(m_live->isChecked());
    updateStatus();
}

void ActivityView::hideEvent(QHideEvent* event)
{
    // Nobody looks: no polling. The next show reads the newest page again.
    m_model->setLiveTail(false);
    ViewPage::hideEvent(event);
}

void ActivityView::updateStatus()
{
    if (!m_lastError.isEmpty()) {
        m_status->setText(tr("The log could not be read: %1").arg(m_lastError));
        return;
    }
    const int rows = m_model->rowCount();
    if (m_model->isLoading() && rows == 0) {
        m_status->setText(tr("Reading the log…"));
    } else if (rows == 0) {
        m_status->setText(currentFilter().isEmpty() ? tr("The log is empty.") : tr("No entry matches these filters."));
    } else if (m_model->isComplete()) {
        m_status->setText(tr("%n record(s).", nullptr, rows));
    } else {
        m_status->setText(tr("The newest %n record(s); more appear as you scroll.", nullptr, rows));
    }
}

void ActivityView::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the sync log"),
                                                      folder + QStringLiteral("/ferry-log.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

void ActivityView::exportTo(const QString& path)
{
    m_export->setEnabled(false);
    m_status->setText(tr("Exporting…"));
    m_query->exportCsv(currentFilter(), path);
}

} // namespace ferry::ui
