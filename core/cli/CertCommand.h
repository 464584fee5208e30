#pragma once
// ferryctl cert ca|issue|import|list|untrust|expiry-warning: this installation's certificate
// authority, the node certificates it issues and the certificates it trusts.

#include "CliCommand.h"

#include <QCommandLineParser>

namespace ferry::cli {

class CertCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CertCommand)

public:
    QString name() const override { return QStringLiteral("cert"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& arguments, const CliContext& context) override;

private:
    int createCa(const QStringList& arguments, const CliContext& context);
    int issue(const QStringList& arguments, const CliContext& context);
    int importFile(const QStringList& arguments, const CliContext& context);
    int list(const QStringList& arguments, const CliContext& context);
    int untrust(const QStringList& arguments, const CliContext& context);
    int expiryWarning(const QStringList& arguments, const CliContext& context);
};

} // namespace ferry::cli
