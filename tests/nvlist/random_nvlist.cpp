#include "random_nvlist.h"

#include <bit>
#include <limits>

namespace gzfs::nv::testing {

namespace {

using Rng = std::mt19937_64;

// Width in bytes of one element in the native encoding.
int wire_width(Type type)
{
    switch (type) {
    case Type::Byte: case Type::Int8: case Type::Uint8:
    case Type::ByteArray: case Type::Int8Array: case Type::Uint8Array:
        return 1;
    case Type::Int16: case Type::Uint16: case Type::Int16Array: case Type::Uint16Array:
        return 2;
    case Type::Int32: case Type::Uint32: case Type::Int32Array: case Type::Uint32Array:
        return 4;
    default:
        return 8;
    }
}

uint64_t below(Rng& rng, uint64_t n) { return n == 0 ? 0 : rng() % n; }

// Mostly small numbers, sometimes the extremes: that is where encodings go wrong.
uint64_t random_bits(Rng& rng)
{
    switch (below(rng, 4)) {
    case 0: return below(rng, 4);
    case 1: return ~uint64_t{0} - below(rng, 4);
    default: return rng();
    }
}

int64_t random_signed(Rng& rng, Type type)
{
    const int64_t v = int64_t(random_bits(rng));
    switch (wire_width(type)) {
    case 1: return int8_t(v);
    case 2: return int16_t(v);
    case 4: return int32_t(v);
    default: return v;
    }
}

uint64_t random_unsigned(Rng& rng, Type type)
{
    if (type == Type::BooleanArray)
        return below(rng, 2);
    const uint64_t v = random_bits(rng);
    switch (wire_width(type)) {
    case 1: return uint8_t(v);
    case 2: return uint16_t(v);
    case 4: return uint32_t(v);
    default: return v;
    }
}

std::string random_string(Rng& rng, int max)
{
    std::string s(below(rng, max + 1), ' ');
    for (char& c : s)
        c = below(rng, 3) ? char('a' + below(rng, 26)) : char(1 + below(rng, 255));
    return s;
}

std::string random_name(Rng& rng, const RandomOptions& options)
{
    // A small alphabet of short names collides often, exercising replace semantics.
    if (below(rng, 2))
        return std::string(1, char('a' + below(rng, 4)));
    return random_string(rng, options.max_name);
}

NvList random_list(Rng& rng, const RandomOptions& options, int depth)
{
    NvList list(options.random_flags ? uint32_t(below(rng, 4)) : kUniqueName);
    const int pairs = int(below(rng, options.max_pairs + 1));
    for (int i = 0; i < pairs; ++i) {
        auto type = static_cast<Type>(1 + below(rng, 27));
        if ((type == Type::Nvlist || type == Type::NvlistArray) && depth >= options.max_depth)
            type = Type::Uint64;
        list.add(random_name(rng, options), random_value(rng, type, options, depth));
    }
    return list;
}

} // namespace

Value random_value(Rng& rng, Type type, const RandomOptions& options, int depth)
{
    const size_t n = below(rng, options.max_array + 1);
    switch (storage_index(type)) {
    case kFlag: return Value();
    case kBool: return Value(type, below(rng, 2) == 1);
    case kSigned: return Value(type, random_signed(rng, type));
    case kUnsigned: return Value(type, random_unsigned(rng, type));
    case kDouble:
        return Value(type, below(rng, 2) ? std::bit_cast<double>(rng()) : double(rng()) / 7);
    case kString: return Value(type, random_string(rng, 40));
    case kSignedArray: {
        std::vector<int64_t> v(n);
        for (auto& x : v)
            x = random_signed(rng, type);
        return Value(type, std::move(v));
    }
    case kUnsignedArray: {
        std::vector<uint64_t> v(n);
        for (auto& x : v)
            x = random_unsigned(rng, type);
        return Value(type, std::move(v));
    }
    case kStringArray: {
        std::vector<std::string> v(n);
        for (auto& s : v)
            s = random_string(rng, 12);
        return Value(type, std::move(v));
    }
    case kList: return Value(type, random_list(rng, options, depth + 1));
    default: {
        std::vector<NvList> v(below(rng, 4));
        for (auto& child : v)
            child = random_list(rng, options, depth + 1);
        return Value(type, std::move(v));
    }
    }
}

NvList random_nvlist(Rng& rng, const RandomOptions& options)
{
    return random_list(rng, options, 0);
}

} // namespace gzfs::nv::testing
