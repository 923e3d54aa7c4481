#include "commands.h"

namespace annals::cli {

void register_ingest(CLI::App&, const GlobalOptions&, int*) {}

}  // namespace annals::cli
