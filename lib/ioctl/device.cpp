#include "ioctl/device.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace gzfs {

Result<std::unique_ptr<ZfsDevice>> ZfsDevice::open(const std::string& path)
{
    int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        int err = errno;
        std::string reason;
        if (err == ENOENT || err == ENODEV || err == ENXIO)
            reason = "the ZFS kernel module is not loaded";
        else if (err == EACCES || err == EPERM)
            reason = "permission denied (root needed)";
        else
            reason = std::strerror(err);
        return make_error("cannot open '" + path + "': " + reason, err);
    }
    return std::unique_ptr<ZfsDevice>(new ZfsDevice(fd));
}

ZfsDevice::~ZfsDevice()
{
    ::close(fd_);
}

int ZfsDevice::ioctl(unsigned long request, void* arg)
{
    // Linux ZFS takes the raw zfs_ioc_t value as the request, without _IOWR encoding.
    // EINTR is not retried: the kernel ZFS ioctls do not return it for signals.
    return ::ioctl(fd_, request, arg) == 0 ? 0 : errno;
}

} // namespace gzfs
