#include "pool/pool_name.h"
#include "pool/vdev_check.h"
#include "pool/vdev_spec.h"

#include <catch2/catch.hpp>

#include <map>

using namespace gzfs;

namespace {

// Files /f/a.. of 128 MiB, /f/small of 32 MiB, /f/big of 1 GiB, block device /dev/sdb.
DeviceInfo fake_probe(const std::string& path)
{
    static const std::map<std::string, DeviceInfo> devices = {
        {"/f/a", {DeviceKind::File, 128 << 20, "/f/a", 0}},
        {"/f/b", {DeviceKind::File, 128 << 20, "/f/b", 0}},
        {"/f/c", {DeviceKind::File, 128 << 20, "/f/c", 0}},
        {"/f/d", {DeviceKind::File, 128 << 20, "/f/d", 0}},
        {"/f/e", {DeviceKind::File, 128 << 20, "/f/e", 0}},
        {"/f/link", {DeviceKind::File, 128 << 20, "/f/a", 0}},
        {"/f/small", {DeviceKind::File, 32 << 20, "/f/small", 0}},
        {"/f/big", {DeviceKind::File, 1ull << 30, "/f/big", 0}},
        {"/dev/sdb", {DeviceKind::Block, 1ull << 30, "/dev/sdb", 0}},
    };
    auto it = devices.find(path);
    if (it == devices.end())
        return DeviceInfo{DeviceKind::Missing, 0, "", ENOENT};
    return it->second;
}

Result<nv::NvList> parse(std::vector<std::string> args)
{
    VdevSpecOptions options;
    options.pool = "tank";
    options.probe = fake_probe;
    return parse_vdev_spec(args, options);
}

Status check(const nv::NvList& root, bool force = false)
{
    VdevCheckOptions options;
    options.pool = "tank";
    options.force = force;
    options.probe = fake_probe;
    return check_vdev_tree(root, options);
}

} // namespace

TEST_CASE("pool names follow zpool's rules", "[pool]")
{
    CHECK(check_pool_name("tank", true, "create").ok());
    CHECK(check_pool_name("t-a_n.k:1 x", true, "create").ok());
    CHECK(check_pool_name("mirror", false, "import").error().message ==
          "cannot import 'mirror': name is reserved");
    CHECK(check_pool_name("mirrorpool", true, "create").error().message ==
          "cannot create 'mirrorpool': name is reserved");
    CHECK(check_pool_name("mirrorpool", false, "open").ok());
    CHECK(!check_pool_name("log", true, "create").ok());
    CHECK(check_pool_name("1tank", true, "create").error().message ==
          "cannot create '1tank': name must begin with a letter");
    CHECK(check_pool_name("ta/nk", true, "create").error().message ==
          "cannot create 'ta/nk': invalid character '/' in pool name");
    CHECK(!check_pool_name(std::string(240, 'a'), true, "create").ok());
}

TEST_CASE("plain and mirror specs build zpool's tree", "[pool]")
{
    auto root = parse({"mirror", "/f/a", "/f/b", "mirror", "/f/c", "/f/d"});
    REQUIRE(root.ok());
    CHECK(root->get_or("type", "") == "root");
    auto top = root->get_nvlist_array("children");
    REQUIRE(top.ok());
    REQUIRE(top->size() == 2);
    CHECK((*top)[0].get_or("type", "") == "mirror");
    CHECK((*top)[0].get_or("is_log", uint64_t{9}) == 0);
    auto leaves = (*top)[0].get_nvlist_array("children");
    REQUIRE(leaves->size() == 2);
    CHECK((*leaves)[0].get_or("path", "") == "/f/a");
    CHECK((*leaves)[0].get_or("type", "") == "file");
    CHECK(!(*leaves)[0].contains("is_log"));
    CHECK(check(*root).ok());
}

