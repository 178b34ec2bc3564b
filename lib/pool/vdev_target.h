#pragma once
// Naming a device of an imported pool on the command line and building the one-device trees
// attach/replace take. Shared by online/offline/attach/detach/replace/remove/clear.

#include "base/result.h"
#include "ioctl/client.h"
#include "nvlist/nvlist.h"

#include <string>

namespace gzfs {

/// A device of a pool: its guid and the pool's raw config.
struct VdevTarget {
    uint64_t guid = 0;
    nv::NvList config;
    bool is_spare = false;   ///< listed under the pool's spares
    bool is_leaf = false;
};

/// Opens `pool` and finds `device` (path, short name, "mirror-0", or guid).
/// Errors: "cannot open '<pool>': no such pool", "cannot <verb> '<dev>': no such device in pool".
Result<VdevTarget> find_target(Client& c, const std::string& pool, const std::string& device,
                               std::string_view verb);

/// {type: root, children: [leaf of new_device]} checked like `create` would (size, in use,
/// duplicate); `force` as -f.
Result<nv::NvList> single_device_tree(Client& c, const std::string& pool,
                                      const std::string& new_device, std::string_view verb,
                                      bool force);

} // namespace gzfs
