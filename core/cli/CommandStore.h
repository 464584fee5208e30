#pragma once
// Opens the home and its state store for a ferryctl command.

#include "CliCommand.h"
#include "common/Result.h"
#include "store/StateStore.h"

#include <memory>

namespace ferry::cli {

struct CommandStore {
    static Result<std::unique_ptr<StateStore>> open(const CliContext& context);
};

} // namespace ferry::cli
