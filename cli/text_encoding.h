// Bytes from outside -> UTF-8 text: UTF-16 with a byte-order mark is decoded,
// a UTF-8 byte-order mark dropped; everything else is passed on as it is (the
// document reader checks it is UTF-8).
#pragma once

#include <string>

#include "annals/status.h"

namespace annals::cli {

// UTF-16 LE or BE with a BOM -> UTF-8; a broken surrogate pair is an error
// naming its offset. Other bytes come back unchanged.
Result<std::string> to_utf8(std::string bytes);

}  // namespace annals::cli
