#pragma once
// ferryctl sync PROFILE: runs a profile now, or with --dry-run shows what it would do.

#include "CliCommand.h"

namespace ferry {
struct SyncRunResult;
}

namespace ferry::cli {

class SyncCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& arguments, const CliContext& context) override;

private:
    static void printPlan(const SyncRunResult& result, const CliContext& context);
    static void printJson(const SyncRunResult& result, const QString& profile, bool dryRun, const CliContext& context);
};

} // namespace ferry::cli
