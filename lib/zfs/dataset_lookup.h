#pragma once
// Small questions about existing datasets, answered with the cheap zc_simple stats ioctl.

#include "base/result.h"
#include "ioctl/client.h"

#include <string>
#include <vector>

namespace gzfs::zfs {

/// The kType* of `name` (filesystem, volume or snapshot). Fails with ENOENT "cannot open
/// '<name>': dataset does not exist" when it is missing.
Result<uint32_t> dataset_type(Client& c, const std::string& name);

/// Whether `name` exists (any error but ENOENT is also "no").
bool dataset_exists(Client& c, const std::string& name);

/// Every descendant filesystem and volume of `name` (not `name` itself), parents before
/// children. Hidden ($ORIGIN, %recv) datasets are skipped.
Result<std::vector<std::string>> descendants(Client& c, const std::string& name);

/// The snapshot names ("fs@snap") of one filesystem or volume, in creation order.
Result<std::vector<std::string>> snapshots_of(Client& c, const std::string& name);

} // namespace gzfs::zfs
