#include "ioctl/ioctl_table.h"

#include <algorithm>
#include <stdexcept>

namespace gzfs {

namespace {

constexpr Version kLegacy{0, 0, 0};
constexpr Version v063{0, 6, 3};
constexpr Version v064{0, 6, 4}; // bookmarks
constexpr Version v07{0, 7, 0};  // recv_new, pool_sync, new-style rollback
constexpr Version v08{0, 8, 0};  // channel programs, encryption, checkpoints, initialize, trim
constexpr Version v20{2, 0, 0};  // redacted send, wait, bootenv
constexpr Version v22{2, 2, 0};  // vdev properties, scrub, user namespaces
constexpr Version v23{2, 3, 0};  // prefetch, ddt prune, new-style pool get_props

// Source: include/sys/fs/zfs.h (zfs_ioc_t) and the zfs_ioctl_register() calls of
// module/zfs/zfs_ioctl.c per release.
constexpr IocInfo kTable[] = {
    {Ioc::PoolCreate, "POOL_CREATE", "create", v063, kLegacy},
    {Ioc::PoolDestroy, "POOL_DESTROY", "destroy", v063, kLegacy},
    {Ioc::PoolImport, "POOL_IMPORT", "import", v063, kLegacy},
    {Ioc::PoolExport, "POOL_EXPORT", "export", v063, kLegacy},
    {Ioc::PoolConfigs, "POOL_CONFIGS", "list pools", v063, kLegacy},
    {Ioc::PoolStats, "POOL_STATS", "open", v063, kLegacy},
    {Ioc::PoolTryimport, "POOL_TRYIMPORT", "import", v063, kLegacy},
    {Ioc::PoolScan, "POOL_SCAN", "scrub", v063, kLegacy},
    {Ioc::PoolFreeze, "POOL_FREEZE", "freeze", v063, kLegacy},
    {Ioc::PoolUpgrade, "POOL_UPGRADE", "upgrade", v063, kLegacy},
    {Ioc::PoolGetHistory, "POOL_GET_HISTORY", "get history of", v063, kLegacy},
    {Ioc::VdevAdd, "VDEV_ADD", "add vdevs to", v063, kLegacy},
    {Ioc::VdevRemove, "VDEV_REMOVE", "remove vdev from", v063, kLegacy},
    {Ioc::VdevSetState, "VDEV_SET_STATE", "set vdev state in", v063, kLegacy},
    {Ioc::VdevAttach, "VDEV_ATTACH", "attach vdev in", v063, kLegacy},
    {Ioc::VdevDetach, "VDEV_DETACH", "detach vdev from", v063, kLegacy},
    {Ioc::VdevSetpath, "VDEV_SETPATH", "set vdev path in", v063, kLegacy},
    {Ioc::VdevSetfru, "VDEV_SETFRU", "set vdev fru in", v063, kLegacy},
    {Ioc::ObjsetStats, "OBJSET_STATS", "open", v063, kLegacy},
    {Ioc::ObjsetZplprops, "OBJSET_ZPLPROPS", "get zpl properties of", v063, kLegacy},
    {Ioc::DatasetListNext, "DATASET_LIST_NEXT", "iterate children of", v063, kLegacy},
    {Ioc::SnapshotListNext, "SNAPSHOT_LIST_NEXT", "iterate snapshots of", v063, kLegacy},
    {Ioc::SetProp, "SET_PROP", "set property on", v063, kLegacy},
    {Ioc::Create, "CREATE", "create", v063, v063},
    {Ioc::Destroy, "DESTROY", "destroy", v063, kLegacy},
    {Ioc::Rollback, "ROLLBACK", "rollback", v063, v07},
    {Ioc::Rename, "RENAME", "rename", v063, kLegacy},
    {Ioc::Recv, "RECV", "receive", v063, kLegacy},
    {Ioc::Send, "SEND", "send", v063, kLegacy},
    {Ioc::InjectFault, "INJECT_FAULT", "inject fault into", v063, kLegacy},
    {Ioc::ClearFault, "CLEAR_FAULT", "clear fault", v063, kLegacy},
    {Ioc::InjectListNext, "INJECT_LIST_NEXT", "list faults", v063, kLegacy},
    {Ioc::ErrorLog, "ERROR_LOG", "get error log of", v063, kLegacy},
    {Ioc::Clear, "CLEAR", "clear errors of", v063, kLegacy},
    {Ioc::Promote, "PROMOTE", "promote", v063, kLegacy},
    {Ioc::Snapshot, "SNAPSHOT", "create snapshot", v063, v063},
    {Ioc::DsobjToDsname, "DSOBJ_TO_DSNAME", "resolve dataset object in", v063, kLegacy},
    {Ioc::ObjToPath, "OBJ_TO_PATH", "resolve object in", v063, kLegacy},
    {Ioc::PoolSetProps, "POOL_SET_PROPS", "set property on", v063, kLegacy},
    {Ioc::PoolGetProps, "POOL_GET_PROPS", "get properties of", v063, v23},
    {Ioc::SetFsacl, "SET_FSACL", "set permissions on", v063, kLegacy},
    {Ioc::GetFsacl, "GET_FSACL", "get permissions of", v063, kLegacy},
    {Ioc::Share, "SHARE", "share", v063, kLegacy},
    {Ioc::InheritProp, "INHERIT_PROP", "inherit property on", v063, kLegacy},
    {Ioc::SmbAcl, "SMB_ACL", "set smb acl on", v063, kLegacy},
    {Ioc::UserspaceOne, "USERSPACE_ONE", "get userspace of", v063, kLegacy},
    {Ioc::UserspaceMany, "USERSPACE_MANY", "get userspace of", v063, kLegacy},
    {Ioc::UserspaceUpgrade, "USERSPACE_UPGRADE", "upgrade userspace of", v063, kLegacy},
    {Ioc::Hold, "HOLD", "hold", v063, v063},
    {Ioc::Release, "RELEASE", "release", v063, v063},
    {Ioc::GetHolds, "GET_HOLDS", "get holds of", v063, v063},
    {Ioc::ObjsetRecvdProps, "OBJSET_RECVD_PROPS", "get received properties of", v063, kLegacy},
    {Ioc::VdevSplit, "VDEV_SPLIT", "split", v063, kLegacy},
    {Ioc::NextObj, "NEXT_OBJ", "find next object in", v063, kLegacy},
    {Ioc::Diff, "DIFF", "diff", v063, kLegacy},
    {Ioc::TmpSnapshot, "TMP_SNAPSHOT", "create temporary snapshot of", v063, kLegacy},
    {Ioc::ObjToStats, "OBJ_TO_STATS", "stat object in", v063, kLegacy},
    {Ioc::SpaceWritten, "SPACE_WRITTEN", "compute written space of", v063, kLegacy},
    {Ioc::SpaceSnaps, "SPACE_SNAPS", "compute snapshot space of", v063, v063},
    {Ioc::DestroySnaps, "DESTROY_SNAPS", "destroy snapshot", v063, v063},
    {Ioc::PoolReguid, "POOL_REGUID", "reguid", v063, kLegacy},
    {Ioc::PoolReopen, "POOL_REOPEN", "reopen", v063, v07},
    {Ioc::SendProgress, "SEND_PROGRESS", "get send progress of", v063, kLegacy},
    {Ioc::LogHistory, "LOG_HISTORY", "log history to", v063, v063},
    {Ioc::SendNew, "SEND_NEW", "send", v063, v063},
    {Ioc::SendSpace, "SEND_SPACE", "estimate send size of", v063, v063},
    {Ioc::Clone, "CLONE", "create clone", v063, v063},
    {Ioc::Bookmark, "BOOKMARK", "create bookmark", v064, v064},
    {Ioc::GetBookmarks, "GET_BOOKMARKS", "get bookmarks of", v064, v064},
    {Ioc::DestroyBookmarks, "DESTROY_BOOKMARKS", "destroy bookmark", v064, v064},
    {Ioc::RecvNew, "RECV_NEW", "receive", v07, v07},
    {Ioc::PoolSync, "POOL_SYNC", "sync", v07, v07},
    {Ioc::ChannelProgram, "CHANNEL_PROGRAM", "run channel program on", v08, v08},
    {Ioc::LoadKey, "LOAD_KEY", "load key for", v08, v08},
    {Ioc::UnloadKey, "UNLOAD_KEY", "unload key for", v08, v08},
    {Ioc::ChangeKey, "CHANGE_KEY", "change key for", v08, v08},
    {Ioc::Remap, "REMAP", "remap", v08, v08},
    {Ioc::PoolCheckpoint, "POOL_CHECKPOINT", "checkpoint", v08, v08},
    {Ioc::PoolDiscardCheckpoint, "POOL_DISCARD_CHECKPOINT", "discard checkpoint of", v08, v08},
    {Ioc::PoolInitialize, "POOL_INITIALIZE", "initialize", v08, v08},
    {Ioc::PoolTrim, "POOL_TRIM", "trim", v08, v08},
    {Ioc::Redact, "REDACT", "redact", v20, v20},
    {Ioc::GetBookmarkProps, "GET_BOOKMARK_PROPS", "get properties of", v20, v20},
    {Ioc::Wait, "WAIT", "wait for", v20, v20},
    {Ioc::WaitFs, "WAIT_FS", "wait for", v20, v20},
    {Ioc::VdevGetProps, "VDEV_GET_PROPS", "get vdev properties of", v22, v22},
    {Ioc::VdevSetProps, "VDEV_SET_PROPS", "set vdev properties on", v22, v22},
    {Ioc::PoolScrub, "POOL_SCRUB", "scrub", v22, v22},
    {Ioc::PoolPrefetch, "POOL_PREFETCH", "prefetch", v23, v23},
    {Ioc::DdtPrune, "DDT_PRUNE", "prune dedup table of", v23, v23},
    {Ioc::EventsNext, "EVENTS_NEXT", "read events", v063, kLegacy},
    {Ioc::EventsClear, "EVENTS_CLEAR", "clear events", v063, kLegacy},
    {Ioc::EventsSeek, "EVENTS_SEEK", "seek events", v063, kLegacy},
    {Ioc::Nextboot, "NEXTBOOT", "set nextboot on", v20, kLegacy},
    {Ioc::UsernsAttach, "USERNS_ATTACH", "attach user namespace to", v22, kLegacy},
    {Ioc::UsernsDetach, "USERNS_DETACH", "detach user namespace from", v22, kLegacy},
    {Ioc::SetBootenv, "SET_BOOTENV", "set boot environment of", v20, v20},
    {Ioc::GetBootenv, "GET_BOOTENV", "get boot environment of", v20, v20},
};

} // namespace

std::span<const IocInfo> ioctl_table()
{
    return kTable;
}

const IocInfo* find_ioctl(uint32_t number)
{
    auto it = std::lower_bound(std::begin(kTable), std::end(kTable), number,
                               [](const IocInfo& row, uint32_t n) { return row.number() < n; });
    return it != std::end(kTable) && it->number() == number ? &*it : nullptr;
}

const IocInfo* find_ioctl(std::string_view name)
{
    for (const IocInfo& row : kTable)
        if (row.name == name)
            return &row;
    return nullptr;
}

const IocInfo& ioctl_info(Ioc ioc)
{
    const IocInfo* row = find_ioctl(static_cast<uint32_t>(ioc));
    if (!row)
        throw std::logic_error("ioctl missing from the table");
    return *row;
}

std::string_view ioctl_name(Ioc ioc)
{
    return ioctl_info(ioc).name;
}

bool ioctl_available(Ioc ioc, const Version& module)
{
    return module >= ioctl_info(ioc).since;
}

bool ioctl_new_style(Ioc ioc, const Version& module)
{
    const IocInfo& row = ioctl_info(ioc);
    return row.new_style_since != kLegacy && module >= row.new_style_since;
}

} // namespace gzfs
