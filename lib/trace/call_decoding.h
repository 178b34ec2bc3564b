#pragma once
// Turning the bytes of a zfs_cmd_t (before and after the kernel saw it) into a TraceCall.
// Pure functions over buffers, so that unit tests feed synthetic ones.

#include "ioctl/zfs_cmd.h"
#include "trace/remote_memory.h"
#include "trace/trace_call.h"

#include <cstdint>
#include <string>

namespace gzfs::trace {

/// "SNAPSHOT" for a request in the table, else "0x5aNN".
std::string ioctl_display_name(uint32_t request);

/// The entry side: name, the fields the ioctl reads (see ioctl_fields.h) and any other
/// non-zero scalar field. Does not touch the nvlists.
void decode_entry(uint32_t request, const ZfsCmd& cmd, TraceCall& call);

/// The fields that differ between `before` and `after`, with their new values.
/// zc_objset_stats is shown decoded (an object of dds_* values).
std::vector<ShownField> changed_fields(const ZfsCmd& before, const ZfsCmd& after);

/// The exit side: result, errno and its name, changed fields. Does not touch the nvlists.
void decode_exit(int64_t rval, const ZfsCmd& before, const ZfsCmd& after, TraceCall& call);

/// Reads and unpacks an nvlist of `size` bytes at `address` (the tracee's buffer).
ShownNvlist read_nvlist(const MemoryReader& memory, uint64_t address, uint64_t size);

/// The dst nvlist the kernel wrote, when it wrote one: put_nvlist() sets zc_nvlist_dst_filled
/// and zc_nvlist_dst_size to the packed size, also when the ioctl itself fails; it fails with
/// ENOMEM (the size is then what would be needed, nothing was copied) when the buffer is too
/// small.
bool dst_was_written(const ZfsCmd& after, int error);

} // namespace gzfs::trace
