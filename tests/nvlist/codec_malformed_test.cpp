// Malformed input: every decoder must return an Error (EINVAL, naming the problem and the byte
// offset), never crash and never read outside the buffer. Run under ASan+UBSan by the
// `sanitize` test step; libFuzzer harnesses in tests/fuzz/ keep looking for more.

#include "nvlist/codec.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <random>

using namespace gzfs::nv;

namespace {

using Bytes = std::vector<uint8_t>;

// Pairs of many types, with no empty array: every strict prefix of its packing is invalid.
NvList rich_list()
{
    NvList child(kUniqueNameType);
    child.add_boolean("flag").add_string("path", "/dev/sda");
    NvList list;
    list.add_uint64("guid", 0x1234)
        .add_string("name", "tank")
        .add("b", Value(Type::Byte, uint64_t{200}))
        .add("i16", Value(Type::Int16, int64_t{-3}))
        .add_boolean_value("on", true)
        .add("d", Value(Type::Double, 2.5))
        .add("bits", Value(Type::BooleanArray, std::vector<uint64_t>{1, 0}))
        .add("bytes", Value(Type::ByteArray, std::vector<uint64_t>{1, 2, 3}))
        .add("i8s", Value(Type::Int8Array, std::vector<int64_t>{-1, 1}))
        .add_uint64_array("stats", {1, 2, 3})
        .add_string_array("names", {"a", "bc"})
        .add_nvlist("child", child)
        .add_nvlist_array("children", {child, NvList()});
    return list;
}

Bytes packed(const NvList& list, Encoding encoding)
{
    auto bytes = pack(list, encoding);
    REQUIRE(bytes.ok());
    return *bytes;
}

void put32(Bytes& b, size_t at, uint32_t v, Encoding encoding)
{
    if (encoding == Encoding::Xdr)
        v = __builtin_bswap32(v);
    std::memcpy(&b[at], &v, 4);
}

// {"a": uint64 1}: the pair starts at byte 12 in both encodings.
Bytes one_pair(Encoding encoding) { return packed(NvList().add_uint64("a", 1), encoding); }

// A chain of `depth` nested lists written by hand, as neither packer will go past 100.
Bytes deep(int depth, Encoding encoding)
{
    Bytes b = {uint8_t(encoding == Encoding::Xdr), 1, 0, 0};
    auto word = [&](uint32_t v) {
        b.resize(b.size() + 4);
        put32(b, b.size() - 4, v, encoding);
    };
    word(0);
    word(kUniqueName);
    for (int i = 0; i < depth; ++i) {
        if (encoding == Encoding::Native) {
            word(48);
            word(2);     // name_sz 2, reserved 0
            word(1);     // nelem
            word(19);    // NVLIST
            word('a');   // "a\0" and padding
            word(0);
            word(0);     // nvlist_t: version,
            word(kUniqueName); // nvflag, then pointer and flags
            for (int k = 0; k < 4; ++k)
                word(0);
        } else {
            word(0);   // encoded size: not trusted by readers
            word(48);  // decoded size
            word(1);
            word(uint32_t('a') << 24);
            word(19);
            word(1);
            word(0);   // nested version
            word(kUniqueName);
        }
    }
    for (int i = 0; i <= depth; ++i) {
        word(0);
        if (encoding == Encoding::Xdr)
            word(0);
    }
    return b;
}

void check_rejected(const Bytes& b, const std::string& reason)
{
    auto r = unpack(b);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().sys_errno == EINVAL);
    CHECK_THAT(r.error().message, Catch::Contains(reason));
}

const Encoding kBoth[] = {Encoding::Native, Encoding::Xdr};

} // namespace

