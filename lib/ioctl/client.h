#pragma once
// The one call path to the kernel, in the spirit of libzfs_core's lzc_ioctl(): fill a zfs_cmd_t,
// pack the source nvlist, give the kernel a destination buffer, grow it and retry when the
// kernel says ENOMEM (it then puts the size it needs in zc_nvlist_dst_size), unpack the result,
// and turn a failure into Error{errno, zfs_errno, "cannot <verb> '<name>': <reason>"}.
//
// A Client owns the device and knows the module version, hence the zfs_cmd_t layout and which
// ioctls exist. It keeps one reusable destination buffer: use one Client per thread.
//
// Typed operations (lib/pool/pool_ops.h, lib/zfs/dataset_ops.h) are built on call(); nothing
// else in gzfs issues ioctls.

#include "base/result.h"
#include "ioctl/device.h"
#include "ioctl/ioctl_table.h"
#include "ioctl/module_version.h"
#include "ioctl/zfs_cmd.h"
#include "nvlist/nvlist.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gzfs {

/// libzfs starts its destination buffers at 256 KiB; pool configs of big pools need that.
inline constexpr size_t kDefaultDstSize = 256 * 1024;

/// What one call carries besides the zfs_cmd_t fields the caller set.
struct CallArgs {
    /// Packed into zc_nvlist_src. New-style ioctls get an empty list when null.
    const nv::NvList* src = nullptr;
    /// Packed into zc_nvlist_conf (pool create/import/tryimport, vdev add/attach/split).
    const nv::NvList* conf = nullptr;
    /// Give the kernel a zc_nvlist_dst buffer. OBJSET_STATS and the list iterators skip the
    /// property nvlist when it is absent (much faster).
    bool want_dst = true;
    /// First destination size; 0 = kDefaultDstSize.
    size_t dst_size = 0;
    /// Overrides the table's verb in the error message ("create snapshot").
    std::string_view verb;
    /// Names the object in the error message; zc_name when empty.
    std::string object;
    /// On failure, receives the nvlist the kernel returned anyway (per-name errors of batch
    /// ioctls: snapshot, destroy_snaps, hold, release, bookmark, ...). Untouched on success.
    nv::NvList* ret_dst_on_error = nullptr;
};

/// How to open the real device.
struct OpenOptions {
    std::string device_path = "/dev/zfs";
    std::string version_path = "/sys/module/zfs/version";
};

/// A connection to the ZFS module.
class Client {
public:
    /// Reads the module version, refuses unsupported ones, opens /dev/zfs. Errors name the
    /// path or version: module not loaded (ENOENT), not root (EACCES/EPERM), unsupported (ENOTSUP).
    static Result<Client> open(const OpenOptions& options = {});

    /// Over any device (tests use a fake).
    Client(std::unique_ptr<Device> device, ModuleVersion module);

    const ModuleVersion& module() const { return module_; }
    const Version& version() const { return module_.version; }
    const CmdLayout& layout() const { return *layout_; }
    Device& device() { return *device_; }

    /// Whether the loaded module has the ioctl / takes it new-style.
    bool has(Ioc ioc) const { return ioctl_available(ioc, version()); }
    bool new_style(Ioc ioc) const { return ioctl_new_style(ioc, version()); }

    /// A zeroed zfs_cmd_t of this module's layout with zc_name set (names longer than
    /// zc_name are the caller's to reject first; they are truncated to empty here).
    ZfsCmd make_cmd(std::string_view name = {}) const;
    /// The same, but a name too long for zc_name is an Error naming `ioc`'s verb.
    Result<ZfsCmd> make_cmd(Ioc ioc, std::string_view name) const;

    /// Issues `ioc` with `zc` as the caller filled it plus `args`. On success returns the
    /// destination nvlist (empty when the kernel filled none) and leaves the kernel's output
    /// fields in `zc`. On failure returns the Error; `zc` holds what the kernel copied out.
    Result<nv::NvList> call(Ioc ioc, ZfsCmd& zc, const CallArgs& args = {});

    /// New-style shorthand: zc_name = `name`, src = `src`.
    Result<nv::NvList> call(Ioc ioc, std::string_view name, const nv::NvList& src,
                            nv::NvList* ret_dst_on_error = nullptr);

private:
    Error fail(Ioc ioc, const ZfsCmd& zc, const CallArgs& args, int err) const;

    std::unique_ptr<Device> device_;
    ModuleVersion module_;
    const CmdLayout* layout_;
    std::vector<uint8_t> dst_; ///< reused destination buffer
};

/// Drops a call's output nvlist, keeping success or the Error.
Status to_status(Result<nv::NvList> result);

/// Name too long for zc_name etc.: "cannot <verb> '<name>': name is too long" (ENAMETOOLONG).
Error name_too_long(std::string_view verb, std::string_view name);

} // namespace gzfs
