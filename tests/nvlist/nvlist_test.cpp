#include "nvlist/nvlist.h"

#include <catch2/catch.hpp>

using namespace gzfs::nv;

TEST_CASE("unique names replace, and typed get checks the type")
{
    NvList list;
    list.add_uint64("txg", 1).add_string("name", "tank").add_uint64("txg", 2);
    REQUIRE(list.size() == 2);
    CHECK(list.pairs().back().name == "txg");
    CHECK(*list.get<uint64_t>("txg") == 2);
    CHECK(*list.get<std::string>("name") == "tank");

    auto wrong = list.get<std::string>("txg");
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message == "nvlist key 'txg' is uint64, expected string");
    CHECK(list.get<uint64_t>("nope").error().message == "nvlist has no key 'nope'");
}

TEST_CASE("unique name and type keeps pairs of other types")
{
    NvList list(kUniqueNameType);
    list.add_uint64("a", 1).add_string("a", "x").add_uint64("a", 2);
    REQUIRE(list.size() == 2);
    CHECK(list.pairs()[0].value.type() == Type::String);
}

TEST_CASE("nested paths")
{
    NvList tree;
    tree.add_uint64("guid", 42);
    NvList config;
    config.add_nvlist("vdev_tree", tree);
    CHECK(*config.get<uint64_t>({"vdev_tree", "guid"}) == 42);
    CHECK_FALSE(config.get<uint64_t>({"vdev_tree", "nope"}).ok());
    CHECK_FALSE(config.get<uint64_t>({"nope", "guid"}).ok());
}

TEST_CASE("a value built with the wrong storage kind is a programmer error")
{
    CHECK_THROWS_AS(Value(Type::Uint64, std::string("x")), std::invalid_argument);
}
