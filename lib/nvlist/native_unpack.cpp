// Decoding the native encoding (format in native_pack.cpp). Every read is bounds-checked and
// every size checked against the bytes left before anything is allocated for it; the checks
// are libnvpair's (i_validate_nvpair and friends), so what one rejects the other does too.

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

class Reader {
public:
    explicit Reader(std::span<const uint8_t> buf) : buf_(buf) {}

    Error error;
    uint64_t pos = 0;

    /// Reads pairs at `pos` into `out` up to and including the list's i32 0.
    bool list(NvList& out, int depth)
    {
        for (;;) {
            if (pos + 4 > buf_.size())
                return fail("truncated list (no end marker)", pos);
            const int32_t size = load<int32_t>(&buf_[pos]);
            if (size == 0) {
                pos += 4;
                return true;
            }
            if (!pair(out, size, depth))
                return false;
        }
    }

private:
    bool fail(std::string_view reason, uint64_t at)
    {
        error = unpack_error(reason, at);
        return false;
    }

    bool pair(NvList& out, int32_t size, int depth)
    {
        const uint64_t start = pos;
        if (size < 0 || uint64_t(size) > buf_.size() - pos)
            return fail("pair size " + std::to_string(size) + " runs past the buffer", start);
        if (uint64_t(size) < native_pair_size(1, 0))
            return fail("pair size " + std::to_string(size) + " is too small", start);
        const uint8_t* p = &buf_[pos];
        const int16_t name_sz = load<int16_t>(p + 4);
        const uint32_t nelem = load<uint32_t>(p + 8);
        const auto type = static_cast<Type>(load<int32_t>(p + 12));
        if (name_sz <= 0 || align8(kPairHeader + name_sz) > uint64_t(size))
            return fail("bad name size " + std::to_string(name_sz), start + 4);
        const char* name = reinterpret_cast<const char*>(p + kPairHeader);
        if (std::memchr(name, 0, name_sz) != name + name_sz - 1)
            return fail("name is not one NUL-terminated string", start + kPairHeader);
        if (!is_valid_type(type))
            return fail("unknown data type " + std::to_string(int32_t(type)), start + 12);
        if (!valid_nelem(type, nelem))
            return fail(std::string(type_name(type)) + " with nelem " + std::to_string(nelem),
                        start + 8);
        const uint64_t valoff = align8(kPairHeader + name_sz);
        Value value;
        if (auto why = this->value(type, nelem, p + valoff, size - valoff, value); !why.empty())
            return fail(why, start + valoff);
        pos += size;
        out.pairs().push_back(Pair{std::string(name, name_sz - 1), std::move(value)});
        return children(out.pairs().back().value, p + valoff, depth);
    }

