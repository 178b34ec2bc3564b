#pragma once
// ioctl_probe: a test-only driver that runs one lib/ioctl operation per invocation and prints
// its result as one JSON line, so that tests/vm/ioctl/*.sh can exercise every ioctl against the
// real module and check the effect with the real zfs/zpool. Not a user tool.
//
//   ioctl_probe OP ARGS...   -> {"ok":true,"result":...}            exit 0
//                            -> {"ok":false,"errno":..,"message":..} exit 1 (2: usage)

#include "ioctl/client.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace probe {

using Args = std::vector<std::string>;
using Json = nlohmann::json;

/// An operation: returns the JSON result or an Error.
using OpFn = std::function<gzfs::Result<Json>(gzfs::Client&, const Args&)>;

struct Op {
    const char* name;
    const char* usage;
    size_t min_args;
    OpFn run;
};

std::vector<Op> pool_ops();
std::vector<Op> dataset_ops();

/// "k=v" -> uint64 when all digits (but user props "a:b"), "enabled" for feature@ -> uint64 0, else string.
gzfs::nv::NvList parse_props(const Args& args, size_t from);

/// The config nvlist of the leaf vdev with that path in the pool's config.
gzfs::Result<gzfs::nv::NvList> vdev_config(gzfs::Client& c, const std::string& pool,
                                           const std::string& path);

/// guid of the leaf vdev with that path in the pool's config.
gzfs::Result<uint64_t> vdev_guid(gzfs::Client& c, const std::string& pool,
                                 const std::string& path);

/// Reads a whole file (keys, programs).
gzfs::Result<std::vector<uint8_t>> read_file(const std::string& path);

Json ok_json();

} // namespace probe
