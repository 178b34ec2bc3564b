#include "output/table.h"

#include <catch2/catch.hpp>

using namespace gzfs::out;

TEST_CASE("table aligns like zfs list", "[output]")
{
    Table t({{"NAME", false}, {"USED", true}, {"MOUNTPOINT", false}});
    t.add_row({"tank", "1.22M", "/tank"});
    t.add_row({"tank/longer", "96K", "none"});
    CHECK(t.render() ==
          "NAME          USED  MOUNTPOINT\n"
          "tank         1.22M  /tank\n"
          "tank/longer    96K  none\n");
    CHECK(t.render({.scripted = true}) == "tank\t1.22M\t/tank\ntank/longer\t96K\tnone\n");
}

TEST_CASE("a right-aligned last column is padded, a left one is not", "[output]")
{
    Table t({{"NAME", false}, {"USED", true}});
    t.add_row({"a", "0B"});
    CHECK(t.render() == "NAME  USED\na       0B\n");
}

TEST_CASE("a row of the wrong width is a programmer error", "[output]")
{
    Table t({{"NAME", false}});
    CHECK_THROWS(t.add_row({"a", "b"}));
}
