#include "ioctl/errors.h"

#include <cerrno>
#include <cstring>

namespace gzfs {

namespace {

struct ErrorInfo {
    int err;
    std::string_view name;
    std::string_view reason; ///< empty: use strerror
};

// Reasons follow libzfs's zfs_standard_error()/zpool_standard_error() wording where it exists.
constexpr ErrorInfo kErrors[] = {
    {EPERM, "EPERM", "permission denied"},
    {ENOENT, "ENOENT", "no such pool or dataset"},
    {ESRCH, "ESRCH", "no such process or end of iteration"},
    {EINTR, "EINTR", "interrupted"},
    {EIO, "EIO", "I/O error"},
    {ENXIO, "ENXIO", "no such device or address"},
    {E2BIG, "E2BIG", "argument list too long"},
    {EBADF, "EBADF", "bad file descriptor"},
    {EAGAIN, "EAGAIN", "resource temporarily unavailable"},
    {ENOMEM, "ENOMEM", "out of memory"},
    {EACCES, "EACCES", "permission denied"},
    {EFAULT, "EFAULT", "bad address"},
    {EBUSY, "EBUSY", "pool or dataset is busy"},
    {EEXIST, "EEXIST", "dataset already exists"},
    {EXDEV, "EXDEV", "operation across pools or datasets not allowed"},
    {ENODEV, "ENODEV", "no such device in pool"},
    {ENOTBLK, "ENOTBLK", "block device required"},
    {ENOTDIR, "ENOTDIR", "not a directory"},
    {EISDIR, "EISDIR", "is a directory"},
    {EINVAL, "EINVAL", "invalid argument"},
    {ENFILE, "ENFILE", "too many open files in system"},
    {EMFILE, "EMFILE", "too many open files"},
    {ENOTTY, "ENOTTY", "operation not supported by the loaded zfs module"},
    {ETXTBSY, "ETXTBSY", "destination has been modified since the most recent snapshot"},
    {EFBIG, "EFBIG", "file too large"},
    {ENOSPC, "ENOSPC", "out of space"},
    {ESPIPE, "ESPIPE", "illegal seek"},
    {EROFS, "EROFS", "read-only file system"},
    {EPIPE, "EPIPE", "broken pipe"},
    {EDOM, "EDOM", "value out of range"},
    {ERANGE, "ERANGE", "value out of range"},
    {EDEADLK, "EDEADLK", "resource deadlock avoided"},
    {ENAMETOOLONG, "ENAMETOOLONG", "name is too long"},
    {ENOSYS, "ENOSYS", "function not implemented"},
    {ENOTEMPTY, "ENOTEMPTY", "dataset has children or snapshots"},
    {ENOMSG, "ENOMSG", "no message of desired type"},
    {ECHRNG, "ECHRNG", "channel program failed"},
    {ENOSTR, "ENOSTR", "not a stream"},
    {ENODATA, "ENODATA", "no data available"},
    {ETIME, "ETIME", "timer expired"},
    {EREMOTE, "EREMOTE", "object is remote"},
    {EBADE, "EBADE", "checksum mismatch"},
    {EBADR, "EBADR", "too fragmented"},
    {ENOANO, "ENOANO", "not active"},
    {EBADRQC, "EBADRQC", "invalid request code"},
    {EOVERFLOW, "EOVERFLOW", "value too large for defined data type"},
    {EILSEQ, "EILSEQ", "invalid or incomplete multibyte or wide character"},
    {EUSERS, "EUSERS", "too many users"},
    {ENOTSUP, "ENOTSUP", "operation not supported"},
    {EDQUOT, "EDQUOT", "quota exceeded"},
    {ECANCELED, "ECANCELED", "operation canceled"},
    {ESTALE, "ESTALE", "stale file handle"},
    {ESHUTDOWN, "ESHUTDOWN", "the ZFS module is unloading"},
    {ENOLINK, "ENOLINK", "link has been severed"},
    {EPROTO, "EPROTO", "protocol error"},
    {EMLINK, "EMLINK", "too many links"},
    {ENOLCK, "ENOLCK", "no locks available"},
    {EOWNERDEAD, "EOWNERDEAD", "owner died"},
    {ENOTRECOVERABLE, "ENOTRECOVERABLE", "state not recoverable"},
    {EALREADY, "EALREADY", "operation already in progress"},
    {EINPROGRESS, "EINPROGRESS", "operation now in progress"},
    {ETIMEDOUT, "ETIMEDOUT", "timed out"},
    // zfs_errno_t (include/sys/fs/zfs.h), in order from 1024.
    {1024, "ZFS_ERR_CHECKPOINT_EXISTS", "checkpoint exists"},
    {1025, "ZFS_ERR_DISCARDING_CHECKPOINT", "currently discarding checkpoint"},
    {1026, "ZFS_ERR_NO_CHECKPOINT", "checkpoint does not exist"},
    {1027, "ZFS_ERR_DEVRM_IN_PROGRESS", "device removal in progress"},
    {1028, "ZFS_ERR_VDEV_TOO_BIG", "device exceeds supported size"},
    {1029, "ZFS_ERR_IOC_CMD_UNAVAIL", "the loaded zfs module does not support this operation"},
    {1030, "ZFS_ERR_IOC_ARG_UNAVAIL", "the loaded zfs module does not support an option"},
    {1031, "ZFS_ERR_IOC_ARG_REQUIRED", "a required argument is missing"},
    {1032, "ZFS_ERR_IOC_ARG_BADTYPE", "an argument has the wrong type"},
    {1033, "ZFS_ERR_WRONG_PARENT", "wrong parent dataset"},
    {1034, "ZFS_ERR_FROM_IVSET_GUID_MISSING", "IV set guid missing in the source snapshot"},
    {1035, "ZFS_ERR_FROM_IVSET_GUID_MISMATCH", "IV set guid mismatch"},
    {1036, "ZFS_ERR_SPILL_BLOCK_FLAG_MISSING", "stream lacks the spill block flag"},
    {1037, "ZFS_ERR_UNKNOWN_SEND_STREAM_FEATURE", "unknown send stream feature"},
    {1038, "ZFS_ERR_EXPORT_IN_PROGRESS", "pool export in progress"},
    {1039, "ZFS_ERR_BOOKMARK_SOURCE_NOT_ANCESTOR",
     "bookmark source is not an ancestor of the new bookmark's dataset"},
    {1040, "ZFS_ERR_STREAM_TRUNCATED", "incomplete stream"},
    {1041, "ZFS_ERR_STREAM_LARGE_BLOCK_MISMATCH", "incompatible large block settings"},
    {1042, "ZFS_ERR_RESILVER_IN_PROGRESS", "resilver in progress"},
    {1043, "ZFS_ERR_REBUILD_IN_PROGRESS", "rebuild in progress"},
    {1044, "ZFS_ERR_BADPROP", "invalid property value"},
    {1045, "ZFS_ERR_VDEV_NOTSUP", "operation not supported on this type of vdev"},
    {1046, "ZFS_ERR_NOT_USER_NAMESPACE", "not a user namespace"},
    {1047, "ZFS_ERR_RESUME_EXISTS", "resumable receive state exists"},
    {1048, "ZFS_ERR_CRYPTO_NOTSUP", "encryption feature not supported by the stream"},
    {1049, "ZFS_ERR_RAIDZ_EXPAND_IN_PROGRESS", "raidz expansion in progress"},
    {1050, "ZFS_ERR_ASHIFT_MISMATCH", "vdev ashift mismatch"},
    {1051, "ZFS_ERR_STREAM_LARGE_MICROZAP", "stream has large microzap but feature disabled"},
};

const ErrorInfo* find_error(int err)
{
    for (const ErrorInfo& e : kErrors)
        if (e.err == err)
            return &e;
    return nullptr;
}

} // namespace

std::string_view errno_name(int err)
{
    const ErrorInfo* e = find_error(err);
    return e ? e->name : std::string_view();
}

std::string error_reason(int err)
{
    const ErrorInfo* e = find_error(err);
    if (e && !e->reason.empty())
        return std::string(e->reason);
    if (err >= kZfsErrFirst)
        return "unknown ZFS error " + std::to_string(err);
    return std::strerror(err);
}

std::string error_message(std::string_view verb, std::string_view object, int err)
{
    return "cannot " + std::string(verb) + " '" + std::string(object) + "': " + error_reason(err);
}

} // namespace gzfs
