// Decoding the XDR encoding (format in xdr_pack.cpp). Every read is bounds-checked; a count is
// checked against the bytes left before anything is allocated for it. Like libnvpair, a pair
// whose decoded size is not exactly its native nvpair_t size is rejected, and the encoded size
// is not trusted at all. One deliberate difference: libnvpair accepts an array whose own count
// differs from the pair's nelem (it zero-fills or drops elements); we reject it.

#include "nvlist/codec.h"
#include "nvlist/encodings.h"
#include "nvlist/wire.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace gzfs::nv::xdr {

using namespace gzfs::nv::wire;

namespace {

class Reader {
public:
    explicit Reader(std::span<const uint8_t> buf) : buf_(buf) {}

    Error error;
    uint64_t pos = 0;

    /// A list body after its version and nvflag: pairs up to the two zero words.
    bool list(NvList& out, int depth)
    {
        for (;;) {
            const uint64_t start = pos;
            uint32_t encoded, decoded;
            if (!u32(encoded) || !u32(decoded))
                return false;
            // libnvpair ends the list on a zero decoded size, whatever the encoded one says.
            if (decoded == 0)
                return true;
            if (!pair(out, decoded, start, depth))
                return false;
        }
    }

    /// A nested list: version, nvflag, body. libnvpair checks the version (and masks the
    /// nvflag) of a nested list before reading them from an XDR stream, so in effect never:
    /// neither do we.
    bool nested(NvList& out, int depth)
    {
        if (depth > kMaxDepth)
            return fail("nesting deeper than " + std::to_string(kMaxDepth), pos);
        uint32_t version, flags;
        if (!u32(version) || !u32(flags))
            return false;
        out.set_flags(flags);
        return list(out, depth);
    }

private:
    bool fail(std::string_view reason, uint64_t at)
    {
        error = unpack_error(reason, at);
        return false;
    }

    uint64_t left() const { return buf_.size() - pos; }

    bool need(uint64_t n)
    {
        return n <= left() || fail("truncated (" + std::to_string(n) + " bytes needed)", pos);
    }

    bool u32(uint32_t& v)
    {
        if (!need(4))
            return false;
        std::memcpy(&v, &buf_[pos], 4);
        v = __builtin_bswap32(v);
        pos += 4;
        return true;
    }

    bool u64(uint64_t& v)
    {
        if (!need(8))
            return false;
        std::memcpy(&v, &buf_[pos], 8);
        v = __builtin_bswap64(v);
        pos += 8;
        return true;
    }

    bool string(std::string& s, uint64_t max)
    {
        uint32_t len;
        if (!u32(len))
            return false;
        if (len > max)
            return fail("string of " + std::to_string(len) + " bytes is too long", pos - 4);
        if (!need(align4(len)))
            return false;
        // libnvpair stops a string at its first NUL (it takes strlen of what xdr_string
        // read); the pair's decoded size then has to match the shorter string.
        const char* p = reinterpret_cast<const char*>(&buf_[pos]);
        s.assign(p, strnlen(p, len));
        pos += align4(len);
        return true;
    }

    bool pair(NvList& out, uint32_t decoded, uint64_t start, int depth)
    {
        if (decoded < native_pair_size(1, 0) || decoded > kMaxPacked)
            return fail("bad decoded pair size " + std::to_string(decoded), start + 4);
        std::string name;
        uint32_t raw_type, nelem;
        // libnvpair decodes into a buffer of the decoded size, which bounds every string.
        if (!string(name, std::min(decoded - kPairHeader - 1, kMaxNameLength)) ||
            !u32(raw_type) || !u32(nelem))
            return false;
        const auto type = static_cast<Type>(raw_type);
        if (!is_valid_type(type))
            return fail("unknown data type " + std::to_string(int32_t(raw_type)), pos - 8);
        if (!valid_nelem(type, nelem))
            return fail(std::string(type_name(type)) + " with nelem " + std::to_string(nelem),
                        pos - 4);
        out.pairs().push_back(Pair{std::move(name), Value()});
        Value& value = out.pairs().back().value;
        const uint64_t valoff = align8(kPairHeader + out.pairs().back().name.size() + 1);
        if (valoff > decoded)
            return fail("decoded pair size " + std::to_string(decoded) + " is too small", start);
        if (!this->value(type, nelem, value, depth, decoded - valoff))
            return false;
        const uint64_t native = native_pair_size(out.pairs().back().name.size(),
                                                 native_value_size(value));
        if (native != decoded)
            return fail("decoded pair size " + std::to_string(decoded) + " is not " +
                            std::to_string(native),
                        start + 4);
        return true;
    }

