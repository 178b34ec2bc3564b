#pragma once
// Ordering datasets as `zfs list` does (zfs_main.c zfs_sort/zfs_compare): by the -s/-S keys
// (numbers numerically, strings with strcmp, objects lacking the value last whatever the
// direction), then by name with each dataset before its snapshots and snapshots by createtxg.

#include "zfs/dataset_record.h"

#include <string>
#include <vector>

namespace gzfs::zfs {

/// One -s (ascending) or -S (descending) key.
struct SortKey {
    std::string property;
    bool descending = false;
};

/// Sorts in place (stable).
void sort_records(std::vector<DatasetRecord>& records, const std::vector<SortKey>& keys);

/// zfs_compare alone: negative, zero or positive.
int compare_names(const DatasetRecord& a, const DatasetRecord& b);

} // namespace gzfs::zfs
