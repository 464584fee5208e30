#pragma once
// ferryctl versions list|restore|prune: the files runs overwrote or deleted on a site, kept in
// its versions area in the home; one put back in place; the old ones removed before their time.

#include "CliCommand.h"

namespace ferry::cli {

class VersionsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(VersionsCommand)

public:
    QString name() const override { return QStringLiteral("versions"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& arguments, const CliContext& context) override;

private:
    int list(const QStringList& arguments, const CliContext& context);
    int restore(const QStringList& arguments, const CliContext& context);
    int prune(const QStringList& arguments, const CliContext& context);
};

} // namespace ferry::cli
