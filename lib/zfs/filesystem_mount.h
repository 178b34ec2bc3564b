#pragma once
// zfs mount and zfs unmount of one filesystem, only ever because the user asked (gzfs never
// mounts on its own: create, receive, set and rename leave mounts alone).
//
// Mounting does what libzfs does on Linux (zfs_mount_at, do_mount): the checks of
// share_mount_one (mountpoint none or legacy, canmount=off, key not loaded, a resumable
// receive, already mounted), creating the mountpoint directory (0755, parents too), refusing a
// non-empty directory unless overlay (the property, default on, or -O), then one
//   mount(NAME, PATH, "zfs", flags, "defaults,atime,relatime,dev,exec,rw,suid,nomand,
//         zfsutil,mntpoint=PATH")
// whose options come from -o and then, for what -o does not say, from the atime, relatime,
// devices, exec, readonly, setuid and nbmand properties; flags from those words (MS_RDONLY,
// MS_NOATIME, ...). An explicit PATH (a gzfs extension) mounts there whatever the
// mountpoint property says, without "zfsutil".
//
// Unmounting takes a dataset or a mount path; the dataset's mounts and those of its mounted
// descendants go, innermost first, with umount2(); if one cannot go, the ones already
// unmounted are mounted back, as zfs does.

#include "base/result.h"
#include "ioctl/client.h"
#include "zfs/encryption_keys.h"

#include <string>
#include <vector>

namespace gzfs::zfs {

/// What zfs mount takes.
struct MountOptions {
    std::string name;
    std::string path;            ///< explicit mount point; empty = the mountpoint property
    std::string options;         ///< -o: comma-separated mount options
    bool overlay = false;        ///< -O: mount over a non-empty directory
    bool load_key = false;       ///< -l: load the key first (needs `prompter`)
    KeyPrompter* prompter = nullptr;
};

/// Mounts one filesystem; returns where. Errors read "cannot mount '<name>': <reason>" (or
/// "cannot open '<name>': ..." for a missing dataset or one that is not a filesystem).
Result<std::string> mount_filesystem(Client& c, const MountOptions& options);

/// A mounted ZFS filesystem, as `zfs mount` lists it.
struct MountedFilesystem {
    std::string name;
    std::string mountpoint;
};

/// The ZFS mounts of /proc/self/mounts in its order, snapshots (automounted under .zfs) left
/// out.
std::vector<MountedFilesystem> mounted_filesystems();

/// What zfs unmount takes.
struct UnmountOptions {
    std::string target;       ///< a dataset name, or an absolute path where one is mounted
    bool force = false;       ///< -f: MNT_FORCE
    bool unload_key = false;  ///< -u: unload the key afterwards (an encryption root's)
};

/// Unmounts; returns the paths unmounted, in order. Errors read "cannot unmount '<name or
/// path>': <reason>": "not currently mounted", "legacy mountpoint", "pool or dataset is busy".
Result<std::vector<std::string>> unmount_filesystem(Client& c, const UnmountOptions& options);

} // namespace gzfs::zfs
