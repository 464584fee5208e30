#pragma once
// ferryctl profile add|list|remove: what a relationship keeps in step, and how.

#include "CliCommand.h"

namespace ferry::cli {

class ProfileCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    QString name() const override { return QStringLiteral("profile"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& arguments, const CliContext& context) override;

private:
    int add(const QStringList& arguments, const CliContext& context);
    int list(const QStringList& arguments, const CliContext& context);
    int remove(const QStringList& arguments, const CliContext& context);
};

} // namespace ferry::cli