TEST_CASE("raidz, draid and classes", "[pool]")
{
    auto root = parse({"raidz2", "/f/a", "/f/b", "/f/c", "log", "/f/d", "special", "mirror",
                       "/f/e", "/f/big", "cache", "/dev/sdb", "spare", "/f/link"});
    REQUIRE(root.ok());
    auto top = *root->get_nvlist_array("children");
    REQUIRE(top.size() == 3);
    CHECK(top[0].get_or("nparity", uint64_t{0}) == 2);
    CHECK(top[1].get_or("is_log", uint64_t{0}) == 1);
    CHECK(top[1].get_or("alloc_bias", "") == "log");
    CHECK(top[1].get_or("type", "") == "file");
    CHECK(top[2].get_or("alloc_bias", "") == "special");
    auto cache = *root->get_nvlist_array("l2cache");
    CHECK(cache[0].get_or("type", "") == "disk");
    CHECK(cache[0].get_or("whole_disk", uint64_t{9}) == 0);
    CHECK(root->get_nvlist_array("spares")->size() == 1);
    // the spare is /f/a under another name
    CHECK(check(*root).error().message == "cannot create 'tank': '/f/link' is specified more "
                                         "than once");

    auto draid = parse({"draid1:2d:1s", "/f/a", "/f/b", "/f/c", "/f/d"});
    INFO((draid.ok() ? "" : draid.error().message));
    REQUIRE(draid.ok());
    auto d = (*draid->get_nvlist_array("children"))[0];
    CHECK(d.get_or("type", "") == "draid");
    CHECK(d.get_or("draid_ndata", uint64_t{0}) == 2);
    CHECK(d.get_or("draid_nspares", uint64_t{0}) == 1);
    CHECK(d.get_or("draid_ngroups", uint64_t{0}) == 1);
    CHECK(!parse({"draid1:5c", "/f/a", "/f/b"}).ok());
}

TEST_CASE("bad specs are one-line errors", "[pool]")
{
    CHECK(parse({"mirror", "/f/a"}).error().message ==
          "cannot create 'tank': invalid vdev specification: mirror requires at least 2 devices");
    CHECK(parse({"raidz3", "/f/a", "/f/b"}).error().message ==
          "cannot create 'tank': invalid vdev specification: raidz3 requires at least 4 devices");
    CHECK(parse({"/f/nothere"}).error().message ==
          "cannot open '/f/nothere': No such file or directory");
    CHECK(parse({"log", "raidz", "/f/a", "/f/b"}).error().message ==
          "cannot create 'tank': invalid vdev specification: unsupported 'log' device: raidz");
    CHECK(!parse({"log", "/f/a", "log", "/f/b"}).ok());
    CHECK(!parse({"log"}).ok());
    CHECK(!parse({}).ok());
    CHECK(!parse({"raidz4", "/f/a"}).ok());
    auto small = parse({"/f/small"});
    REQUIRE(small.ok());
    CHECK(check(*small).error().message ==
          "cannot create 'tank': '/f/small' is smaller than the minimum size (64M)");
}

TEST_CASE("replication levels must match unless forced", "[pool]")
{
    auto mixed = parse({"/f/c", "mirror", "/f/a", "/f/b"});
    REQUIRE(mixed.ok());
    CHECK(check(*mixed).error().message ==
          "cannot create 'tank': mismatched replication level: both file and mirror vdevs are "
          "present");
    CHECK(check(*mixed, true).ok());
    auto sizes = parse({"mirror", "/f/a", "/f/big"});
    CHECK(check(*sizes).error().message ==
          "cannot create 'tank': mirror contains devices of different sizes");
    auto ways = parse({"mirror", "/f/a", "/f/b", "mirror", "/f/c", "/f/d", "/f/e"});
    CHECK(!check(*ways).ok());
    auto devs = parse({"mirror", "/f/big", "/dev/sdb"});
    CHECK(check(*devs).error().message ==
          "cannot create 'tank': mismatched replication level: mirror contains both files and "
          "devices");
}
