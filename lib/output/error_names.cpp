#include "output/error_names.h"

#include <array>
#include <cerrno>
#include <string_view>
#include <utility>

namespace gzfs::out {

namespace {

constexpr std::pair<int, std::string_view> kErrnoNames[] = {
    {EPERM, "EPERM"},   {ENOENT, "ENOENT"},   {ESRCH, "ESRCH"},     {EINTR, "EINTR"},
    {EIO, "EIO"},       {ENXIO, "ENXIO"},     {E2BIG, "E2BIG"},     {EBADF, "EBADF"},
    {EAGAIN, "EAGAIN"}, {ENOMEM, "ENOMEM"},   {EACCES, "EACCES"},   {EFAULT, "EFAULT"},
    {EBUSY, "EBUSY"},   {EEXIST, "EEXIST"},   {EXDEV, "EXDEV"},     {ENODEV, "ENODEV"},
    {ENOTDIR, "ENOTDIR"}, {EISDIR, "EISDIR"}, {EINVAL, "EINVAL"},   {ENFILE, "ENFILE"},
    {EMFILE, "EMFILE"}, {ENOTTY, "ENOTTY"},   {EFBIG, "EFBIG"},     {ENOSPC, "ENOSPC"},
    {ESPIPE, "ESPIPE"}, {EROFS, "EROFS"},     {EPIPE, "EPIPE"},     {EDOM, "EDOM"},
    {ERANGE, "ERANGE"}, {EDEADLK, "EDEADLK"}, {ENAMETOOLONG, "ENAMETOOLONG"},
    {ENOSYS, "ENOSYS"}, {ENOTEMPTY, "ENOTEMPTY"}, {ENODATA, "ENODATA"}, {ETIME, "ETIME"},
    {EBADE, "EBADE"},   {ENOTSUP, "ENOTSUP"}, {EOVERFLOW, "EOVERFLOW"}, {EBADR, "EBADR"},
    {EILSEQ, "EILSEQ"}, {ECHRNG, "ECHRNG"},   {EREMOTEIO, "EREMOTEIO"},
    {ETIMEDOUT, "ETIMEDOUT"}, {EALREADY, "EALREADY"}, {EINPROGRESS, "EINPROGRESS"},
    {EDQUOT, "EDQUOT"}, {ECANCELED, "ECANCELED"}, {ENOTBLK, "ENOTBLK"}, {ETXTBSY, "ETXTBSY"},
};

// zfs_errno_t, include/sys/fs/zfs.h: consecutive from 1024, append-only.
constexpr std::array<std::string_view, 29> kZfsErrors = {
    "ZFS_ERR_CHECKPOINT_EXISTS",        "ZFS_ERR_DISCARDING_CHECKPOINT",
    "ZFS_ERR_NO_CHECKPOINT",            "ZFS_ERR_DEVRM_IN_PROGRESS",
    "ZFS_ERR_VDEV_TOO_BIG",             "ZFS_ERR_IOC_CMD_UNAVAIL",
    "ZFS_ERR_IOC_ARG_UNAVAIL",          "ZFS_ERR_IOC_ARG_REQUIRED",
    "ZFS_ERR_IOC_ARG_BADTYPE",          "ZFS_ERR_WRONG_PARENT",
    "ZFS_ERR_FROM_IVSET_GUID_MISSING",  "ZFS_ERR_FROM_IVSET_GUID_MISMATCH",
    "ZFS_ERR_SPILL_BLOCK_FLAG_MISSING", "ZFS_ERR_UNKNOWN_SEND_STREAM_FEATURE",
    "ZFS_ERR_EXPORT_IN_PROGRESS",       "ZFS_ERR_BOOKMARK_SOURCE_NOT_ANCESTOR",
    "ZFS_ERR_STREAM_TRUNCATED",         "ZFS_ERR_STREAM_LARGE_BLOCK_MISMATCH",
    "ZFS_ERR_RESILVER_IN_PROGRESS",     "ZFS_ERR_REBUILD_IN_PROGRESS",
    "ZFS_ERR_BADPROP",                  "ZFS_ERR_VDEV_NOTSUP",
    "ZFS_ERR_NOT_USER_NAMESPACE",       "ZFS_ERR_RESUME_EXISTS",
    "ZFS_ERR_CRYPTO_NOTSUP",            "ZFS_ERR_RAIDZ_EXPAND_IN_PROGRESS",
    "ZFS_ERR_ASHIFT_MISMATCH",          "ZFS_ERR_STREAM_LARGE_MICROZAP",
    "ZFS_ERR_TOO_MANY_SITOUTS",
};

} // namespace

std::string errno_name(int value)
{
    if (value == 0)
        return "";
    for (const auto& [number, name] : kErrnoNames)
        if (number == value && !name.empty())
            return std::string(name);
    if (value >= 1024)
        return zfs_error_name(value);
    return "E" + std::to_string(value);
}

std::string zfs_error_name(int value)
{
    if (value < 1024)
        return "";
    const size_t index = static_cast<size_t>(value - 1024);
    if (index < kZfsErrors.size())
        return std::string(kZfsErrors[index]);
    return "ZFS_ERR_" + std::to_string(value);
}

} // namespace gzfs::out
