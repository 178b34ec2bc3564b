#pragma once
// Dataset operations: one function per ZFS ioctl, like libzfs_core. Each says its nvlist keys
// and whether it is atomic. Batch ioctls (snapshot, destroy_snaps, hold, release, bookmark,
// destroy_bookmarks) take names that must all be in one pool and return per-name errors.
// Nothing here mounts, unmounts or writes pool history.
//
// Errors: Error{errno, zfs_errno, "cannot <verb> '<name>': <reason>"}.

#include "base/result.h"
#include "ioctl/batch.h"
#include "ioctl/client.h"
#include "ioctl/zfs_cmd.h"
#include "nvlist/nvlist.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace gzfs {

/// OBJSET_STATS / *_LIST_NEXT result.
struct DatasetInfo {
    std::string name;
    ObjsetStats stats;
    nv::NvList props; ///< {prop: {"value", "source"}}; empty when asked for stats only
};

/// OBJSET_STATS (legacy): zc_name. With `props` false no zc_nvlist_dst is given, and the
/// kernel skips building the property list.
Result<DatasetInfo> objset_stats(Client& c, const std::string& name, bool props = true);

/// OBJSET_ZPLPROPS (legacy): {version, normalization, utf8only, casesensitivity: uint64}.
Result<nv::NvList> objset_zplprops(Client& c, const std::string& name);

/// Iteration state and options of the list iterators.
struct ListCursor {
    uint64_t cookie = 0;  ///< zc_cookie: 0 at first, advanced by each call
    bool simple = false;  ///< only stats, no property nvlist (fast; zc_simple where it keeps stats)
    uint64_t min_txg = 0; ///< snapshots only, 0.8+: "snap_iter_min_txg" (0 = none)
    uint64_t max_txg = 0; ///< snapshots only, 0.8+: "snap_iter_max_txg" (0 = none)
};

/// DATASET_LIST_NEXT (legacy): zc_name = parent, zc_cookie, zc_simple. Returns the next
/// child (hidden ones with '$' or '%' included: the caller skips them) or nullopt at the end
/// (ESRCH).
Result<std::optional<DatasetInfo>> dataset_list_next(Client& c, const std::string& parent,
                                                     ListCursor& cursor);

/// SNAPSHOT_LIST_NEXT (legacy, with a src nvlist for the txg range on 0.8+): like
/// dataset_list_next over the snapshots of `dataset`, names "fs@snap".
Result<std::optional<DatasetInfo>> snapshot_list_next(Client& c, const std::string& dataset,
                                                      ListCursor& cursor);

/// SET_PROP (legacy): zc_nvlist_src = {prop: value}; zc_cookie = received. Not atomic:
/// properties that failed come back in *ret_errors.
Status set_props(Client& c, const std::string& name, const nv::NvList& props,
                 NameErrors* ret_errors = nullptr, bool received = false);

/// INHERIT_PROP (legacy): zc_value = property, zc_cookie = revert to the received value.
Status inherit_prop(Client& c, const std::string& name, const std::string& prop,
                    bool received = false);

/// dmu_objset_type_t of what CREATE makes.
enum class DatasetType : int32_t { Filesystem = 2, Volume = 3 };

/// CREATE (new-style): {"type": int32, "props": nvlist (optional), "hidden_args":
/// {"wkeydata": uint8 array} (encryption, optional)}. Atomic.
Status create_dataset(Client& c, const std::string& name, DatasetType type,
                      const nv::NvList& props = {}, const std::vector<uint8_t>& wkeydata = {});

/// CLONE (new-style): {"origin": string, "props": nvlist (optional)}. Atomic.
Status clone_dataset(Client& c, const std::string& name, const std::string& origin,
                     const nv::NvList& props = {});

/// SNAPSHOT (new-style): zc_name = pool, {"snaps": {name: boolean}, "props": nvlist
/// (optional)}. Atomic: all or none. Per-name errors on failure.
Status snapshot(Client& c, const std::vector<std::string>& snaps, const nv::NvList& props = {},
                NameErrors* ret_errors = nullptr);

