#pragma once
// ferryctl site add|set|list|remove|scan: register this server's sites, change how long they keep
// overwritten files, show them, take them out again, and bring their index up to date.

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
    int set(const QStringList& arguments, const CliContext& context);
    int list(const QStringList& arguments, const CliContext& context);
    int remove(const QStringList& arguments, const CliContext& context);
    int scan(const QStringList& arguments, const CliContext& context);
};

} // namespace ferry::cli
