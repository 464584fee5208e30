#pragma once
// ferryctl's command line: global options, then a command and its own arguments.
//   ferryctl [--home DIR] COMMAND [ARGS…]
// See DESIGN.md section 6 for the forms scripts rely on.

#include "CliCommand.h"

#include <memory>
#include <vector>

namespace ferry::cli {

class CtlApplication
{
    Q_DECLARE_TR_FUNCTIONS(CtlApplication)

public:
    CtlApplication();
    ~CtlApplication();

    // arguments excludes the program name. Returns the process exit status.
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

    QString usage() const;

private:
    CliCommand* find(const QString& name) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace ferry::cli
