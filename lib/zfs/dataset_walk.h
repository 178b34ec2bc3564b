#pragma once
// Walking datasets the way `zfs list` and `zfs get` select them (libzfs zfs_for_each): the
// named objects (or every pool), then, with -r or -d, their descendants, snapshots and
// bookmarks, filtered by type. The visitor sees each object as the kernel returns it, so
// callers that do not sort can stream in constant memory.

#include "base/result.h"
#include "ioctl/client.h"
#include "zfs/dataset_record.h"

#include <functional>
#include <string>
#include <vector>

namespace gzfs::zfs {

/// Which objects to visit and what to fetch for each.
struct WalkOptions {
    std::vector<std::string> names; ///< roots; empty = every imported pool, recursively
    uint32_t types = 0;             ///< kType* bits to visit
    bool recursive = false;         ///< -r
    int depth = -1;                 ///< -d N (implies recursive); -1 = unlimited
    bool props = true;              ///< false: zc_simple listing, stats only (fast)
    bool zplprops = false;          ///< also fetch OBJSET_ZPLPROPS for filesystems/snapshots
    bool mounted = false;           ///< also fill `mounted` for filesystems
    bool received = false;          ///< also fetch OBJSET_RECVD_PROPS
    bool roots_any_type = false;    ///< visit named roots whatever their type (no -t given)
};

/// Called for each matching object. Returning an error stops the walk with that error.
using Visitor = std::function<Status(DatasetRecord&&)>;

/// Called for each named root that could not be opened; the walk goes on with the others.
using RootError = std::function<void(const Error&)>;

/// Walks. Fails only on errors that stop everything (the visitor's, or a failing iteration);
/// a missing named root goes to `on_root_error`.
Status walk(Client& client, const WalkOptions& options, const Visitor& visit,
            const RootError& on_root_error);

} // namespace gzfs::zfs
