#include "nvlist/json.h"

#include <catch2/catch.hpp>

using namespace gzfs::nv;

namespace {

NvList sample()
{
    NvList child;
    child.add_uint64("guid", 7);
    NvList list;
    list.add_string("name", "tank")
        .add_boolean("flag")
        .add_boolean_value("on", true)
        .add_int32("neg", -3)
        .add("ratio", Value(Type::Double, 0.5))
        .add("bits", Value(Type::BooleanArray, std::vector<uint64_t>{1, 0}))
        .add_uint64_array("stats", {1, 2})
        .add_nvlist("vdev", child)
        .add_nvlist_array("children", {child});
    return list;
}

} // namespace

TEST_CASE("to_json: plain values by name")
{
    auto j = to_json(sample());
    CHECK(j.dump() == R"({"bits":[true,false],"children":[{"guid":7}],"flag":true,)"
                      R"("name":"tank","neg":-3,"on":true,"ratio":0.5,"stats":[1,2],)"
                      R"("vdev":{"guid":7}})");
}

TEST_CASE("to_json: duplicate names keep the last")
{
    NvList list(0);
    list.add_uint64("a", 1).add_uint64("a", 2);
    CHECK(to_json(list).dump() == R"({"a":2})");
}

TEST_CASE("to_typed_json: lossless, in order")
{
    NvList list;
    list.add("b", Value(Type::Byte, uint64_t{5})).add_nvlist("n", NvList().add_boolean("x"));
    CHECK(to_typed_json(list).dump() ==
          R"([{"name":"b","type":"byte","value":5},)"
          R"({"name":"n","type":"nvlist","value":[{"name":"x","type":"boolean","value":true}]}])");
}