/// DESTROY (legacy): zc_name, zc_defer_destroy (snapshots), zc_objset_type. One dataset,
/// snapshot or bookmark-less name.
Status destroy_dataset(Client& c, const std::string& name, bool defer = false);

/// DESTROY_SNAPS (new-style): zc_name = pool, {"snaps": {name: boolean}, "defer": boolean
/// (optional)}. Atomic. Missing snapshots are ignored by the kernel.
Status destroy_snaps(Client& c, const std::vector<std::string>& snaps, bool defer = false,
                     NameErrors* ret_errors = nullptr);

/// ROLLBACK (new-style from 0.7): zc_name = filesystem, {"target": string (optional, 0.8+:
/// fail unless it is the latest)} -> the snapshot rolled back to ("target").
Result<std::string> rollback(Client& c, const std::string& fs, const std::string& target = "");

/// RENAME (legacy): zc_name = old, zc_value = new, zc_cookie bit 0 = recursive (snapshots).
Status rename_dataset(Client& c, const std::string& from, const std::string& to,
                      bool recursive = false);

/// PROMOTE (legacy): zc_name = clone. On EEXIST the conflicting snapshot name is in the
/// message (zc_string).
Status promote(Client& c, const std::string& clone);

/// HOLD (new-style): zc_name = pool, {"holds": {snapshot: tag}, "cleanup_fd": int32
/// (optional: holds vanish when that fd closes)}. Atomic. Per-snapshot errors.
Status hold(Client& c, const std::map<std::string, std::string>& holds, int cleanup_fd = -1,
            NameErrors* ret_errors = nullptr);

/// RELEASE (new-style): zc_name = pool, {snapshot: {tag: boolean}}. Atomic.
Status release(Client& c, const std::map<std::string, std::set<std::string>>& holds,
               NameErrors* ret_errors = nullptr);

/// GET_HOLDS (new-style): zc_name = snapshot, {} -> {tag: uint64 creation time}.
Result<std::map<std::string, uint64_t>> get_holds(Client& c, const std::string& snapshot);

/// BOOKMARK (new-style): zc_name = pool, {bookmark: source snapshot or bookmark}. Atomic.
Status bookmark(Client& c, const std::map<std::string, std::string>& bookmarks,
                NameErrors* ret_errors = nullptr);

/// GET_BOOKMARKS (new-style): zc_name = filesystem, {prop: boolean} of wanted properties
/// (guid, createtxg, creation, redact_snaps, ...) -> {short name: {prop: {"value": ..}}}.
Result<nv::NvList> get_bookmarks(Client& c, const std::string& fs,
                                 const std::vector<std::string>& props = {"guid", "createtxg",
                                                                          "creation"});

/// GET_BOOKMARK_PROPS (new-style, 2.0+): zc_name = "fs#bookmark", {} -> {prop: {"value"}}.
Result<nv::NvList> get_bookmark_props(Client& c, const std::string& bookmark);

/// DESTROY_BOOKMARKS (new-style): zc_name = pool, {bookmark: boolean}. Atomic per pool.
Status destroy_bookmarks(Client& c, const std::vector<std::string>& bookmarks,
                         NameErrors* ret_errors = nullptr);

/// lzc_send_flags as the SEND_NEW/SEND_SPACE boolean keys.
struct SendFlags {
    bool large_block = false; ///< "largeblockok"
    bool embed_data = false;  ///< "embedok"
    bool compress = false;    ///< "compressok"
    bool raw = false;         ///< "rawok"
    bool saved = false;       ///< "savedok" (2.0+)
};

/// What SEND_NEW takes.
struct SendArgs {
    std::string snapshot;       ///< zc_name
    std::string from;           ///< "fromsnap": incremental source, snapshot or bookmark
    int fd = -1;                ///< "fd": where the kernel writes the stream
    SendFlags flags;
    uint64_t resume_object = 0; ///< "resume_object"/"resume_offset": resume a send
    uint64_t resume_offset = 0;
};

/// SEND_NEW (new-style): writes the stream to args.fd. Blocks until done.
Status send(Client& c, const SendArgs& args);