TEST_CASE("malformed: short and unknown headers")
{
    check_rejected({}, "shorter than its 4-byte header");
    check_rejected({0, 1, 0}, "shorter than its 4-byte header");
    check_rejected({0, 1, 0, 0}, "truncated list header");
    check_rejected({7, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, "unknown encoding 7");
    check_rejected({0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, "big-endian");
}

TEST_CASE("malformed: every truncation is an error")
{
    for (Encoding encoding : kBoth) {
        const Bytes full = packed(rich_list(), encoding);
        REQUIRE(unpack(full).ok());
        for (size_t n = 0; n < full.size(); ++n) {
            INFO("encoding " << int(encoding) << ", first " << n << " bytes");
            Bytes prefix(full.begin(), full.begin() + n);
            CHECK_FALSE(unpack(prefix).ok());
        }
    }
}

TEST_CASE("malformed: trailing bytes are ignored, like libnvpair does")
{
    for (Encoding encoding : kBoth) {
        Bytes b = packed(rich_list(), encoding);
        b.resize(b.size() + 100, 0xee);
        CHECK(*unpack(b) == rich_list());
    }
}

TEST_CASE("malformed: pair sizes that overflow or do not fit")
{
    for (uint32_t size : {0x7fffffffu, 0x80000000u, 0xffffffffu, 41u, 8u, 1u, 52u}) {
        INFO("size " << size);
        Bytes native = one_pair(Encoding::Native);
        put32(native, 12, size, Encoding::Native);
        CHECK_FALSE(unpack(native).ok());
        Bytes xdr = one_pair(Encoding::Xdr);
        put32(xdr, 16, size, Encoding::Xdr); // decoded size
        CHECK_FALSE(unpack(xdr).ok());
    }
}

TEST_CASE("malformed: nelem that does not fit")
{
    NvList arrays;
    arrays.add_uint64_array("a", {1, 2});
    for (uint32_t nelem : {3u, 0x7fffffffu, 0x80000000u, 0xffffffffu, 0x20000000u}) {
        INFO("nelem " << nelem);
        Bytes native = packed(arrays, Encoding::Native);
        put32(native, 20, nelem, Encoding::Native);
        check_rejected(native, "does not fit in the pair");
        Bytes xdr = packed(arrays, Encoding::Xdr);
        put32(xdr, 32, nelem, Encoding::Xdr);
        CHECK_FALSE(unpack(xdr).ok());
        put32(xdr, 36, nelem, Encoding::Xdr); // the array's own count too
        CHECK_FALSE(unpack(xdr).ok());
    }
    for (Encoding encoding : kBoth) {
        Bytes b = one_pair(encoding);
        put32(b, encoding == Encoding::Xdr ? 32 : 20, 2, encoding);
        check_rejected(b, "uint64 with nelem 2");
    }
}

TEST_CASE("malformed: XDR strings and counts longer than the buffer")
{
    Bytes name = one_pair(Encoding::Xdr);
    put32(name, 20, 0xffffffff, Encoding::Xdr);
    check_rejected(name, "too long");
    NvList strings;
    strings.add_string_array("s", {"x"});
    Bytes b = packed(strings, Encoding::Xdr);
    put32(b, 32, 0x40000000, Encoding::Xdr);
    check_rejected(b, "runs past the end");
    NvList lists;
    lists.add_nvlist_array("l", {NvList()});
    Bytes l = packed(lists, Encoding::Xdr);
    put32(l, 32, 0x10000000, Encoding::Xdr);
    check_rejected(l, "runs past the end");
}

TEST_CASE("malformed: wrongly aligned")
{
    // A pair size that is not a multiple of 8.
    Bytes native = one_pair(Encoding::Native);
    put32(native, 12, 36, Encoding::Native);
    CHECK_FALSE(unpack(native).ok());
    // A valid buffer at an odd address is still valid: decoders copy, never cast.
    for (Encoding encoding : kBoth) {
        Bytes b = packed(rich_list(), encoding);
        Bytes shifted(b.size() + 1);
        std::memcpy(shifted.data() + 1, b.data(), b.size());
        CHECK(*unpack(std::span(shifted).subspan(1)) == rich_list());
    }
}

TEST_CASE("malformed: mis-typed pairs")
{
    for (Encoding encoding : kBoth) {
        const size_t type_at = encoding == Encoding::Xdr ? 28 : 24;
        for (uint32_t type : {0u, 28u, 0xffffffffu, 1000u}) {
            Bytes b = one_pair(encoding);
            put32(b, type_at, type, encoding);
            check_rejected(b, "unknown data type");
        }
        Bytes flag = one_pair(encoding);
        put32(flag, type_at, uint32_t(Type::Boolean), encoding);
        check_rejected(flag, "boolean with nelem 1");
        // (uint64 1 relabelled as a string is a valid "\x01" in both encodings.)
        Bytes as_list = one_pair(encoding);
        put32(as_list, type_at, uint32_t(Type::Nvlist), encoding);
        CHECK_FALSE(unpack(as_list).ok());
    }
    Bytes b = packed(NvList().add_boolean_value("v", true), Encoding::Native);
    put32(b, 36, 2, Encoding::Native);
    check_rejected(b, "boolean_value is 2");
    Bytes x = packed(NvList().add_boolean_value("v", true), Encoding::Xdr);
    put32(x, 36, 2, Encoding::Xdr);
    check_rejected(x, "boolean_value is 2");
}

TEST_CASE("malformed: names without NUL")
{
    Bytes b = one_pair(Encoding::Native);
    std::memset(&b[28], 'x', 8); // name and its padding
    check_rejected(b, "name is not one NUL-terminated string");
    Bytes embedded = packed(NvList().add_uint64("abc", 1), Encoding::Native);
    embedded[29] = 0; // "a\0c\0"
    check_rejected(embedded, "name is not one NUL-terminated string");
    for (uint16_t name_sz : {0, 0x8000, 0xffff, 9}) {
        Bytes n = one_pair(Encoding::Native);
        std::memcpy(&n[16], &name_sz, 2);
        CHECK_FALSE(unpack(n).ok());
    }
    // XDR names carry a length, not a NUL; libnvpair cuts one at a NUL inside, which must
    // then still match the pair's decoded size.
    Bytes x = packed(NvList().add_uint64("abcdefghijk", 1), Encoding::Xdr);
    x[25] = 0;
    check_rejected(x, "decoded pair size 40 is not 32");
}

TEST_CASE("malformed: nesting deeper than 100")
{
    for (Encoding encoding : kBoth) {
        INFO("encoding " << int(encoding));
        auto ok = unpack(deep(100, encoding));
        REQUIRE(ok.ok());
        check_rejected(deep(101, encoding), "nesting deeper than 100");
        check_rejected(deep(5000, encoding), "nesting deeper than 100");
    }
}

TEST_CASE("malformed: every single-byte change decodes or fails cleanly")
{
    for (Encoding encoding : kBoth) {
        const Bytes full = packed(rich_list(), encoding);
        for (size_t i = 0; i < full.size(); ++i) {
            for (uint8_t v : {uint8_t(0), uint8_t(0xff), uint8_t(full[i] + 1), uint8_t(0x80)}) {
                Bytes b = full;
                b[i] = v;
                auto r = unpack(b);
                if (!r.ok())
                    CHECK(r.error().message.rfind("cannot unpack nvlist: ", 0) == 0);
            }
        }
    }
}

TEST_CASE("malformed: seeded garbage after a valid header")
{
    std::mt19937_64 rng(7);
    int decoded = 0;
    for (int i = 0; i < 20000; ++i) {
        Bytes b(4 + rng() % 200);
        for (auto& x : b)
            x = uint8_t(rng() % 4 ? 0 : rng());
        b[0] = uint8_t(i % 2);
        b[1] = 1;
        decoded += unpack(b).ok();
    }
    CHECK(decoded < 20000);
}
