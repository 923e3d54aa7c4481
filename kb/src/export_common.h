// Helpers shared by the exporters (private to kb/).
#pragma once

#include <span>
#include <string>
#include <vector>

#include "annals/export.h"

namespace annals::kb {

// The events in timeline order (contradicting stated relations are ignored).
std::vector<const EventRecord*> timeline_events(std::span<const EventRecord> events,
                                                std::span<const StatedRelation> relations = {});

std::string join(const std::vector<std::string>& items, std::string_view separator);

}  // namespace annals::kb