    // Decodes the value region [v, v + region) into `out`; returns why it is malformed.
    std::string value(Type type, uint64_t nelem, const uint8_t* v, uint64_t region, Value& out)
    {
        const uint64_t width = native_elem_size(type);
        uint64_t used = is_array_type(type) ? width * nelem : width;
        if (type == Type::NvlistArray)
            used += kListHeader * nelem;
        if (used > region)
            return "value of " + std::to_string(used) + " bytes does not fit in the pair";
        switch (type) {
        case Type::Boolean:
            break;
        case Type::BooleanValue: {
            int32_t b = load<int32_t>(v);
            if (b != 0 && b != 1)
                return "boolean_value is " + std::to_string(b);
            out = Value(type, b == 1);
            break;
        }
        case Type::Int8: out = Value(type, int64_t{load<int8_t>(v)}); break;
        case Type::Int16: out = Value(type, int64_t{load<int16_t>(v)}); break;
        case Type::Int32: out = Value(type, int64_t{load<int32_t>(v)}); break;
        case Type::Int64: case Type::Hrtime: out = Value(type, load<int64_t>(v)); break;
        case Type::Byte: case Type::Uint8: out = Value(type, uint64_t{*v}); break;
        case Type::Uint16: out = Value(type, uint64_t{load<uint16_t>(v)}); break;
        case Type::Uint32: out = Value(type, uint64_t{load<uint32_t>(v)}); break;
        case Type::Uint64: out = Value(type, load<uint64_t>(v)); break;
        case Type::Double: out = Value(type, load<double>(v)); break;
        case Type::String: {
            auto* s = static_cast<const uint8_t*>(std::memchr(v, 0, region));
            if (!s)
                return "string without NUL";
            used = s - v + 1;
            out = Value(type, std::string(reinterpret_cast<const char*>(v), s - v));
            break;
        }
        case Type::StringArray: {
            std::vector<std::string> strings(nelem);
            for (auto& str : strings) {
                auto* s = static_cast<const uint8_t*>(std::memchr(v + used, 0, region - used));
                if (!s)
                    return "string array element without NUL";
                str.assign(reinterpret_cast<const char*>(v + used), s - (v + used));
                used = s - v + 1;
            }
            out = Value(type, std::move(strings));
            break;
        }
        case Type::BooleanArray: {
            std::vector<uint64_t> bits(nelem);
            for (uint64_t i = 0; i < nelem; ++i) {
                int32_t b = load<int32_t>(v + 4 * i);
                if (b != 0 && b != 1)
                    return "boolean_array element is " + std::to_string(b);
                bits[i] = b;
            }
            out = Value(type, std::move(bits));
            break;
        }
        case Type::Int8Array: out = Value(type, int_array<int64_t, int8_t>(v, nelem)); break;
        case Type::Int16Array: out = Value(type, int_array<int64_t, int16_t>(v, nelem)); break;
        case Type::Int32Array: out = Value(type, int_array<int64_t, int32_t>(v, nelem)); break;
        case Type::Int64Array: out = Value(type, int_array<int64_t, int64_t>(v, nelem)); break;
        case Type::ByteArray:
        case Type::Uint8Array: out = Value(type, int_array<uint64_t, uint8_t>(v, nelem)); break;
        case Type::Uint16Array: out = Value(type, int_array<uint64_t, uint16_t>(v, nelem)); break;
        case Type::Uint32Array: out = Value(type, int_array<uint64_t, uint32_t>(v, nelem)); break;
        case Type::Uint64Array: out = Value(type, int_array<uint64_t, uint64_t>(v, nelem)); break;
        case Type::Nvlist:
            if (load<int32_t>(v) != kVersion)
                return "nested nvlist of version " + std::to_string(load<int32_t>(v));
            out = Value(type, NvList(load<uint32_t>(v + 4) & (kUniqueName | kUniqueNameType)));
            break;
        case Type::NvlistArray: {
            std::vector<NvList> lists;
            lists.reserve(nelem);
            for (uint64_t i = 0; i < nelem; ++i) {
                const uint8_t* header = v + 8 * nelem + kListHeader * i;
                if (load<int32_t>(header) != kVersion)
                    return "nested nvlist of version " + std::to_string(load<int32_t>(header));
                lists.emplace_back(load<uint32_t>(header + 4) & (kUniqueName | kUniqueNameType));
            }
            out = Value(type, std::move(lists));
            break;
        }
        default:
            return "unknown data type";
        }
        // libnvpair's i_validate_nvpair: the pair must be exactly as large as its value.
        if (align8(used) != region)
            return "pair has " + std::to_string(region) + " value bytes for " +
                   std::to_string(used);
        return {};
    }

    /// Widens an array of W to the storage kind Out (int64_t or uint64_t).
    template <typename Out, typename W>
    static std::vector<Out> int_array(const uint8_t* v, uint64_t n)
    {
        std::vector<Out> out(n);
        if constexpr (sizeof(W) == 8) {
            if (n > 0) // an empty vector's data() may be null, which memcpy must not get
                std::memcpy(out.data(), v, 8 * n);
        } else {
            for (uint64_t i = 0; i < n; ++i)
                out[i] = load<W>(v + sizeof(W) * i);
        }
        return out;
    }

    // Nested lists' pairs follow the pair that holds them.
    bool children(Value& value, const uint8_t* v, int depth)
    {
        if (value.type() != Type::Nvlist && value.type() != Type::NvlistArray)
            return true;
        if (depth + 1 > kMaxDepth)
            return fail("nesting deeper than " + std::to_string(kMaxDepth), v - buf_.data());
        if (auto* list = std::get_if<NvList>(&value.data()))
            return this->list(*list, depth + 1);
        for (NvList& child : std::get<std::vector<NvList>>(value.data()))
            if (!list(child, depth + 1))
                return false;
        return true;
    }

    std::span<const uint8_t> buf_;
};

} // namespace

Result<NvList> unpack(std::span<const uint8_t> buf)
{
    Reader reader(buf);
    if (buf.size() < 12)
        return unpack_error("truncated list header", 4);
    // libnvpair does not check the top-level version, and keeps nvflag as is.
    NvList list(load<uint32_t>(&buf[8]));
    reader.pos = 12;
    if (!reader.list(list, 0))
        return reader.error;
    return list;
}

} // namespace gzfs::nv::native
