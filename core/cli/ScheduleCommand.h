#pragma once
// ferryctl schedule add|list|remove|enable|disable: when profiles run on their own.

#include "CliCommand.h"

namespace ferry::cli {

class ScheduleCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)

public:
    QString name() const override { return QStringLiteral("schedule"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& arguments, const CliContext& context) override;

private:
    int add(const QStringList& arguments, const CliContext& context);
    int list(const QStringList& arguments, const CliContext& context);
    int remove(const QStringList& arguments, const CliContext& context);
    int setEnabled(const QStringList& arguments, const CliContext& context, bool enabled);
};

} // namespace ferry::cli
