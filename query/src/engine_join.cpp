// The engine's hash join: a full scan of one relation feeding index probes
// into another, with the probes' memory fetched ahead.
#include "engine_steps.h"

namespace annals::query {

// A full scan feeding a probe (the common join): while tuple `id` is joined,
// the probe key of tuple id + kFar is hashed and its index slot prefetched,
// and the row in the slot of tuple id + kNear prefetched, so the probes of a
// large join do not wait on memory one at a time.
void Engine::scan_then_probe(Compiled& c, size_t i) {
  constexpr std::uint32_t kFar = 32, kNear = 12;
  Step& s = c.steps[i];
  Step& next = c.steps[i + 1];
  const Relation& scanned = *s.source;
  const Relation& probed = *next.source;
  const auto n = static_cast<std::uint32_t>(scanned.size());
  // The probe key of a scanned tuple: a column of it where the scan binds the
  // variable, else what is bound already (or a constant).
  std::vector<V> key = next.key;
  std::vector<int> from_column(next.args.size(), -1);
  for (size_t k = 0; k < next.args.size(); ++k) {
    const ArgMode& m = next.args[k];
    if (m.mode == ArgMode::kConst) key[k] = m.constant;
    if (m.mode != ArgMode::kCheck) continue;
    key[k] = vars_[static_cast<size_t>(m.var)];
    for (const ArgMode& bind : s.args)
      if (bind.mode == ArgMode::kBind && bind.var == m.var) from_column[k] = bind.column;
  }
  auto probe_hash = [&](std::uint32_t id) {
    const Row row = scanned.row(id);
    return probed.key_hash_of(next.mask, [&](int k) {
      return from_column[static_cast<size_t>(k)] >= 0 ? row[from_column[static_cast<size_t>(k)]]
                                                      : key[static_cast<size_t>(k)];
    });
  };
  std::uint64_t ahead[kFar] = {};
  for (std::uint32_t id = 0; id < n && id < kFar; ++id) {
    ahead[id] = probe_hash(id);
    probed.prefetch_slot(next.mask, ahead[id]);
  }
  for (std::uint32_t id = 0; id < n && !failure_; ++id) {
    const std::uint64_t hash = ahead[id % kFar];
    if (id + kNear < n) probed.prefetch_row(next.mask, ahead[(id + kNear) % kFar]);
    if (id + kFar < n) {
      ahead[id % kFar] = probe_hash(id + kFar);
      probed.prefetch_slot(next.mask, ahead[id % kFar]);
    }
    if (!match_rest(s, scanned.row(id))) continue;
    if (next.literal->negated) {
      run(c, i + 1);
      continue;
    }
    // The probe step, inline: its key, the hash known, each match onwards.
    tick();
    for (const ArgMode& m : next.checked)
      next.key[static_cast<size_t>(m.column)] = vars_[static_cast<size_t>(m.var)];
    probed.probe(next.mask, next.key.data(), hash, [&](std::uint32_t found) {
      if (match_rest(next, probed.row(found))) run(c, i + 2);
      return !failure_;
    });
  }
}

}  // namespace annals::query
