#pragma once
// Pool operations: one function per ZFS ioctl, like libzfs_core. Each is a few lines over
// Client::call(); workflows of several ioctls (import scanning, vdev trees, status) live
// elsewhere in lib/pool/. None of them writes pool history (no LOG_HISTORY, zc_history = 0),
// though the kernel itself records new-style ioctls in the internal history.
//
// Errors: Error{errno, zfs_errno, "cannot <verb> '<pool>': <reason>"}.

#include "base/result.h"
#include "ioctl/batch.h"
#include "ioctl/client.h"
#include "nvlist/nvlist.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gzfs {

/// POOL_CONFIGS result: {pool name: config} of every imported pool.
struct PoolConfigs {
    bool changed = true;     ///< false: nothing changed since `generation` (kernel EEXIST)
    uint64_t generation = 0; ///< pass back next time
    nv::NvList configs;      ///< empty when !changed
};

/// POOL_CONFIGS (legacy). zc_cookie = the generation we have; EEXIST means unchanged.
Result<PoolConfigs> pool_configs(Client& c, uint64_t generation = 0);

/// POOL_STATS result: the full config (vdev_tree with vdev_stats, scan_stats, ...).
struct PoolStats {
    nv::NvList config;
    int pool_error = 0; ///< the pool's own error (e.g. EIO when faulted), from zc_cookie
};

/// POOL_STATS (legacy): zc_name = pool. The kernel succeeds even for a faulted pool and puts
/// that pool's error in zc_cookie.
Result<PoolStats> pool_stats(Client& c, const std::string& pool);

/// What POOL_CREATE takes.
struct PoolCreateArgs {
    std::string name;
    nv::NvList vdev_tree;           ///< nvroot: {type: "root", children: [...]} (zc_nvlist_conf)
    nv::NvList props;               ///< pool properties, "feature@..." included
    nv::NvList fs_props;            ///< root dataset properties ("root-props-nvl")
    std::vector<uint8_t> wkeydata;  ///< wrapping key for an encrypted root dataset, or empty
};

/// POOL_CREATE (legacy): zc_name, zc_nvlist_conf = vdev tree, zc_nvlist_src = props with
/// "root-props-nvl" and "hidden_args"{"wkeydata"}. Atomic.
Status pool_create(Client& c, const PoolCreateArgs& args);

/// POOL_DESTROY (legacy): zc_name. No history string (zc_history = 0).
Status pool_destroy(Client& c, const std::string& pool);

/// What POOL_IMPORT takes. Flags: ZFS_IMPORT_* (include/sys/fs/zfs.h): 1 VERBATIM,
/// 2 ANY_HOST, 4 MISSING_LOG, 8 ONLY, 0x10 TEMP_NAME, 0x20 SKIP_MMP, 0x40 LOAD_KEYS,
/// 0x80 CHECKPOINT.
struct PoolImportArgs {
    std::string name;     ///< name to import as (the config's name unless renaming)
    uint64_t guid = 0;    ///< pool_guid of the config
    nv::NvList config;    ///< usually from pool_tryimport (zc_nvlist_conf)
    nv::NvList props;     ///< zc_nvlist_src, may be empty
    uint64_t flags = 0;   ///< zc_cookie
};

/// POOL_IMPORT (legacy). Returns the imported pool's config.
Result<nv::NvList> pool_import(Client& c, const PoolImportArgs& args);

/// POOL_EXPORT (legacy): zc_cookie = force, zc_guid = hardforce. No history string.
Status pool_export(Client& c, const std::string& pool, bool force = false,
                   bool hardforce = false);

/// POOL_TRYIMPORT (legacy): zc_nvlist_conf = a label config; returns the assembled config as
/// import would see it (state, vdev_tree, ...).
Result<nv::NvList> pool_tryimport(Client& c, const nv::NvList& config);

/// pool_scan_func_t and pool_scrub_cmd_t (include/sys/fs/zfs.h).
enum class ScanFunc : uint64_t { None = 0, Scrub = 1, Resilver = 2, ErrorScrub = 3 };
enum class ScrubCmd : uint64_t { Normal = 0, Pause = 1, FromLastTxg = 2 };

/// POOL_SCAN (legacy): zc_cookie = func (None cancels), zc_flags = cmd.
Status pool_scan(Client& c, const std::string& pool, ScanFunc func, ScrubCmd cmd);

/// POOL_SCRUB (new-style, 2.2+): {"scan_type": uint64, "scan_command": uint64}. Falls back to
/// POOL_SCAN on older modules.
Status pool_scrub(Client& c, const std::string& pool, ScanFunc func = ScanFunc::Scrub,
                  ScrubCmd cmd = ScrubCmd::Normal);

/// POOL_GET_PROPS: {prop: {"value": .., "source": uint64 zprop_source_t}}. Legacy before 2.3;
/// from 2.3 new-style taking {"get_props_names": string array} to ask for opt-in props
/// (dedupcached); `names` is ignored before 2.3.
Result<nv::NvList> pool_get_props(Client& c, const std::string& pool,
                                  const std::vector<std::string>& names = {});

/// POOL_SET_PROPS (legacy): zc_nvlist_src = {prop: value}. Atomic.
Status pool_set_props(Client& c, const std::string& pool, const nv::NvList& props);

/// VDEV_ADD (legacy): zc_nvlist_conf = nvroot with the new top-level vdevs; zc_flags =
/// check ashift (2.3; older modules ignore it).
Status vdev_add(Client& c, const std::string& pool, const nv::NvList& vdev_tree,
                bool check_ashift = true);

/// VDEV_REMOVE (legacy): zc_guid = vdev; zc_cookie = 1 cancels a running removal.
Status vdev_remove(Client& c, const std::string& pool, uint64_t guid, bool cancel = false);

