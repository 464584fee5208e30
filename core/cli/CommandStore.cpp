#include "CommandStore.h"

#include "home/Home.h"

namespace ferry::cli {

Result<std::unique_ptr<StateStore>> CommandStore::open(const CliContext& context)
{
    auto home = Home::open(context.homePath);
    if (!home) {
        return home.error();
    }
    return StateStore::open(home->stateDatabasePath());
}

} // namespace ferry::cli
