#include "trace/remote_memory.h"

#include <sys/uio.h>

#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <string>

namespace gzfs::trace {

namespace {

Error read_error(pid_t tid, uint64_t address, size_t size, const char* reason, int err)
{
    char text[160];
    snprintf(text, sizeof text, "cannot read %zu bytes at 0x%" PRIx64 " of process %d: %s", size,
             address, static_cast<int>(tid), reason);
    return make_error(text, err);
}

} // namespace

Result<std::vector<uint8_t>> RemoteMemory::read(uint64_t address, size_t size) const
{
    if (size > kMaxRemoteBuffer)
        return read_error(tid_, address, size, "buffer too large", E2BIG);
    std::vector<uint8_t> bytes(size);
    if (size == 0)
        return bytes;
    iovec local{bytes.data(), size};
    iovec remote{reinterpret_cast<void*>(static_cast<uintptr_t>(address)), size};
    ssize_t got = process_vm_readv(tid_, &local, 1, &remote, 1, 0);
    if (got < 0)
        return read_error(tid_, address, size, strerror(errno), errno);
    if (static_cast<size_t>(got) != size)
        return read_error(tid_, address, size, "short read", EFAULT);
    return bytes;
}

} // namespace gzfs::trace
