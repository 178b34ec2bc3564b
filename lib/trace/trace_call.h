#pragma once
// One traced ZFS ioctl, decoded: the plain result that every renderer (text, JSON lines,
// summary) prints. Built by IoctlDecoder from what the tracer saw at entry and exit.

#include "nvlist/nvlist.h"

#include <nlohmann/json.hpp>
#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gzfs::trace {

/// A zfs_cmd_t field as shown: its C name and value (a number, a string, or an object for
/// zc_objset_stats).
struct ShownField {
    std::string name;      ///< "zc_name"
    nlohmann::json value;
};

/// A decoded nvlist buffer, or why it could not be decoded.
struct ShownNvlist {
    uint64_t size = 0;              ///< bytes read from the tracee
    std::optional<nv::NvList> list; ///< empty when `error` is set
    std::string error;              ///< "cannot read ...", "cannot unpack ..."
};

/// One ioctl on /dev/zfs, from entry to exit.
struct TraceCall {
    pid_t tid = 0;
    pid_t tgid = 0;
    uint32_t request = 0;                 ///< 0x5a00..0x5aff
    std::string ioctl;                    ///< "SNAPSHOT"; "0x5aNN" when the table lacks it
    std::chrono::system_clock::time_point start; ///< wall clock at entry
    std::vector<ShownField> fields;       ///< entry: the fields this ioctl reads
    std::optional<ShownNvlist> src;       ///< entry: zc_nvlist_src, when set
    std::string cmd_error;                ///< zfs_cmd_t could not be read (then no fields)

    bool finished = false;                ///< false: the thread vanished inside the call
    int64_t rval = 0;                     ///< the syscall's return, -errno on failure
    int error = 0;                        ///< errno (ZFS errors are >= 1024), 0 on success
    std::string error_name;               ///< "ENOENT", "ZFS_ERR_IOC_ARG_BADTYPE", "" if none
    std::vector<ShownField> changed;      ///< exit: fields the kernel changed
    std::optional<ShownNvlist> dst;       ///< exit: zc_nvlist_dst, when the kernel filled it
    std::chrono::nanoseconds duration{0};
};

} // namespace gzfs::trace
