#pragma once
// ferryctl site add|list: register this server's sites and show them.

#include "CliCommand.h"

#include <QCommandLineParser>

namespace ferry::cli {

class SiteCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SiteCommand)

public:
    QString name() const override { return QStringLiteral("site"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& arguments, const CliContext& context) override;

private:
    int add(const QStringList& arguments, const CliContext& context);
    int list(const QStringList& arguments, const CliContext& context);
};

} // namespace ferry::cli
