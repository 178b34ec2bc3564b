#pragma once
// Reading another process's memory: the tracee's zfs_cmd_t and the nvlist buffers it points to.

#include "base/result.h"

#include <sys/types.h>

#include <cstdint>
#include <vector>

namespace gzfs::trace {

/// Largest nvlist buffer gztrace copies out of a tracee. libzfs grows dst buffers by doubling
/// from 256 KiB; a pool config or a property list of a big pool stays far below this.
inline constexpr size_t kMaxRemoteBuffer = 64u << 20;

/// Somewhere to read a tracee's memory from: the real process, or a fake in unit tests.
class MemoryReader {
public:
    virtual ~MemoryReader() = default;
    /// Copies `size` bytes at `address`. A short read (an unmapped page in the middle) or a
    /// size above kMaxRemoteBuffer is an Error (EFAULT / E2BIG).
    virtual Result<std::vector<uint8_t>> read(uint64_t address, size_t size) const = 0;
};

/// Memory of one thread of a traced process, read with process_vm_readv. Reading needs ptrace
/// access rights, which a tracer has.
class RemoteMemory : public MemoryReader {
public:
    explicit RemoteMemory(pid_t tid) : tid_(tid) {}

    Result<std::vector<uint8_t>> read(uint64_t address, size_t size) const override;

    pid_t tid() const { return tid_; }

private:
    pid_t tid_;
};

} // namespace gzfs::trace
