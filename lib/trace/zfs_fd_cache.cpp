#include "trace/zfs_fd_cache.h"

#include <unistd.h>

#include <climits>

namespace gzfs::trace {

std::string read_fd_link(pid_t tid, int fd)
{
    std::string path = "/proc/" + std::to_string(tid) + "/fd/" + std::to_string(fd);
    char target[PATH_MAX];
    ssize_t n = readlink(path.c_str(), target, sizeof target - 1);
    if (n < 0)
        return {};
    return std::string(target, static_cast<size_t>(n));
}

ZfsFdCache::ZfsFdCache() : reader_(read_fd_link) {}

bool ZfsFdCache::is_zfs(pid_t tid, int fd)
{
    auto key = std::make_pair(tid, fd);
    auto it = cache_.find(key);
    if (it != cache_.end() && !(it->second.zfs && ++it->second.uses >= kRecheckEvery))
        return it->second.zfs;
    ++lookups_;
    // The device node is /dev/zfs on every Linux release of OpenZFS (ZFS_DEV in zfs.h).
    bool zfs = reader_(tid, fd) == "/dev/zfs";
    cache_[key] = Verdict{zfs, 0};
    return zfs;
}

void ZfsFdCache::forget(pid_t tid)
{
    auto it = cache_.lower_bound({tid, INT_MIN});
    while (it != cache_.end() && it->first.first == tid)
        it = cache_.erase(it);
}

} // namespace gzfs::trace
