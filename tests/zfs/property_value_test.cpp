#include "zfs/dataset_sort.h"
#include "zfs/property_value.h"

#include <catch2/catch.hpp>

using namespace gzfs;
using namespace gzfs::zfs;

namespace {

nv::NvList entry(nv::Value value, const char* source = nullptr)
{
    nv::NvList e;
    e.add("value", std::move(value));
    if (source)
        e.add_string("source", source);
    return e;
}

DatasetRecord filesystem(std::string name)
{
    DatasetRecord r;
    r.name = std::move(name);
    r.type = kTypeFilesystem;
    r.has_props = true;
    return r;
}

} // namespace

TEST_CASE("statistics, defaults, local and inherited values", "[zfs]")
{
    DatasetRecord r = filesystem("tank/a");
    r.props.add_nvlist("used", entry(nv::Value::uint64(1277952)));
    r.props.add_nvlist("compression", entry(nv::Value::uint64(15), "tank/a"));
    r.props.add_nvlist("atime", entry(nv::Value::uint64(0), "tank"));
    r.props.add_nvlist("compressratio", entry(nv::Value::uint64(100)));
    r.props.add_nvlist("com.example:tag", entry(nv::Value::string("x"), "$recvd"));

    auto used = property_value(r, "used");
    CHECK(used->text == "1.22M");
    CHECK(source_text(used->source) == "-");
    CHECK(property_value(r, "used", {true})->text == "1277952");
    CHECK(property_value(r, "compress")->text == "lz4");
    CHECK(source_text(property_value(r, "compression")->source) == "local");
    CHECK(source_text(property_value(r, "atime")->source) == "inherited from tank");
    CHECK(property_value(r, "atime")->text == "off");
    auto recsize = property_value(r, "recordsize");
    CHECK(recsize->text == "128K");
    CHECK(source_text(recsize->source) == "default");
    CHECK(property_value(r, "quota")->text == "none");
    CHECK(property_value(r, "quota", {true})->text == "0");
    CHECK(property_value(r, "ratio")->text == "1.00x");
    CHECK(property_value(r, "filesystem_limit")->text == "none");
    CHECK(property_value(r, "com.example:tag")->text == "x");
    CHECK(source_text(property_value(r, "com.example:tag")->source) == "received");
    CHECK_FALSE(property_value(r, "volsize"));
    CHECK_FALSE(property_value(r, "origin"));
    CHECK(property_value(r, "name")->text == "tank/a");
    CHECK(property_value(r, "type")->text == "filesystem");
}

TEST_CASE("mountpoints follow the dataset name", "[zfs]")
{
    DatasetRecord root = filesystem("tank");
    CHECK(property_value(root, "mountpoint")->text == "/tank");
    DatasetRecord child = filesystem("tank/a/b");
    CHECK(property_value(child, "mountpoint")->text == "/tank/a/b");
    child.props.add_nvlist("mountpoint", entry(nv::Value::string("/mnt"), "tank"));
    CHECK(property_value(child, "mountpoint")->text == "/mnt/a/b");
    DatasetRecord local = filesystem("tank/c");
    local.props.add_nvlist("mountpoint", entry(nv::Value::string("/"), "tank/c"));
    CHECK(property_value(local, "mountpoint")->text == "/");
    local.props.add_nvlist("mountpoint", entry(nv::Value::string("legacy"), "tank/c"));
    CHECK(property_value(local, "mountpoint")->text == "legacy");
}

TEST_CASE("records sort like zfs list", "[zfs]")
{
    std::vector<DatasetRecord> records;
    auto add = [&](std::string name, uint64_t txg, uint64_t used) {
        DatasetRecord r = filesystem(std::move(name));
        if (r.name.find('@') != std::string::npos)
            r.type = kTypeSnapshot;
        r.stats.creation_txg = txg;
        r.props.add_nvlist("used", entry(nv::Value::uint64(used)));
        records.push_back(std::move(r));
    };
    add("tank/a@z", 5, 10);
    add("tank/a/b", 3, 30);
    add("tank/a", 2, 20);
    add("tank/a@b", 9, 40);
    add("tank/a-b", 4, 50);
    sort_records(records, {});
    std::vector<std::string> names;
    for (const auto& r : records)
        names.push_back(r.name);
    CHECK(names == std::vector<std::string>{"tank/a", "tank/a@z", "tank/a@b", "tank/a-b",
                                            "tank/a/b"});
    sort_records(records, {{"used", true}});
    CHECK(records.front().name == "tank/a-b");
}