    // `area`: the value bytes of the native pair, which bound strings as in libnvpair.
    bool value(Type type, uint32_t nelem, Value& out, int depth, uint64_t area)
    {
        if (nelem == 0) {
            // Nothing follows an empty array (nor a BOOLEAN).
            out = type == Type::Boolean ? Value() : empty_array(type);
            return true;
        }
        const uint64_t at = pos;
        switch (type) {
        case Type::String: {
            std::string s;
            if (area == 0)
                return fail("string does not fit its decoded size", pos);
            if (!string(s, area - 1))
                return false;
            out = Value(type, std::move(s));
            return true;
        }
        case Type::StringArray: {
            if (uint64_t(nelem) * 4 > left())
                return fail("string array of " + std::to_string(nelem) + " runs past the end", at);
            std::vector<std::string> strings(nelem);
            uint64_t used = 8 * uint64_t(nelem); // the pointer slots
            for (std::string& s : strings) {
                if (area <= used)
                    return fail("string array does not fit its decoded size", pos);
                area -= used;
                if (!string(s, area - 1))
                    return false;
                used = s.size() + 1;
            }
            out = Value(type, std::move(strings));
            return true;
        }
        case Type::Nvlist:
            out = Value(type, NvList(0));
            return nested(std::get<NvList>(out.data()), depth + 1);
        case Type::NvlistArray: {
            if (uint64_t(nelem) * 16 > left())
                return fail("nvlist array of " + std::to_string(nelem) + " runs past the end", at);
            out = Value(type, std::vector<NvList>(nelem, NvList(0)));
            for (NvList& child : std::get<std::vector<NvList>>(out.data()))
                if (!nested(child, depth + 1))
                    return false;
            return true;
        }
        case Type::ByteArray: {
            if (!need(align4(nelem)))
                return false;
            std::vector<uint64_t> bytes(&buf_[pos], &buf_[pos] + nelem);
            pos += align4(nelem);
            out = Value(type, std::move(bytes));
            return true;
        }
        default:
            return is_array_type(type) ? array(type, nelem, out) : scalar(type, out);
        }
    }

    static Value empty_array(Type type)
    {
        switch (storage_index(type)) {
        case kSignedArray: return Value(type, std::vector<int64_t>());
        case kUnsignedArray: return Value(type, std::vector<uint64_t>());
        case kStringArray: return Value(type, std::vector<std::string>());
        default: return Value(type, std::vector<NvList>());
        }
    }

    bool scalar(Type type, Value& out)
    {
        const uint64_t at = pos;
        uint64_t v;
        if (native_elem_size(type) == 8) {
            if (!u64(v))
                return false;
        } else {
            uint32_t w;
            if (!u32(w))
                return false;
            v = w;
        }
        switch (type) {
        case Type::BooleanValue:
            if (v > 1)
                return fail("boolean_value is " + std::to_string(int32_t(v)), at);
            out = Value(type, v == 1);
            return true;
        case Type::Double:
            out = Value(type, std::bit_cast<double>(v));
            return true;
        default:
            out = storage_index(type) == kSigned ? Value(type, to_signed(type, v))
                                           : Value(type, to_unsigned(type, v));
            return true;
        }
    }

    bool array(Type type, uint32_t nelem, Value& out)
    {
        const uint64_t at = pos;
        const uint64_t width = native_elem_size(type) == 8 ? 8 : 4;
        uint32_t count;
        if (!u32(count))
            return false;
        if (count != nelem)
            return fail("array count " + std::to_string(count) + " is not nelem " +
                            std::to_string(nelem),
                        at);
        if (!need(width * nelem))
            return false;
        const bool is_signed = storage_index(type) == kSignedArray;
        std::vector<int64_t> s(is_signed ? nelem : 0);
        std::vector<uint64_t> u(is_signed ? 0 : nelem);
        for (uint32_t i = 0; i < nelem; ++i) {
            uint64_t v;
            if (width == 8) {
                std::memcpy(&v, &buf_[pos], 8);
                v = __builtin_bswap64(v);
            } else {
                uint32_t w;
                std::memcpy(&w, &buf_[pos], 4);
                v = __builtin_bswap32(w);
            }
            pos += width;
            if (is_signed)
                s[i] = to_signed(type, v);
            else if (type == Type::BooleanArray && v > 1)
                return fail("boolean_array element is " + std::to_string(int32_t(v)), pos - 4);
            else
                u[i] = to_unsigned(type, v);
        }
        out = is_signed ? Value(type, std::move(s)) : Value(type, std::move(u));
        return true;
    }

    // What xdr_char/xdr_short/xdr_int leave in a narrow variable: the low bytes.
    static int64_t to_signed(Type type, uint64_t v)
    {
        switch (native_elem_size(type)) {
        case 1: return int8_t(v);
        case 2: return int16_t(v);
        case 4: return int32_t(v);
        default: return int64_t(v);
        }
    }

    static uint64_t to_unsigned(Type type, uint64_t v)
    {
        switch (native_elem_size(type)) {
        case 1: return uint8_t(v);
        case 2: return uint16_t(v);
        case 4: return uint32_t(v);
        default: return v;
        }
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
    uint32_t flags;
    std::memcpy(&flags, &buf[8], 4);
    NvList list(__builtin_bswap32(flags));
    reader.pos = 12;
    if (!reader.list(list, 0))
        return reader.error;
    return list;
}

} // namespace gzfs::nv::xdr