/// SEND_SPACE (new-style): zc_name = snapshot, {"from": string (optional), flags,
/// "resume_object"/"resume_offset"/"bytes" (2.0+, a resumed send: the rest of it)} ->
/// estimated stream size ("space").
Result<uint64_t> send_space(Client& c, const std::string& snapshot, const std::string& from = "",
                            const SendFlags& flags = {}, uint64_t resume_object = 0,
                            uint64_t resume_offset = 0, uint64_t resume_bytes = 0);

/// What RECV_NEW takes.
struct RecvArgs {
    std::string snapshot;  ///< target "fs@snap" ("snapname")
    int fd = -1;           ///< "input_fd": the stream, positioned at its start
    std::string origin;    ///< "origin": clone origin for a clone stream
    nv::NvList props;      ///< "props": received properties to apply
    nv::NvList local_props; ///< "localprops": -o prop=value (typed) and -x prop (boolean)
    std::vector<uint8_t> begin; ///< the 312-byte BEGIN record if the caller read it already
    bool force = false;    ///< "force": roll back / destroy as needed (zfs receive -F)
    bool resumable = false; ///< "resumable": keep partial state on failure (zfs receive -s)
};

/// RECV_NEW result.
struct RecvResult {
    uint64_t read_bytes = 0;
    uint64_t error_flags = 0;
    nv::NvList prop_errors; ///< "errors": {prop: int32 errno}
};

/// RECV_NEW (new-style, 0.7+): reads the 312-byte begin record from fd ("begin_record"
/// byte array) unless args.begin has it, then the kernel reads the rest of the substream
/// (its BEGIN payload included). zc_name = the target filesystem, or its parent when it does
/// not exist yet. One substream (packages are lib/zfs/receive_stream.h's business).
Result<RecvResult> receive(Client& c, const RecvArgs& args);

/// LOAD_KEY (new-style, 0.8+): {"hidden_args": {"wkeydata": 32-byte wrapping key}, "noop":
/// boolean (optional: only check the key)}.
Status load_key(Client& c, const std::string& dataset, const std::vector<uint8_t>& wkey,
                bool noop = false);

/// UNLOAD_KEY (new-style, 0.8+): {}.
Status unload_key(Client& c, const std::string& dataset);

/// dcp_cmd_t for CHANGE_KEY.
enum class KeyCmd : uint64_t { NewKey = 2, Inherit = 3, ForceNewKey = 4, ForceInherit = 5 };

/// CHANGE_KEY (new-style, 0.8+): {"crypt_cmd": uint64, "props": nvlist (keyformat,
/// keylocation, pbkdf2iters...), "hidden_args": {"wkeydata"} (NewKey)}. With NewKey the
/// props must carry "keyformat" (uint64 zfs_keyformat_t: 1 raw, 2 hex, 3 passphrase), even
/// when unchanged, else EINVAL: libzfs always sends it.
Status change_key(Client& c, const std::string& dataset, KeyCmd cmd, const nv::NvList& props = {},
                  const std::vector<uint8_t>& wkey = {});

/// What CHANNEL_PROGRAM takes.
struct ChannelProgramArgs {
    std::string pool;
    std::string program;             ///< "program": Lua source
    nv::NvList arg;                  ///< "arg": passed as `...`
    bool sync = true;                ///< "sync": false = read-only, open context (zfs program -n)
    uint64_t instrlimit = 10'000'000; ///< "instrlimit"
    uint64_t memlimit = 10 << 20;    ///< "memlimit"
};

/// CHANNEL_PROGRAM (new-style, 0.8+, root only) -> {"return": ...}. The output buffer is
/// memlimit bytes, as lzc gives it (the result can be no larger than the Lua heap). A failure
/// has the kernel's "error" text (the Lua message and traceback) appended to the message, and
/// leaves the kernel's output nvlist ({"error": string, "instrlimit": uint64 on ETIME}) in
/// *ret_dst_on_error.
Result<nv::NvList> channel_program(Client& c, const ChannelProgramArgs& args,
                                   nv::NvList* ret_dst_on_error = nullptr);

/// SPACE_SNAPS (new-style): zc_name = last snapshot, {"firstsnap": string} -> bytes freed by
/// destroying first..last ("used").
Result<uint64_t> space_snaps(Client& c, const std::string& first, const std::string& last);

} // namespace gzfs
