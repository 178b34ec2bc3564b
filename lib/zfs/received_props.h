#pragma once
// OBJSET_RECVD_PROPS: the property values a dataset received (zfs get -o received). Not in
// dataset_ops.h (owned by the ioctl helper), so this thin op lives here.

#include "base/result.h"
#include "ioctl/client.h"
#include "nvlist/nvlist.h"

#include <string>

namespace gzfs::zfs {

/// OBJSET_RECVD_PROPS (legacy): zc_name = dataset -> {prop: value} or {prop: {"value": ..}}
/// of what `zfs receive` set; empty when nothing was received.
Result<nv::NvList> received_props(Client& c, const std::string& name);

} // namespace gzfs::zfs
