#pragma once
// ferryctl log and ferryctl conflicts: the sync log and the conflict log, newest first.

#include "CliCommand.h"

namespace ferry::cli {

class LogCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LogCommand)

public:
    QString name() const override { return QStringLiteral("log"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& arguments, const CliContext& context) override;
};

class ConflictsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConflictsCommand)

public:
    QString name() const override { return QStringLiteral("conflicts"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& arguments, const CliContext& context) override;
};

} // namespace ferry::cli