/// vdev_state_t values VDEV_SET_STATE takes, and its flags (zc_obj).
enum class VdevState : uint64_t { Offline = 2, Faulted = 5, Degraded = 6, Online = 7 };
inline constexpr uint64_t kOnlineCheckRemove = 0x1, kOnlineUnspare = 0x2,
                          kOnlineForceFault = 0x4, kOnlineExpand = 0x8, kOfflineTemporary = 0x1;

/// VDEV_SET_STATE (legacy): zc_guid, zc_cookie = state, zc_obj = flags (for Faulted/Degraded:
/// vdev_aux_t). Returns the vdev's new state (zc_cookie out): the kernel fills it only when
/// onlining; other transitions return 0 (VDEV_STATE_UNKNOWN).
Result<uint64_t> vdev_set_state(Client& c, const std::string& pool, uint64_t guid,
                                VdevState state, uint64_t flags = 0);

/// VDEV_ATTACH (legacy): zc_guid = existing vdev, zc_nvlist_conf = nvroot with one new
/// device, zc_cookie = replacing, zc_simple = rebuild (sequential resilver, 2.1+).
Status vdev_attach(Client& c, const std::string& pool, uint64_t guid, const nv::NvList& vdev_tree,
                   bool replacing = false, bool rebuild = false);

/// VDEV_DETACH (legacy): zc_guid.
Status vdev_detach(Client& c, const std::string& pool, uint64_t guid);

/// VDEV_SPLIT (legacy): zc_string = new pool, zc_nvlist_conf = its config, zc_nvlist_src =
/// props, zc_cookie = 1 to leave it exported.
Status vdev_split(Client& c, const std::string& pool, const std::string& new_pool,
                  const nv::NvList& config, const nv::NvList& props, bool exported = true);

/// CLEAR (legacy): zc_guid = vdev (0 = whole pool), zc_nvlist_src = load policy
/// ("load-policy" keys: rewind request, txg); without one, zc_cookie = ZPOOL_NO_REWIND.
Status pool_clear(Client& c, const std::string& pool, uint64_t guid = 0,
                  const nv::NvList* policy = nullptr);

/// POOL_REGUID (legacy): a new random pool guid.
Status pool_reguid(Client& c, const std::string& pool);

/// POOL_SYNC (new-style, 0.7+): {"force": boolean_value}.
Status pool_sync(Client& c, const std::string& pool, bool force = false);

/// POOL_CHECKPOINT / POOL_DISCARD_CHECKPOINT (new-style, 0.8+): {}.
Status pool_checkpoint(Client& c, const std::string& pool);
Status pool_discard_checkpoint(Client& c, const std::string& pool);

/// POOL_INITIALIZE command (pool_initialize_func_t) and POOL_TRIM command.
enum class InitializeCmd : uint64_t { Start = 0, Cancel = 1, Suspend = 2, Uninit = 3 };
enum class TrimCmd : uint64_t { Start = 0, Cancel = 1, Suspend = 2 };

/// vdev path -> guid, as initialize and trim take them.
using VdevGuids = std::map<std::string, uint64_t>;

/// POOL_INITIALIZE (new-style, 0.8+): {"initialize_command": uint64, "initialize_vdevs":
/// {path: uint64 guid}}; per-vdev errors come back under "initialize_vdevs". Uninit is 2.2+.
Status pool_initialize(Client& c, const std::string& pool, InitializeCmd cmd,
                       const VdevGuids& vdevs, NameErrors* ret_errors = nullptr);

/// POOL_TRIM (new-style, 0.8+): {"trim_command": uint64, "trim_vdevs": {path: guid},
/// "trim_rate": uint64 (0 = unlimited), "trim_secure": boolean_value}; errors under "trim_vdevs".
struct TrimArgs {
    TrimCmd cmd = TrimCmd::Start;
    VdevGuids vdevs;
    uint64_t rate = 0;
    bool secure = false;
};
Status pool_trim(Client& c, const std::string& pool, const TrimArgs& args,
                 NameErrors* ret_errors = nullptr);

/// zpool_wait_activity_t.
enum class WaitActivity : int32_t {
    CheckpointDiscard = 0, Free, Initialize, Replace, Remove, Resilver, Scrub, Trim,
    RaidzExpand
};

/// WAIT (new-style, 2.0+): {"wait_activity": int32, "wait_tag": uint64 (optional)} -> whether
/// it actually waited ("wait_waited").
Result<bool> pool_wait(Client& c, const std::string& pool, WaitActivity activity,
                       std::optional<uint64_t> tag = std::nullopt);

/// One EVENTS_NEXT result.
struct ZEvent {
    nv::NvList event;     ///< class, ena, pool, vdev_guid, time, eid, ...
    uint64_t dropped = 0; ///< events lost before this one (zc_cookie)
};

/// EVENTS_NEXT (legacy, Linux): zc_cleanup_fd = the client's /dev/zfs fd (the kernel keeps
/// the read position per fd), zc_guid = 1 for non-blocking. nullopt when no event is pending
/// (ENOENT with non-blocking).
Result<std::optional<ZEvent>> events_next(Client& c, bool block = false);

/// EVENTS_CLEAR (legacy, Linux): returns how many were cleared (zc_cookie).
Result<uint64_t> events_clear(Client& c);

/// POOL_GET_HISTORY (legacy, read only): zc_history = buffer, zc_history_len, zc_history_offset.
/// The buffer holds records of [uint64 length][packed nvlist]; returns every record.
Result<std::vector<nv::NvList>> pool_get_history(Client& c, const std::string& pool);

} // namespace gzfs
