#pragma once
// Carries out a plan between this site and a remote one: pulls first (fetch the manifests, the
// chunks this side lacks, then apply here through SiteWriter), then pushes (ask which chunks the
// remote lacks, send them, then apply there), and last the version-only updates that make both
// sides agree on what they now hold. Each item succeeds or fails on its own; a failed item is
// reported and the rest go on. Every write goes through SiteWriter, on either side, so nothing
// is torn and every overwritten version is kept.

#include "Plan.h"
#include "RemoteSite.h"
#include "common/Progress.h"
#include "model/Run.h"
#include "model/Site.h"

#include <QCoreApplication>

#include <atomic>

namespace ferry {

class ChangeCapture;
class ContentDatabase;
class SiteIndex;
class SiteWriter;

struct ItemOutcome {
    bool done = false;
    bool remoteError = false;  // the failure happened on the peer
    QString error;
};

struct ExecutionContext {
    QString homePath;
    Site localSite;
    SiteIndex& localIndex;
    SiteWriter& localWriter;
    RemoteSite& remote;
    const std::atomic_bool& cancelled;
    ProgressMeter& progress;
};

class PlanExecutor
{
    Q_DECLARE_TR_FUNCTIONS(PlanExecutor)

public:
    explicit PlanExecutor(ExecutionContext context);
    ~PlanExecutor();

    // One outcome per plan item, in the plan's order (Hold items are left not done, no error).
    std::vector<ItemOutcome> execute(const Plan& plan);
    const RunTotals& totals() const { return m_totals; }

    static VersionVector joined(const PlannedItem& item);

private:
    void pull(const Plan& plan, const std::vector<std::size_t>& items);
    void push(const Plan& plan, const std::vector<std::size_t>& items);
    void settleVersions(const Plan& plan);
    void applyLocally(const Plan& plan, std::vector<std::pair<std::size_t, ApplyItem>> items, bool content);
    void applyRemotely(const Plan& plan, std::vector<std::pair<std::size_t, ApplyItem>> items, bool content);
    Result<QCborMap> readLocalRow(const QString& table, const QString& key);
    ApplyItem baseItem(const PlannedItem& item, bool toRemote) const;
    void failAll(const std::vector<std::size_t>& items, const QString& error, bool remote);
    void count(const PlannedItem& item, bool incoming);
    void report(const QString& current);

    ExecutionContext m_context;
    std::vector<ItemOutcome> m_outcomes;
    std::vector<bool> m_needsVersionOnly;  // moved: the sending side still records the joined version
    RunTotals m_totals;
    Progress m_progress;
    std::unique_ptr<ContentDatabase> m_database;
    std::unique_ptr<ChangeCapture> m_capture;
};

} // namespace ferry
