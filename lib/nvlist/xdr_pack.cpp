// The XDR encoding (NV_ENCODE_XDR): vdev labels, zpool.cache, send-stream headers. Big-endian
// 4-byte units, read sequentially (RFC 4506 as libtirpc writes it):
//
//   header  u8 encoding = 1, u8 endian = 1 (of the writer, unused), u8 0, u8 0
//   list    i32 version = 0, u32 nvflag, pairs..., i32 0, i32 0
//   pair    i32 encoded size (this pair in XDR, nested lists included)
//           i32 decoded size (the native nvpair_t size, see native.cpp)
//           string name, i32 type, i32 nelem, then (if nelem > 0) the data
//   string  u32 length, bytes, zero padding to 4
//
// Data: 8/16/32-bit scalars and boolean_value as one 4-byte int (bytes and int8 sign-extended
// as xdr_char does), 64-bit ones, hrtime and double as 8 bytes; BYTE_ARRAY as opaque bytes
// padded to 4; other numeric arrays as u32 count + elements of 4 (or 8 for 64-bit) bytes;
// STRING_ARRAY as nelem strings; NVLIST inline as a list; NVLIST_ARRAY as nelem lists.
//
// One quirk of libnvpair kept for byte identity: nvs_xdr_nvp_size() counts the u32 count of an
// empty numeric array (not BYTE_ARRAY) although nothing is written for it when nelem is 0. The
// pair's encoded size includes those 4 bytes, and the buffer carries them as zeros at its end.

#include "nvlist/codec.h"
#include "nvlist/encodings.h"
#include "nvlist/wire.h"

#include <bit>
#include <cstring>

namespace gzfs::nv::xdr {

using namespace gzfs::nv::wire;

namespace {

// Wire bytes of one element of a counted numeric array.
uint64_t xdr_elem_size(Type type)
{
    return native_elem_size(type) == 8 ? 8 : 4;
}

bool is_counted_array(Type type)
{
    return is_array_type(type) && type != Type::ByteArray && type != Type::StringArray &&
           type != Type::NvlistArray;
}

uint64_t string_size(const std::string& s) { return 4 + align4(s.size()); }

// ---- packing ----

// The encoded size as nvs_xdr_nvp_size() counts it, and whether everything can be packed.
struct Sizer {
    std::string problem;

    // A list: version, nvflag, pairs, two zero words. Returns 0 after setting `problem`.
    uint64_t list(const NvList& list, int depth)
    {
        if (depth > kMaxDepth) {
            problem = "nesting deeper than " + std::to_string(kMaxDepth);
            return 0;
        }
        uint64_t total = 16;
        for (const Pair& pair : list.pairs()) {
            problem = pack_problem(pair.name, pair.value);
            if (!problem.empty())
                return 0;
            const uint64_t data = this->data(pair.value, depth);
            if (!problem.empty())
                return 0;
            total += 20 + align4(pair.name.size()) + data;
        }
        return total;
    }

    uint64_t data(const Value& value, int depth)
    {
        const Type type = value.type();
        const auto& d = value.data();
        switch (type) {
        case Type::Boolean:
            return 0;
        case Type::String:
            return string_size(std::get<std::string>(d));
        case Type::ByteArray:
            return align4(value.nelem());
        case Type::StringArray: {
            uint64_t size = 0;
            for (const std::string& s : std::get<std::vector<std::string>>(d))
                size += string_size(s);
            return size;
        }
        case Type::Nvlist:
            return list(std::get<NvList>(d), depth + 1);
        case Type::NvlistArray: {
            uint64_t size = 0;
            for (const NvList& child : std::get<std::vector<NvList>>(d))
                size += list(child, depth + 1);
            return size;
        }
        default:
            if (is_array_type(type))
                return 4 + xdr_elem_size(type) * value.nelem();
            return xdr_elem_size(type);
        }
    }
};

// Writes big-endian words into a zero-filled buffer of the size Sizer counted.
class Writer {
public:
    explicit Writer(uint8_t* out) : p_(out) {}

    void list(const NvList& list)
    {
        put32(kVersion);
        put32(list.flags());
        for (const Pair& pair : list.pairs())
            this->pair(pair);
        p_ += 8;
    }

private:
    void put32(uint32_t v)
    {
        v = __builtin_bswap32(v);
        std::memcpy(p_, &v, 4);
        p_ += 4;
    }

