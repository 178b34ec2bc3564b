#pragma once
// The real libnvpair as an oracle: the same list built with its nvlist_add_* calls, read back
// with nvpair_value_*, packed and unpacked by it. Test and benchmark code only; libnvpair's
// own headers stay inside libnvpair_bridge.cpp so their macros do not leak into tests.

#include "base/result.h"
#include "nvlist/codec.h"
#include "nvlist/nvlist.h"

#include <memory>
#include <span>
#include <vector>

struct nvlist; // libnvpair's nvlist_t

namespace gzfs::nv::oracle {

struct LibFree {
    void operator()(nvlist* list) const;
};
/// An nvlist_t owned through nvlist_free.
using LibList = std::unique_ptr<nvlist, LibFree>;

/// The same pairs, in order, added with nvlist_add_* to an nvlist_alloc(list.flags()).
/// Throws std::runtime_error if libnvpair refuses a pair.
LibList to_lib(const NvList& list);

/// Walks a libnvpair list with nvlist_next_nvpair into a gzfs list (flags, order, types).
NvList from_lib(nvlist* list);

/// nvlist_pack; the errno it returned on failure.
Result<std::vector<uint8_t>> lib_pack(nvlist* list, Encoding encoding);

/// nvlist_size.
Result<size_t> lib_size(nvlist* list, Encoding encoding);

/// nvlist_unpack.
Result<LibList> lib_unpack(std::span<const uint8_t> buf);

} // namespace gzfs::nv::oracle
