// The native encoding (NV_ENCODE_NATIVE), what /dev/zfs ioctls carry. It is libnvpair's
// in-memory nvpair_t copied out as is, so fields are host-endian and padded to 8 bytes:
//
//   header  u8 encoding = 0, u8 endian = 1 (little), u8 0, u8 0
//   list    i32 version = 0, u32 nvflag, pairs..., i32 0
//   pair    i32 size, i16 name_sz (counting the NUL), i16 0, i32 nelem, i32 type,
//           name and NUL padded to 8 (from the pair's start), value padded to 8
//
// `size` covers only the pair. An NVLIST value is a 24-byte nvlist_t (version, nvflag, then
// zeros where pointers and private flags were) and the nested pairs with their i32 0 follow
// right after the pair. NVLIST_ARRAY: n zero pointer slots, n nvlist_t, then every child's
// pairs and i32 0 in turn. STRING_ARRAY: n zero pointer slots, then the NUL-terminated strings.
// BOOLEAN_VALUE and BOOLEAN_ARRAY elements are 4-byte boolean_t.

#include "nvlist/codec.h"
#include "nvlist/encodings.h"
#include "nvlist/wire.h"

#include <bit>
#include <cstring>

namespace gzfs::nv::native {

using namespace gzfs::nv::wire;

// The kernel and libnvpair write native data in host order; gzfs only runs on little-endian
// hosts (the header byte it writes says so).
static_assert(std::endian::native == std::endian::little);

namespace {

// First pass: the exact size, and whether everything can be packed at all.
struct Sizer {
    uint64_t total = 0;
    std::string problem;

    bool list(const NvList& list, int depth)
    {
        if (depth > kMaxDepth) {
            problem = "nesting deeper than " + std::to_string(kMaxDepth);
            return false;
        }
        for (const Pair& pair : list.pairs()) {
            problem = pack_problem(pair.name, pair.value);
            if (!problem.empty())
                return false;
            total += native_pair_size(pair.name.size(), native_value_size(pair.value));
            if (!children(pair.value, depth))
                return false;
        }
        total += 4;
        return true;
    }

    bool children(const Value& value, int depth)
    {
        if (value.type() == Type::Nvlist)
            return list(std::get<NvList>(value.data()), depth + 1);
        if (value.type() == Type::NvlistArray)
            for (const NvList& child : std::get<std::vector<NvList>>(value.data()))
                if (!list(child, depth + 1))
                    return false;
        return true;
    }
};

// Second pass: writes into a zero-filled buffer of the right size, so padding, reserved
// fields and pointer slots need no writing.
class Writer {
public:
    explicit Writer(uint8_t* out) : p_(out) {}

    void list(const NvList& list)
    {
        for (const Pair& pair : list.pairs())
            this->pair(pair);
        p_ += 4;
    }

private:
    void pair(const Pair& pair)
    {
        const Value& value = pair.value;
        const uint64_t name_sz = pair.name.size() + 1;
        const uint64_t valoff = align8(kPairHeader + name_sz);
        const uint64_t size = valoff + align8(native_value_size(value));
        store<int32_t>(p_, static_cast<int32_t>(size));
        store<int16_t>(p_ + 4, static_cast<int16_t>(name_sz));
        store<int32_t>(p_ + 8, static_cast<int32_t>(value.nelem()));
        store<int32_t>(p_ + 12, static_cast<int32_t>(value.type()));
        std::memcpy(p_ + kPairHeader, pair.name.data(), pair.name.size());
        uint8_t* at = p_ + valoff;
        p_ += size;
        this->value(value, at);
    }

    // Little-endian: the low `width` bytes of a 64-bit value are the narrower value. (Constant
    // sizes let the compiler turn each copy into one store.)
    template <typename T>
    static void store_low(uint8_t* at, T v, uint64_t width)
    {
        switch (width) {
        case 1: std::memcpy(at, &v, 1); break;
        case 2: std::memcpy(at, &v, 2); break;
        case 4: std::memcpy(at, &v, 4); break;
        default: std::memcpy(at, &v, 8); break;
        }
    }

    void value(const Value& value, uint8_t* at)
    {
        const Type type = value.type();
        const uint64_t width = native_elem_size(type);
        std::visit(
            [&](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, bool>) {
                    store<int32_t>(at, v ? 1 : 0);
                } else if constexpr (std::is_same_v<T, int64_t> || std::is_same_v<T, uint64_t> ||
                                     std::is_same_v<T, double>) {
                    store_low(at, v, width);
                } else if constexpr (std::is_same_v<T, std::string>) {
                    std::memcpy(at, v.data(), v.size());
                } else if constexpr (std::is_same_v<T, std::vector<int64_t>> ||
                                     std::is_same_v<T, std::vector<uint64_t>>) {
                    if (width == 8) {
                        if (!v.empty()) // data() of an empty vector may be null
                            std::memcpy(at, v.data(), 8 * v.size());
                    } else {
                        for (size_t i = 0; i < v.size(); ++i)
                            store_low(at + i * width, v[i], width);
                    }
                } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
                    at += 8 * v.size();
                    for (const std::string& s : v) {
                        std::memcpy(at, s.data(), s.size());
                        at += s.size() + 1;
                    }
                } else if constexpr (std::is_same_v<T, NvList>) {
                    store<uint32_t>(at + 4, v.flags());
                    list(v);
                } else if constexpr (std::is_same_v<T, std::vector<NvList>>) {
                    uint8_t* headers = at + 8 * v.size();
                    for (size_t i = 0; i < v.size(); ++i)
                        store<uint32_t>(headers + kListHeader * i + 4, v[i].flags());
                    for (const NvList& child : v)
                        list(child);
                }
            },
            value.data());
    }

    uint8_t* p_;
};

} // namespace

Result<size_t> packed_size(const NvList& list)
{
    Sizer sizer;
    if (!sizer.list(list, 0))
        return pack_error(sizer.problem);
    // header, version and nvflag
    const uint64_t total = 4 + 8 + sizer.total;
    if (total > kMaxPacked)
        return pack_error("packed size " + std::to_string(total) + " exceeds 2 GiB");
    return size_t(total);
}

Result<std::vector<uint8_t>> pack(const NvList& list)
{
    auto size = native::packed_size(list);
    if (!size)
        return size.error();
    std::vector<uint8_t> buf(*size);
    buf[0] = 0; // NV_ENCODE_NATIVE
    buf[1] = 1; // little endian
    store<uint32_t>(&buf[8], list.flags());
    Writer(&buf[12]).list(list);
    return buf;
}

} // namespace gzfs::nv::native
