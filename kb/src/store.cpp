#include "annals/kb.h"

namespace annals::kb {

Result<std::unique_ptr<Store>> Store::open(const std::string&, Mode) {
  return Status::Unsupported("the store is not built yet");
}

}  // namespace annals::kb
