// Placeholder: replaced by the owner of this command.
#include "commands.h"

namespace annals::cli {

void register_admin(CLI::App&, const GlobalOptions&, int*) {}

}  // namespace annals::cli
