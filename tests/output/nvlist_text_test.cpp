#include "output/nvlist_text.h"

#include <catch2/catch.hpp>

using namespace gzfs;

namespace {

// A channel program's result as the kernel builds it: Lua numbers as int64, tables as lists.
nv::NvList program_result()
{
    nv::NvList argv;
    argv.add_string("1", "foo");
    argv.add_string("2", "bar");
    nv::NvList c;
    c.add_boolean_value("x", true);
    nv::NvList ret;
    ret.add_string("b", "two");
    ret.add_nvlist("c", c);
    ret.add_nvlist("n", argv);
    ret.add_int64("a", 1);
    nv::NvList out;
    out.add_nvlist("return", ret);
    return out;
}

} // namespace

TEST_CASE("dump_nvlist prints as zfs program does", "[output]")
{
    // Seen from zfs 2.3.2's `zfs program` for the same result (in the kernel's order).
    CHECK(out::dump_nvlist(program_result(), 4) == "    return:\n"
                                                   "        b: 'two'\n"
                                                   "        c:\n"
                                                   "            x: true\n"
                                                   "        n:\n"
                                                   "            1: 'foo'\n"
                                                   "            2: 'bar'\n"
                                                   "        a: 1\n");
    nv::NvList misc;
    misc.add_boolean("flag");
    misc.add_uint64_array("u", {1, 2});
    misc.add_string_array("s", {"x"});
    misc.add_nvlist_array("l", {nv::NvList().add_int32("i", -3)});
    misc.add_nvlist("empty", nv::NvList());
    CHECK(out::dump_nvlist(misc, 0) == "flag\nu[0]: 1\nu[1]: 2\ns[0]: 'x'\nl[0]:\n    i: -3\n"
                                       "empty:\n");
}

TEST_CASE("nvlist_json keeps the list's order", "[output]")
{
    CHECK(out::dump_line(out::nvlist_json(program_result())) ==
          "{\"return\":{\"b\":\"two\",\"c\":{\"x\":true},\"n\":{\"1\":\"foo\",\"2\":\"bar\"},"
          "\"a\":1}}\n");
    CHECK(out::dump_line(out::nvlist_json(nv::NvList())) == "{}\n");
}
