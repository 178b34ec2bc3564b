#include "ioctl/module_version.h"

#include <catch2/catch.hpp>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <unistd.h>

using namespace gzfs;

TEST_CASE("module versions parse with packaging suffixes")
{
    CHECK(*parse_version("2.3.2-2~bpo12+2") == Version{2, 3, 2});
    CHECK(*parse_version("2.1.11-1") == Version{2, 1, 11});
    CHECK(*parse_version("0.8.6") == Version{0, 8, 6});
    CHECK(*parse_version("2.2.0-rc4") == Version{2, 2, 0});
    CHECK(*parse_version("2.3") == Version{2, 3, 0});
    CHECK(parse_version("zfs").error().sys_errno == EINVAL);
    CHECK(parse_version("2").error().message == "cannot parse ZFS module version '2'");
    CHECK(Version{2, 1, 11} < Version{2, 3, 0});
    CHECK(Version{2, 3, 2}.str() == "2.3.2");
}

TEST_CASE("unsupported versions are refused by name")
{
    CHECK(check_supported({{2, 3, 2}, "2.3.2-2~bpo12+2"}).ok());
    CHECK(check_supported({{0, 7, 13}, "0.7.13"}).ok());
    auto old = check_supported({{0, 6, 2}, "0.6.2-1"});
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().sys_errno == ENOTSUP);
    CHECK(old.error().message ==
          "unsupported ZFS module version '0.6.2-1' (too old; gzfs supports 0.6.3 to 2.4.x)");
    auto next = check_supported({{2, 5, 0}, "2.5.0"});
    CHECK(next.error().message.find("'2.5.0' (too new") != std::string::npos);
}

TEST_CASE("the version file is read, a missing one means no module")
{
    std::string path = "/tmp/gzfs-test-version-" + std::to_string(::getpid());
    std::ofstream(path) << "2.1.11-1\n";
    auto m = read_module_version(path);
    REQUIRE(m.ok());
    CHECK(m->version == Version{2, 1, 11});
    CHECK(m->text == "2.1.11-1");
    std::remove(path.c_str());
    auto missing = read_module_version(path);
    CHECK(missing.error().sys_errno == ENOENT);
    CHECK(missing.error().message.find("not loaded") != std::string::npos);
}
