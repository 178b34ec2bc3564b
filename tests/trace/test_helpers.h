#pragma once
// Shared by the lib/trace tests: where the ioctl_dummy program is, a fake tracee memory.

#include "trace/remote_memory.h"

#include <unistd.h>

#include <climits>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace gzfs::trace::testing {

/// {"a": uint64 1} in native encoding (docs/zfs-abi.md): 48 bytes.
inline const std::vector<uint8_t> kNvlistA1 = {
    0, 1, 0, 0,  0, 0, 0, 0,  1, 0, 0, 0,                // header, version 0, NV_UNIQUE_NAME
    32, 0, 0, 0, 2, 0, 0, 0,  1, 0, 0, 0,  8, 0, 0, 0,   // size, name_sz, nelem, UINT64
    'a', 0, 0, 0, 0, 0, 0, 0,                           // name padded to 8
    1, 0, 0, 0, 0, 0, 0, 0,                             // value
    0, 0, 0, 0,                                         // end of list
};

/// build/tests/trace/ioctl_dummy, next to the unit_tests binary in build/tests/.
inline std::string dummy_path()
{
    char self[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    std::string dir(self, n > 0 ? static_cast<size_t>(n) : 0);
    return dir.substr(0, dir.rfind('/')) + "/trace/ioctl_dummy";
}

/// Takes /dev/null for /dev/zfs, so that the dummy's calls count as ZFS calls.
inline std::string null_is_zfs(pid_t tid, int fd)
{
    char path[64], target[PATH_MAX];
    snprintf(path, sizeof path, "/proc/%d/fd/%d", tid, fd);
    ssize_t n = readlink(path, target, sizeof target - 1);
    std::string link(target, n > 0 ? static_cast<size_t>(n) : 0);
    return link == "/dev/null" ? "/dev/zfs" : link;
}

/// Tracee memory made of buffers at chosen addresses.
class FakeMemory : public MemoryReader {
public:
    void put(uint64_t address, std::vector<uint8_t> bytes) { regions_[address] = std::move(bytes); }

    Result<std::vector<uint8_t>> read(uint64_t address, size_t size) const override
    {
        for (const auto& [start, bytes] : regions_)
            if (address >= start && address + size <= start + bytes.size())
                return std::vector<uint8_t>(bytes.begin() + (address - start),
                                            bytes.begin() + (address - start + size));
        return make_error("cannot read: unmapped", EFAULT);
    }

private:
    std::map<uint64_t, std::vector<uint8_t>> regions_;
};

} // namespace gzfs::trace::testing
