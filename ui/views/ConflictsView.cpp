#include "ConflictsView.h"

#include "Formatting.h"
#include "services/ConflictService.h"
#include "widgets/ConflictDetail.h"
#include "widgets/EmptyState.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QCheckBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ferry::ui {

ConflictsView::ConflictsView(const QString& homePath, QWidget* parent)
    : ViewPage(QStringLiteral("conflictsView"), tr("Conflicts"),
               tr("Items that changed on both sides between two runs, how each was settled, and those waiting for "
                  "your decision."),
               parent)
    , m_service(new ConflictService(homePath, this))
    , m_tabs(new QTabWidget(this))
    , m_detail(new ConflictDetail(this))
    , m_keepLocal(new QPushButton(tr("Keep Local"), this))
    , m_keepRemote(new QPushButton(tr("Keep Remote"), this))
    , m_keepBoth(new QPushButton(tr("Keep Both"), this))
    , m_applyNow(new QCheckBox(tr("Apply at once"), this))
    , m_status(new QLabel(this))
{
    using Column = RecordTableModel<Conflict>::Column;
    const std::vector<Column> common{
        Column{tr("Detected"), [](const Conflict& c) { return Formatting::dateTime(c.detectedAt); }},
        Column{tr("Relationship"), [](const Conflict& c) { return c.relationship; }},
        Column{tr("Site"), [](const Conflict& c) { return c.site; }},
        Column{tr("Resource"), [](const Conflict& c) { return c.resource; }},
        Column{tr("Item"), [](const Conflict& c) { return c.item; }},
    };
    std::vector<Column> settled = common;
    settled.insert(settled.end(), {
        Column{tr("Status"), [](const Conflict& c) { return Formatting::conflictStatus(c.status); }},
        Column{tr("Kept"), [](const Conflict& c) { return Formatting::conflictWinner(c.winner); }},
        Column{tr("Decided by"),
               [](const Conflict& c) { return c.status == ConflictStatus::Resolved ? c.resolvedBy : c.policy; }},
        Column{tr("Decided"), [](const Conflict& c) {
                   return c.status == ConflictStatus::Resolved ? Formatting::dateTime(c.resolvedAt) : QString();
               }},
    });
    std::vector<Column> pending = common;
    pending.push_back(Column{tr("Policy"), [](const Conflict& c) { return c.policy; }});
    m_pending = new RecordTableModel<Conflict>(pending, this);
    m_settled = new RecordTableModel<Conflict>(settled, this);

    m_tabs->setObjectName(QStringLiteral("conflictTabs"));
    m_pendingTable = makeConflictTable(m_pending, QStringLiteral("pendingConflictsTable"));
    m_settledTable = makeConflictTable(m_settled, QStringLiteral("settledConflictsTable"));
    m_tabs->addTab(m_pendingTable, tr("Waiting for you"));
    m_tabs->addTab(m_settledTable, tr("Settled"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this]() {
        showCurrent();
        updateButtons();
    });

    m_keepLocal->setObjectName(QStringLiteral("keepLocalButton"));
    m_keepRemote->setObjectName(QStringLiteral("keepRemoteButton"));
    m_keepBoth->setObjectName(QStringLiteral("keepBothButton"));
    m_keepLocal->setToolTip(tr("The local version stays; the next run sends it to the remote site."));
    m_keepRemote->setToolTip(tr("The remote version replaces the local one on the next run."));
    m_keepBoth->setToolTip(tr("Both stay: the remote version is saved beside the local one, named after its site."));
    addAction(m_keepLocal);
    addAction(m_keepRemote);
    addAction(m_keepBoth);
    m_applyNow->setObjectName(QStringLiteral("applyNowCheck"));
    m_applyNow->setToolTip(tr("Start a run of the profile that found the conflict as soon as the decision is recorded, "
                              "rather than waiting for its next run."));
    addAction(m_applyNow);
    connect(m_keepLocal, &QPushButton::clicked, this, [this]() { resolveSelected(ConflictWinner::Local); });
    connect(m_keepRemote, &QPushButton::clicked, this, [this]() { resolveSelected(ConflictWinner::Remote); });
    connect(m_keepBoth, &QPushButton::clicked, this, [this]() { resolveSelected(ConflictWinner::Both); });

    m_status->setObjectName(QStringLiteral("conflictStatus"));
    m_status->setWordWrap(true);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    auto* empty = new EmptyState(QStringLiteral(":/icons/conflicts.svg"), tr("No conflicts"),
                                 tr("When the same file or row changes on both sides between two runs, Ferry records "
                                    "it here with both versions, whatever the policy settled. Nothing needs your "
                                    "decision."),
                                 this);
    setContent(content, empty);

    connect(m_service, &ConflictService::contentReady, this, &ConflictsView::showLoaded);
    connect(m_service, &ConflictService::resolved, this, [this](int count, ConflictWinner winner, const QList<qint64>& profiles) {
        const bool now = m_applyNow->isChecked() && !profiles.isEmpty();
        const QString message = (now ? tr("%n conflict(s) decided: %1. A run applies it now.", nullptr, count)
                                     : tr("%n conflict(s) decided: %1. The next run applies it.", nullptr, count))
                                    .arg(Formatting::conflictWinner(winner));
        if (now) {
            for (qint64 profile : profiles) {
                emit runRequested(profile);
            }
        }
        m_status->setText(message);
        emit resolveFinished(message);
        emit conflictsChanged();
    });
    connect(m_service, &ConflictService::resolveFailed, this, [this](const QString& message) {
        m_status->setText(message);
        emit resolveFinished(message);
        emit conflictsChanged();
    });
    updateButtons();
}

