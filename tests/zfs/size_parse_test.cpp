#include "zfs/size_parse.h"

#include <catch2/catch.hpp>

using gzfs::zfs::parse_size;

TEST_CASE("sizes parse like zfs_nicestrtonum", "[zfs]")
{
    CHECK(*parse_size("512") == 512);
    CHECK(*parse_size("1K") == 1024);
    CHECK(*parse_size("1k") == 1024);
    CHECK(*parse_size("1KB") == 1024);
    CHECK(*parse_size("1KiB") == 1024);
    CHECK(*parse_size("1.5K") == 1536);
    CHECK(*parse_size("10G") == 10ull << 30);
    CHECK(*parse_size("1B") == 1);
    CHECK(*parse_size("8E") == 8ull << 60);
}

TEST_CASE("bad sizes name the problem", "[zfs]")
{
    CHECK(parse_size("abc").error().message == "bad numeric value 'abc'");
    CHECK(parse_size("-1").error().message == "bad numeric value '-1'");
    CHECK(parse_size("1X").error().message == "invalid numeric suffix 'X'");
    CHECK(parse_size("1BB").error().message == "invalid numeric suffix 'BB'");
    CHECK(parse_size("16E").error().message == "numeric value is too large");
    CHECK(parse_size("99999999999999999999").error().message == "numeric value is too large");
}
