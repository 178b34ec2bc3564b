#include "zfs/property.h"
#include "zfs/property_parse.h"

#include <catch2/catch.hpp>

using namespace gzfs::zfs;

TEST_CASE("the table is in zfs_prop_t order", "[zfs]")
{
    auto table = property_table();
    REQUIRE(table.size() == 100);
    for (size_t i = 0; i < table.size(); i++)
        CHECK(table[i].id == static_cast<int>(i));
    CHECK(std::string(table[0].name) == "type");
    CHECK(std::string(table[99].name) == "longname");
}

TEST_CASE("properties are found by name and column name", "[zfs]")
{
    CHECK(std::string(find_property("avail")->name) == "available");
    CHECK(std::string(find_property("compress")->name) == "compression");
    CHECK(std::string(find_property("refer")->name) == "referenced");
    CHECK(find_property("nosuch") == nullptr);
    CHECK(is_user_property("com.example:tag"));
    CHECK_FALSE(is_user_property("nocolon"));
    CHECK_FALSE(is_user_property("bad:char$"));
}

TEST_CASE("values are validated before any ioctl", "[zfs]")
{
    ParseContext fs{kTypeFilesystem, false};
    auto lz4 = parse_property("compression", "lz4", fs);
    REQUIRE(lz4);
    CHECK(lz4->value == gzfs::nv::Value::uint64(15));
    CHECK(parse_property("compress", "bogus", fs).error().message.starts_with(
        "'compression' must be one of 'on | off | lzjb"));
    CHECK(parse_property("used", "1", fs).error().message == "'used' is readonly");
    CHECK(parse_property("casesensitivity", "mixed", fs).error().message ==
          "'casesensitivity' is readonly");
    CHECK(parse_property("casesensitivity", "mixed", {kTypeFilesystem, true}));
    CHECK(parse_property("volsize", "1G", fs).error().message ==
          "'volsize' does not apply to datasets of this type");
    CHECK(parse_property("foo", "1", fs).error().message == "invalid property 'foo'");
    CHECK(parse_property("quota", "none", fs)->value == gzfs::nv::Value::uint64(0));
    CHECK(parse_property("quota", "10G", fs)->value == gzfs::nv::Value::uint64(10ull << 30));
    CHECK(parse_property("quota", "ten", fs).error().message == "bad numeric value 'ten'");
    CHECK(parse_property("recordsize", "1000", fs).error().message ==
          "'recordsize' must be power of 2 from 512B to 16M");
    CHECK(parse_property("mountpoint", "rel", fs).error().message ==
          "'mountpoint' must be an absolute path, 'none', or 'legacy'");
    CHECK(parse_property("com.example:x", "anything", fs)->value ==
          gzfs::nv::Value::string("anything"));
    CHECK(split_assignment("a=b=c")->second == "b=c");
    CHECK_FALSE(split_assignment("novalue"));
}
