#pragma once
// Facts shared by the native and XDR encoders (private to lib/nvlist/).
//
// Both encodings are defined by libnvpair's in-memory nvpair_t (include/sys/nvpair.h): XDR
// carries its size ("decoded size") in every pair and a reader rejects a pair whose size is
// not exactly what nvpair_t would take, so both encoders need the native sizes.

#include "base/result.h"
#include "nvlist/nvlist.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace gzfs::nv::wire {

/// Unaligned host-order load and store (native data may sit at any address).
template <typename T>
T load(const uint8_t* p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

template <typename T>
void store(uint8_t* p, T v)
{
    std::memcpy(p, &v, sizeof v);
}

constexpr uint64_t align8(uint64_t n) { return (n + 7) & ~uint64_t{7}; }
constexpr uint64_t align4(uint64_t n) { return (n + 3) & ~uint64_t{3}; }

/// sizeof(nvpair_t): i32 size, i16 name_sz, i16 reserve, i32 nelem, i32 type.
inline constexpr uint64_t kPairHeader = 16;
/// sizeof(nvlist_t): i32 version, u32 nvflag, u64 priv, u32 flag, i32 pad.
inline constexpr uint64_t kListHeader = 24;
/// nvp_name_sz is an int16 counting the NUL, so a name has at most 32766 bytes.
inline constexpr uint64_t kMaxNameLength = 32766;
/// nvlist_size() fails past INT32_MAX, and so do decoders reading i32 sizes.
inline constexpr uint64_t kMaxPacked = INT32_MAX;
/// The only nvl_version there is (NV_VERSION).
inline constexpr int32_t kVersion = 0;

/// Bytes one element takes in the native value: the scalar width, 4 for boolean_t, 8 for a
/// string or nvlist pointer slot (nvlist arrays add a 24-byte nvlist_t per element).
uint64_t native_elem_size(Type type);

/// Value size of a native pair before padding, as i_get_value_size() computes it.
uint64_t native_value_size(const Value& value);

/// nvp_size of a native pair: header and name padded to 8, then the value padded to 8.
inline uint64_t native_pair_size(uint64_t name_length, uint64_t value_size)
{
    return align8(kPairHeader + name_length + 1) + align8(value_size);
}

/// nelem a pair of this type may have: 0 for BOOLEAN, 1 for scalars, anything for arrays.
bool valid_nelem(Type type, uint64_t nelem);

/// Why `value` named `name` cannot be packed (too long a name, an integer out of its type's
/// range, a boolean not 0/1), or an empty string when it can.
std::string pack_problem(std::string_view name, const Value& value);

/// "cannot pack nvlist: <reason>", EINVAL.
Error pack_error(std::string reason);
/// "cannot unpack nvlist: <reason> at byte <offset>", EINVAL.
Error unpack_error(std::string_view reason, uint64_t offset);

} // namespace gzfs::nv::wire
