#include "ioctl/module_support.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace gzfs;
namespace fs = std::filesystem;

TEST_CASE("module support: the entries of a sysfs-like directory, none without it")
{
    const fs::path dir = fs::temp_directory_path() / ("gzfs-support-" + std::to_string(getpid()));
    fs::create_directories(dir / "compression");
    fs::create_directories(dir / "atime");
    std::ofstream(dir / "plain-file").put('x');

    auto names = read_module_support(dir.string());
    REQUIRE(names);
    CHECK(*names == std::set<std::string>{"atime", "compression", "plain-file"});
    CHECK(module_supports(dir.c_str(), "compression"));
    CHECK_FALSE(module_supports(dir.c_str(), "prefetch"));
    // Read once: what the module lists cannot change under a running command.
    fs::create_directories(dir / "prefetch");
    CHECK_FALSE(module_supports(dir.c_str(), "prefetch"));
    fs::remove_all(dir);

    // No directory (no module, or one older than 0.8): everything counts as supported.
    CHECK_FALSE(read_module_support("/nonexistent/properties.dataset"));
    CHECK(module_supports("/nonexistent/properties.dataset", "prefetch"));
}
