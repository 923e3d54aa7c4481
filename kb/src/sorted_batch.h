// A write group's batch in key order, for the memtable inserts.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include <cstdint>
#include <functional>

namespace annals::kb {

// Copies the puts and deletes of `in` into `out` sorted by (column family,
// key), keeping only the last operation on each key: what the batch leaves
// in the store is the same, but the memtables' skip lists take the keys in
// order (each insert starts where the last one ended) and a key staged by
// several documents of the group is inserted once. Any other kind of entry
// is refused (Status::NotSupported): the caller writes `in` as it is.
rocksdb::Status sorted_batch(const rocksdb::WriteBatch& in,
                             const std::function<rocksdb::ColumnFamilyHandle*(std::uint32_t)>& cf,
                             rocksdb::WriteBatch* out);

}  // namespace annals::kb
