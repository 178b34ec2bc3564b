#pragma once
// zfs create and zfs clone: names, parents and properties checked before the one CREATE or
// CLONE ioctl; -p creates missing parent filesystems first. Nothing is mounted.

#include "base/result.h"
#include "ioctl/client.h"
#include "zfs/property_set.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gzfs::zfs {

/// What zfs create takes.
struct CreateOptions {
    std::string name;
    std::vector<PropertyAssignment> properties;  ///< -o
    bool parents = false;                          ///< -p
    std::optional<std::string> volume_size;        ///< -V: a volume of this size
    std::optional<std::string> volume_block_size;  ///< -b
    bool sparse = false;                           ///< -s: no refreservation
};

/// What was created, for printing.
struct CreateResult {
    std::vector<std::string> created; ///< parents made by -p, then the dataset
};

/// zfs create. Errors read "cannot create '<name>': <reason>" and leave nothing behind when
/// they come from checks (bad name, property, size, missing parent without -p).
Result<CreateResult> create_dataset(Client& c, const CreateOptions& options);

/// What zfs clone takes.
struct CloneOptions {
    std::string origin;                          ///< snapshot
    std::string name;                            ///< new dataset
    std::vector<PropertyAssignment> properties;  ///< -o
    bool parents = false;                        ///< -p
};

/// zfs clone.
Result<CreateResult> clone_dataset(Client& c, const CloneOptions& options);

/// libzfs zvol_volsize_to_reservation for pools without raidz: the refreservation zfs sets on
/// a non-sparse volume (data plus worst-case indirect blocks, times copies).
uint64_t volume_reservation(uint64_t volsize, uint64_t volblocksize, uint64_t copies);

} // namespace gzfs::zfs