QTableView* ConflictsView::makeConflictTable(RecordTableModel<Conflict>* model, const QString& objectName)
{
    QTableView* table = makeTable(model, objectName);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        showCurrent();
        updateButtons();
    });
    return table;
}

void ConflictsView::showSnapshot(const HomeSnapshot& snapshot)
{
    std::vector<Conflict> pending;
    std::vector<Conflict> settled;
    for (const Conflict& c : snapshot.conflicts) {
        (c.status == ConflictStatus::PendingReview ? pending : settled).push_back(c);
    }
    m_tabs->setTabText(0, pending.empty() ? tr("Waiting for you") : tr("Waiting for you (%1)").arg(pending.size()));
    m_pending->setRecords(std::move(pending));
    m_settled->setRecords(std::move(settled));
    showContent(!snapshot.conflicts.empty());
    updateButtons();
}

const Conflict* ConflictsView::currentConflict() const
{
    QTableView* table = m_tabs->currentIndex() == 0 ? m_pendingTable : m_settledTable;
    const auto* model = static_cast<const RecordTableModel<Conflict>*>(table->model());
    const QModelIndex current = table->selectionModel()->currentIndex();
    if (!current.isValid() || !table->selectionModel()->isRowSelected(current.row(), {})) {
        return nullptr;
    }
    return &model->record(current.row());
}

void ConflictsView::showCurrent()
{
    const Conflict* conflict = currentConflict();
    if (!conflict) {
        m_shownId = 0;
        m_detail->showNothing();
        return;
    }
    if (conflict->id == m_shownId) {
        return;
    }
    m_shownId = conflict->id;
    m_detail->showLoading(*conflict);
    m_service->loadContent(*conflict);
}

void ConflictsView::showLoaded(const ConflictContent& content)
{
    const Conflict* conflict = currentConflict();
    if (conflict && conflict->id == content.conflictId) {
        m_detail->showContent(*conflict, content);
    }
}

void ConflictsView::resolveSelected(ConflictWinner winner)
{
    QList<qint64> ids;
    for (const QModelIndex& row : m_pendingTable->selectionModel()->selectedRows()) {
        ids << m_pending->record(row.row()).id;
    }
    if (ids.isEmpty()) {
        return;
    }
    m_status->setText(tr("Recording your decision…"));
    m_service->resolve(ids, winner);
}

void ConflictsView::updateButtons()
{
    const bool pendingSelected = m_tabs->currentIndex() == 0 && m_pendingTable->selectionModel()->hasSelection();
    for (QPushButton* button : {m_keepLocal, m_keepRemote, m_keepBoth}) {
        button->setEnabled(pendingSelected);
    }
}

} // namespace ferry::ui
