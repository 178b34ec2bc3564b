#include "pool/device_probe.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gzfs {
namespace {

uint64_t block_device_size(const std::string& path)
{
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    uint64_t size = 0;
    if (::ioctl(fd, BLKGETSIZE64, &size) != 0)
        size = 0;
    ::close(fd);
    return size;
}

} // namespace

DeviceInfo probe_device(const std::string& path)
{
    DeviceInfo info;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        info.error = errno;
        return info;
    }
    char real[PATH_MAX];
    info.real_path = ::realpath(path.c_str(), real) ? real : path;
    if (S_ISREG(st.st_mode)) {
        info.kind = DeviceKind::File;
        info.size = static_cast<uint64_t>(st.st_size);
    } else if (S_ISBLK(st.st_mode)) {
        info.kind = DeviceKind::Block;
        info.size = block_device_size(path);
    } else {
        info.kind = DeviceKind::Other;
    }
    return info;
}

const std::vector<std::string>& shorthand_dirs()
{
    static const std::vector<std::string> dirs = {
        "/dev/disk/by-vdev", "/dev/mapper", "/dev/disk/by-partlabel", "/dev/disk/by-partuuid",
        "/dev/disk/by-label", "/dev/disk/by-uuid", "/dev/disk/by-id", "/dev/disk/by-path",
        "/dev"};
    return dirs;
}

} // namespace gzfs