    void put64(uint64_t v)
    {
        v = __builtin_bswap64(v);
        std::memcpy(p_, &v, 8);
        p_ += 8;
    }

    void bytes(const void* data, uint64_t size)
    {
        std::memcpy(p_, data, size);
        p_ += align4(size);
    }

    void string(std::string_view s)
    {
        put32(uint32_t(s.size()));
        bytes(s.data(), s.size());
    }

    void pair(const Pair& pair)
    {
        uint8_t* start = p_;
        const uint64_t phantom_before = phantom_;
        p_ += 4; // encoded size, known once the data is written
        put32(uint32_t(native_pair_size(pair.name.size(), native_value_size(pair.value))));
        string(pair.name);
        put32(uint32_t(pair.value.type()));
        put32(uint32_t(pair.value.nelem()));
        if (pair.value.nelem() > 0)
            data(pair.value);
        else if (is_counted_array(pair.value.type()))
            phantom_ += 4;
        const uint64_t encoded = (p_ - start) + (phantom_ - phantom_before);
        const uint32_t be = __builtin_bswap32(uint32_t(encoded));
        std::memcpy(start, &be, 4);
    }

    void data(const Value& value)
    {
        const Type type = value.type();
        const bool wide = xdr_elem_size(type) == 8;
        std::visit(
            [&](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, bool>) {
                    put32(v ? 1 : 0);
                } else if constexpr (std::is_same_v<T, int64_t> || std::is_same_v<T, uint64_t>) {
                    // Narrow values go out as an int: sign-extended for signed types (and
                    // bytes, since xdr_char widens a signed char), zero-extended otherwise.
                    if (wide)
                        put64(uint64_t(v));
                    else
                        put32(uint32_t(narrow(type, uint64_t(v))));
                } else if constexpr (std::is_same_v<T, double>) {
                    put64(std::bit_cast<uint64_t>(v));
                } else if constexpr (std::is_same_v<T, std::string>) {
                    string(v);
                } else if constexpr (std::is_same_v<T, std::vector<int64_t>> ||
                                     std::is_same_v<T, std::vector<uint64_t>>) {
                    array(type, v, wide);
                } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
                    for (const std::string& s : v)
                        string(s);
                } else if constexpr (std::is_same_v<T, NvList>) {
                    list(v);
                } else if constexpr (std::is_same_v<T, std::vector<NvList>>) {
                    for (const NvList& child : v)
                        list(child);
                }
            },
            value.data());
    }

    template <typename T>
    void array(Type type, const std::vector<T>& v, bool wide)
    {
        if (type == Type::ByteArray) {
            for (size_t i = 0; i < v.size(); ++i)
                p_[i] = uint8_t(v[i]);
            p_ += align4(v.size());
            return;
        }
        put32(uint32_t(v.size()));
        if (wide) {
            for (T x : v)
                put64(uint64_t(x));
        } else {
            for (T x : v)
                put32(uint32_t(narrow(type, uint64_t(x))));
        }
    }

    // The 32-bit int that xdr_char/xdr_short/xdr_int write for a narrow value.
    static int64_t narrow(Type type, uint64_t v)
    {
        switch (type) {
        case Type::Byte: case Type::Int8: case Type::Uint8:
        case Type::ByteArray: case Type::Int8Array: case Type::Uint8Array:
            return int8_t(v);
        case Type::Int16: case Type::Int16Array:
            return int16_t(v);
        default:
            return int64_t(v);
        }
    }

    uint8_t* p_;
    uint64_t phantom_ = 0; // counted but unwritten bytes (see the file comment)
};

} // namespace

Result<size_t> packed_size(const NvList& list)
{
    Sizer sizer;
    const uint64_t total = 4 + sizer.list(list, 0);
    if (!sizer.problem.empty())
        return pack_error(sizer.problem);
    if (total > kMaxPacked)
        return pack_error("packed size " + std::to_string(total) + " exceeds 2 GiB");
    return size_t(total);
}

Result<std::vector<uint8_t>> pack(const NvList& list)
{
    auto size = xdr::packed_size(list);
    if (!size)
        return size.error();
    std::vector<uint8_t> buf(*size);
    buf[0] = 1; // NV_ENCODE_XDR
    buf[1] = 1; // the writer's byte order, as libnvpair records it
    Writer(&buf[4]).list(list);
    return buf;
}

} // namespace gzfs::nv::xdr
