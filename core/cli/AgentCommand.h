#pragma once
// ferryctl agent hello URL: asks an agent who it is, which protocol it speaks, what time it
// thinks it is and which sites it serves, with this home's node certificate (or --cert/--key)
// and its trusted CAs (or --ca). The first thing to try when two servers will not talk.

#include "CliCommand.h"

namespace ferry::cli {

class AgentCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AgentCommand)

public:
    QString name() const override { return QStringLiteral("agent"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& arguments, const CliContext& context) override;

private:
    int hello(const QStringList& arguments, const CliContext& context);
};

} // namespace ferry::cli
