#pragma once
// Which zfs_cmd_t fields each ioctl reads, so that gztrace shows those (and not 13 KB of
// zeros). Taken from the zfs_ioc_* handlers of module/zfs/zfs_ioctl.c. Fields not listed but
// non-zero are shown too (a caller may set more than the kernel reads; that is worth seeing).

#include "ioctl/ioctl_table.h"
#include "ioctl/zfs_cmd.h"

#include <span>

namespace gzfs::trace {

/// The fields the handler of `ioc` reads besides the nvlists, in display order. zc_name
/// first for every ioctl that takes a pool or dataset name.
std::span<const Field> ioctl_input_fields(Ioc ioc);

/// Whether a field is shown as a scalar or string (not a pointer, padding or a large struct).
bool is_shown_field(Field field);

} // namespace gzfs::trace
