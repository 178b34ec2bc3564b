// Golden bytes: each expected buffer was produced by the real libnvpair 2.3.2 (nvlist_pack)
// for the same list. The differential tests (oracle_*) cover the rest against the library.

#include "nvlist/codec.h"

#include <catch2/catch.hpp>

#include <string>

using namespace gzfs::nv;

namespace {

std::vector<uint8_t> hex(std::string text)
{
    std::vector<uint8_t> out;
    std::string digits;
    for (char c : text)
        if (c != ' ')
            digits += c;
    for (size_t i = 0; i + 1 < digits.size(); i += 2)
        out.push_back(uint8_t(std::stoul(digits.substr(i, 2), nullptr, 16)));
    return out;
}

// Packs `list` both ways, compares with libnvpair's bytes and unpacks them back to `list`.
void check_golden(const NvList& list, const std::string& native, const std::string& xdr)
{
    for (auto [encoding, text] : {std::pair{Encoding::Native, native}, {Encoding::Xdr, xdr}}) {
        INFO("encoding " << int(encoding));
        auto expected = hex(text);
        auto packed = pack(list, encoding);
        REQUIRE(packed.ok());
        CHECK(*packed == expected);
        CHECK(*packed_size(list, encoding) == expected.size());
        auto back = unpack(expected);
        REQUIRE(back.ok());
        CHECK(*back == list);
    }
}

} // namespace

TEST_CASE("golden: {a: uint64 1} is 48 bytes native, 52 XDR")
{
    NvList list;
    list.add_uint64("a", 1);
    check_golden(list,
                 "0001000000000000 0100000020000000 0200000001000000 0800000061000000 "
                 "0000000001000000 0000000000000000",
                 "0101000000000000 0000000100000020 0000002000000001 6100000000000008 "
                 "0000000100000000 0000000100000000 00000000");
}

TEST_CASE("golden: double and hrtime are 8 big-endian bytes in XDR")
{
    NvList d;
    d.add("d", Value(Type::Double, 1.5));
    check_golden(d,
                 "0001000000000000 0100000020000000 0200000001000000 1b00000064000000 "
                 "0000000000000000 0000f83f00000000",
                 "0101000000000000 0000000100000020 0000002000000001 640000000000001b "
                 "000000013ff80000 0000000000000000 00000000");
    NvList h;
    h.add("h", Value(Type::Hrtime, int64_t{0x0102030405060708}));
    check_golden(h,
                 "0001000000000000 0100000020000000 0200000001000000 1200000068000000 "
                 "0000000008070605 0403020100000000",
                 "0101000000000000 0000000100000020 0000002000000001 6800000000000012 "
                 "0000000101020304 0506070800000000 00000000");
}

TEST_CASE("golden: an empty uint64 array leaves 4 counted but unwritten bytes in XDR")
{
    NvList list;
    list.add_uint64_array("e", {});
    check_golden(list,
                 "0001000000000000 0100000018000000 0200000000000000 1000000065000000 "
                 "0000000000000000",
                 "0101000000000000 000000010000001c 0000001800000001 6500000000000010 "
                 "0000000000000000 0000000000000000");
}

TEST_CASE("golden: XDR sign-extends bytes like xdr_char")
{
    NvList list;
    list.add("b", Value(Type::Byte, uint64_t{200})).add("i", Value(Type::Int8, int64_t{-2}));
    auto packed = pack(list, Encoding::Xdr);
    REQUIRE(packed.ok());
    CHECK(*packed == hex("0101000000000000 000000010000001c 0000002000000001 6200000000000002 "
                         "00000001ffffffc8 0000001c00000020 0000000169000000 0000001600000001 "
                         "fffffffe00000000 00000000"));
    CHECK(*unpack(*packed) == list);
}

TEST_CASE("golden: a nested list follows its pair")
{
    NvList child(kUniqueNameType);
    child.add_boolean("x");
    NvList list;
    list.add_nvlist("c", child);
    check_golden(list,
                 "0001000000000000 0100000030000000 0200000001000000 1300000063000000 "
                 "0000000000000000 0200000000000000 0000000000000000 0000000018000000 "
                 "0200000000000000 0100000078000000 0000000000000000 00000000",
                 "0101000000000000 0000000100000040 0000003000000001 6300000000000013 "
                 "0000000100000000 0000000200000018 0000001800000001 7800000000000001 "
                 "0000000000000000 0000000000000000 00000000");
}

TEST_CASE("golden: string array and nvlist array")
{
    NvList strings;
    strings.add_string_array("s", {"ab", ""});
    check_golden(strings,
                 "0001000000000000 0100000030000000 0200000002000000 1100000073000000 "
                 "0000000000000000 0000000000000000 0000000061620000 0000000000000000",
                 "0101000000000000 0000000100000024 0000003000000001 7300000000000011 "
                 "0000000200000002 6162000000000000 0000000000000000");

    NvList second(kUniqueNameType);
    second.add_int32("z", -5);
    NvList lists;
    lists.add_nvlist_array("l", {NvList(0), second});
    check_golden(lists,
                 "0001000000000000 0100000058000000 0200000002000000 140000006c000000 "
                 "0000000000000000 0000000000000000 0000000000000000 0000000000000000 "
                 "0000000000000000 0000000000000000 0200000000000000 0000000000000000 "
                 "0000000000000000 2000000002000000 0100000005000000 7a00000000000000 "
                 "fbffffff00000000 0000000000000000",
                 "0101000000000000 0000000100000054 0000005800000001 6c00000000000014 "
                 "0000000200000000 0000000000000000 0000000000000000 000000020000001c "
                 "0000002000000001 7a00000000000005 00000001fffffffb 0000000000000000 "
                 "0000000000000000");
}

TEST_CASE("golden: empty arrays of every XDR shape")
{
    NvList list;
    list.add_string_array("s", {})
        .add("b", Value(Type::ByteArray, std::vector<uint64_t>{}))
        .add_nvlist_array("n", {})
        .add("x", Value(Type::BooleanArray, std::vector<uint64_t>{}));
    auto packed = pack(list, Encoding::Xdr);
    REQUIRE(packed.ok());
    CHECK(*packed ==
          hex("0101000000000000 0000000100000018 0000001800000001 7300000000000011 "
              "0000000000000018 0000001800000001 620000000000000a 0000000000000018 "
              "0000001800000001 6e00000000000014 000000000000001c 0000001800000001 "
              "7800000000000018 0000000000000000 0000000000000000"));
    CHECK(*unpack(*packed) == list);
}

TEST_CASE("pack refuses what the wire cannot carry")
{
    NvList list;
    list.add("i", Value(Type::Int8, int64_t{300}));
    auto packed = pack(list);
    REQUIRE_FALSE(packed.ok());
    CHECK(packed.error().message == "cannot pack nvlist: value of 'i' does not fit in int8");
    CHECK(packed.error().sys_errno == EINVAL);

    NvList long_name;
    long_name.add_uint64(std::string(32767, 'n'), 1);
    CHECK_FALSE(pack(long_name, Encoding::Xdr).ok());
    NvList longest;
    longest.add_uint64(std::string(32766, 'n'), 1);
    CHECK(*unpack(*pack(longest)) == longest);
}
