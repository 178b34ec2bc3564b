#pragma once
// The two wire encodings behind codec.h (private to lib/nvlist/). codec.cpp picks one by the
// buffer's header; each works on the whole buffer, 4-byte header included.

#include "base/result.h"
#include "nvlist/nvlist.h"

#include <cstdint>
#include <span>
#include <vector>

namespace gzfs::nv::native {
Result<size_t> packed_size(const NvList& list);
Result<std::vector<uint8_t>> pack(const NvList& list);
Result<NvList> unpack(std::span<const uint8_t> buf);
} // namespace gzfs::nv::native

namespace gzfs::nv::xdr {
Result<size_t> packed_size(const NvList& list);
Result<std::vector<uint8_t>> pack(const NvList& list);
Result<NvList> unpack(std::span<const uint8_t> buf);
} // namespace gzfs::nv::xdr
