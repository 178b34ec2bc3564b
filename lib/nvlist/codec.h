#pragma once
// Packing and unpacking nvlists, byte-identical to libnvpair (nvlist_pack/nvlist_unpack).
//
// Native encoding: what ioctls carry (little-endian here). XDR: big-endian, used in vdev labels,
// zpool.cache and send-stream headers. The byte formats are described in native_pack.cpp and xdr_pack.cpp.

#include "base/result.h"
#include "nvlist/nvlist.h"

#include <cstdint>
#include <span>
#include <vector>

namespace gzfs::nv {

enum class Encoding : uint8_t { Native = 0, Xdr = 1 };

/// Packs `list` as nvlist_pack(list, ..., encoding) would. Fails (EINVAL) on values that the
/// wire cannot carry: a name longer than INT16_MAX, an integer out of its type's range.
Result<std::vector<uint8_t>> pack(const NvList& list, Encoding encoding = Encoding::Native);

/// The size pack() would produce, as nvlist_size() computes it.
Result<size_t> packed_size(const NvList& list, Encoding encoding = Encoding::Native);

/// Unpacks a buffer in either encoding (read from its 4-byte header). Never reads outside
/// `buf`; malformed input (truncated, sizes that overflow, unknown types, names without NUL,
/// nesting deeper than kMaxDepth) is an Error (EINVAL), never a crash.
Result<NvList> unpack(std::span<const uint8_t> buf);

/// Deepest nesting accepted by unpack, as libnvpair's NVPAIR_MAX_DEPTH... limit.
inline constexpr int kMaxDepth = 100;

} // namespace gzfs::nv
