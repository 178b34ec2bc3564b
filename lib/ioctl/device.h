#pragma once
// The device the ioctls go to, behind an interface so that unit tests can use a fake.
// The real one opens /dev/zfs; the raw ioctl() system call lives only in device.cpp.

#include "base/result.h"

#include <memory>
#include <string>

namespace gzfs {

/// Something that answers ZFS ioctls.
class Device {
public:
    virtual ~Device() = default;
    /// Issues `request` with `arg` (a zfs_cmd_t buffer). Returns 0 or the errno of the
    /// failure; like the kernel, it may have written to `arg` either way.
    virtual int ioctl(unsigned long request, void* arg) = 0;
    /// A file descriptor for ioctls that take one (events' zc_cleanup_fd), -1 for fakes.
    virtual int fd() const { return -1; }
};

/// /dev/zfs, opened O_RDWR | O_CLOEXEC, closed on destruction.
class ZfsDevice final : public Device {
public:
    /// Opens `path`. Errors: ENOENT "the ZFS kernel module is not loaded", EACCES/EPERM
    /// "permission denied (root needed)", each naming the path.
    static Result<std::unique_ptr<ZfsDevice>> open(const std::string& path = "/dev/zfs");
    ~ZfsDevice() override;
    ZfsDevice(const ZfsDevice&) = delete;
    ZfsDevice& operator=(const ZfsDevice&) = delete;

    int ioctl(unsigned long request, void* arg) override;
    int fd() const override { return fd_; }

private:
    explicit ZfsDevice(int fd) : fd_(fd) {}
    int fd_;
};

} // namespace gzfs
