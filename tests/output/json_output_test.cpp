#include "ioctl/errors.h"
#include "output/json_output.h"

#include <catch2/catch.hpp>

#include <cerrno>

using namespace gzfs::out;

TEST_CASE("the envelope matches zfs 2.3", "[output]")
{
    Json doc = envelope("zfs list");
    doc["datasets"] = Json::object();
    CHECK(dump_line(doc) ==
          "{\"output_version\":{\"command\":\"zfs list\",\"vers_major\":0,\"vers_minor\":1},"
          "\"datasets\":{}}\n");
}

TEST_CASE("JSON errors carry errno and ZFS error names", "[output]")
{
    gzfs::Error e{ENOENT, 0, "cannot open 'x': dataset does not exist"};
    Json doc = error_json("zfs list", e);
    CHECK(doc["error"]["errno"] == "ENOENT");
    CHECK(doc["error"]["errno_value"] == 2);
    CHECK(doc["error"]["zfs_error"].is_null());
    CHECK(doc["error"]["message"] == e.message);
    gzfs::Error unavail{1029, 0, "cannot list 'x': unsupported"};
    CHECK(error_json("zfs list", unavail)["error"]["zfs_error"] == "ZFS_ERR_IOC_CMD_UNAVAIL");
}
