#pragma once
// Every ZFS ioctl as data: number, name, the verb our error messages use, the first module
// release that has it, and from which release it is "new-style" (arguments and results as
// nvlists in zc_nvlist_src/zc_nvlist_dst, checked against a key schema by the kernel) rather
// than "legacy" (arguments in zfs_cmd_t fields).
//
// On Linux the request number is the raw enum value of include/sys/fs/zfs.h: 0x5a00 + index.
// Numbers are append-only since 0.6.3. Linux-only ioctls start at 0x5a81 (ZFS_IOC_PLATFORM+1).

#include "ioctl/module_version.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace gzfs {

/// zfs_ioc_t. Values are ABI: never renumber.
enum class Ioc : uint32_t {
    PoolCreate = 0x5a00, PoolDestroy, PoolImport, PoolExport, PoolConfigs, PoolStats,
    PoolTryimport, PoolScan, PoolFreeze, PoolUpgrade, PoolGetHistory, VdevAdd, VdevRemove,
    VdevSetState, VdevAttach, VdevDetach, VdevSetpath, VdevSetfru, ObjsetStats,
    ObjsetZplprops, DatasetListNext, SnapshotListNext, SetProp, Create, Destroy, Rollback,
    Rename, Recv, Send, InjectFault, ClearFault, InjectListNext, ErrorLog, Clear, Promote,
    Snapshot, DsobjToDsname, ObjToPath, PoolSetProps, PoolGetProps, SetFsacl, GetFsacl, Share,
    InheritProp, SmbAcl, UserspaceOne, UserspaceMany, UserspaceUpgrade, Hold, Release,
    GetHolds, ObjsetRecvdProps, VdevSplit, NextObj, Diff, TmpSnapshot, ObjToStats,
    SpaceWritten, SpaceSnaps, DestroySnaps, PoolReguid, PoolReopen, SendProgress, LogHistory,
    SendNew, SendSpace, Clone, Bookmark, GetBookmarks, DestroyBookmarks, RecvNew, PoolSync,
    ChannelProgram, LoadKey, UnloadKey, ChangeKey, Remap, PoolCheckpoint,
    PoolDiscardCheckpoint, PoolInitialize, PoolTrim, Redact, GetBookmarkProps, Wait, WaitFs,
    VdevGetProps, VdevSetProps, PoolScrub, PoolPrefetch, DdtPrune,
    // Linux platform ioctls (ZFS_IOC_PLATFORM = 0x5a80).
    EventsNext = 0x5a81, EventsClear, EventsSeek, Nextboot, UsernsAttach, UsernsDetach,
    SetBootenv, GetBootenv,
};

/// One row of the table.
struct IocInfo {
    Ioc ioc;
    std::string_view name;   ///< as in ZFS_IOC_<name>: "POOL_CREATE"
    std::string_view verb;   ///< for "cannot <verb> '<name>': ...": "create pool"
    Version since;           ///< first release with this number
    Version new_style_since; ///< first release where it is new-style; {0,0,0} = always legacy

    uint32_t number() const { return static_cast<uint32_t>(ioc); }
};

/// All rows, in number order.
std::span<const IocInfo> ioctl_table();

/// The row of a request number or name ("POOL_CREATE", case-sensitive), nullptr if unknown.
const IocInfo* find_ioctl(uint32_t number);
const IocInfo* find_ioctl(std::string_view name);
/// The row of a known ioctl (always exists).
const IocInfo& ioctl_info(Ioc ioc);

/// "POOL_CREATE"; "0x5a9f" style hex for numbers not in the table is the caller's business.
std::string_view ioctl_name(Ioc ioc);

/// Whether the module of that version has the ioctl.
bool ioctl_available(Ioc ioc, const Version& module);
/// Whether the module of that version takes the ioctl's arguments as an nvlist.
bool ioctl_new_style(Ioc ioc, const Version& module);

} // namespace gzfs
