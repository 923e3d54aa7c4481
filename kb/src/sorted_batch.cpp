#include "sorted_batch.h"

#include <algorithm>
#include <vector>

namespace annals::kb {
namespace {

struct Op {
  std::uint32_t cf;
  std::uint32_t seq;     // position in the batch: of equal keys the later wins
  std::uint64_t prefix;  // the key's first 8 bytes, big-endian, zero-padded
  rocksdb::Slice key;
  rocksdb::Slice value;
  bool put;
};

std::uint64_t prefix_of(const rocksdb::Slice& key) {
  std::uint64_t p = 0;
  const std::size_t n = std::min<std::size_t>(key.size(), 8);
  for (std::size_t i = 0; i < 8; ++i)
    p = (p << 8) | (i < n ? static_cast<unsigned char>(key.data()[i]) : 0u);
  return p;
}

// The batch's entries as views of its own bytes, in the order written.
class Collect final : public rocksdb::WriteBatch::Handler {
 public:
  std::vector<Op> ops;
  rocksdb::Status PutCF(std::uint32_t cf, const rocksdb::Slice& key,
                        const rocksdb::Slice& value) override {
    ops.push_back({cf, static_cast<std::uint32_t>(ops.size()), prefix_of(key), key, value, true});
    return rocksdb::Status::OK();
  }
  rocksdb::Status DeleteCF(std::uint32_t cf, const rocksdb::Slice& key) override {
    ops.push_back(
        {cf, static_cast<std::uint32_t>(ops.size()), prefix_of(key), key, rocksdb::Slice(), false});
    return rocksdb::Status::OK();
  }
  rocksdb::Status SingleDeleteCF(std::uint32_t, const rocksdb::Slice&) override {
    return rocksdb::Status::NotSupported("single delete in a write group");
  }
  rocksdb::Status MergeCF(std::uint32_t, const rocksdb::Slice&, const rocksdb::Slice&) override {
    return rocksdb::Status::NotSupported("merge in a write group");
  }
};

}  // namespace

rocksdb::Status sorted_batch(const rocksdb::WriteBatch& in,
                             const std::function<rocksdb::ColumnFamilyHandle*(std::uint32_t)>& cf,
                             rocksdb::WriteBatch* out) {
  Collect all;
  all.ops.reserve(in.Count());
  if (rocksdb::Status s = in.Iterate(&all); !s.ok()) return s;
  // Of the operations on one key the last written stays last. Most keys
  // differ in their first 8 bytes: one integer comparison instead of memcmp.
  std::sort(all.ops.begin(), all.ops.end(), [](const Op& x, const Op& y) {
    if (x.cf != y.cf) return x.cf < y.cf;
    if (x.prefix != y.prefix) return x.prefix < y.prefix;
    if (const int c = x.key.compare(y.key); c != 0) return c < 0;
    return x.seq < y.seq;
  });
  out->Clear();
  for (std::size_t i = 0; i < all.ops.size(); ++i) {
    const Op& op = all.ops[i];
    if (i + 1 < all.ops.size() && all.ops[i + 1].cf == op.cf && all.ops[i + 1].key == op.key)
      continue;  // a later operation on the key decides
    rocksdb::ColumnFamilyHandle* handle = cf(op.cf);
    if (!handle) return rocksdb::Status::NotSupported("unknown column family in a write group");
    rocksdb::Status s = op.put ? out->Put(handle, op.key, op.value) : out->Delete(handle, op.key);
    if (!s.ok()) return s;
  }
  return rocksdb::Status::OK();
}

}  // namespace annals::kb
