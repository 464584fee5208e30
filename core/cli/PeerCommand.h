#pragma once
// ferryctl peer allow|list|deny: which other installations (by their node certificate's SHA-256
// fingerprint) may pull from this one's sites, and which may also push. The agent enforces it.

#include "CliCommand.h"

namespace ferry::cli {

class PeerCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PeerCommand)

public:
    QString name() const override { return QStringLiteral("peer"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& arguments, const CliContext& context) override;

private:
    int allow(const QStringList& arguments, const CliContext& context);
    int list(const QStringList& arguments, const CliContext& context);
    int deny(const QStringList& arguments, const CliContext& context);
};

} // namespace ferry::cli
