#pragma once
// ferryctl relationship add|list|remove: pair a local site with a site on another server.

#include "CliCommand.h"

namespace ferry::cli {

class RelationshipCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RelationshipCommand)

public:
    QString name() const override { return QStringLiteral("relationship"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& arguments, const CliContext& context) override;

private:
    int add(const QStringList& arguments, const CliContext& context);
    int list(const QStringList& arguments, const CliContext& context);
    int remove(const QStringList& arguments, const CliContext& context);
};

} // namespace ferry::cli
