#include "zfs/dataset_name.h"
#include "zfs/property_table.h"

#include <catch2/catch.hpp>

using namespace gzfs::zfs;

namespace {
std::string problem(std::string_view name, uint32_t types)
{
    auto s = check_name(name, types, "create");
    return s ? "" : s.error().message;
}
} // namespace

TEST_CASE("valid names pass", "[zfs]")
{
    CHECK(problem("tank", kTypeFilesystem) == "");
    CHECK(problem("tank/a b/c-d_e.f:g", kTypeFilesystem) == "");
    CHECK(problem("tank/a@snap", kTypeSnapshot) == "");
    CHECK(problem("tank/a#mark", kTypeBookmark) == "");
}

TEST_CASE("invalid names give zfs' reason", "[zfs]")
{
    CHECK(problem("", kTypeFilesystem) ==
          "cannot create '': empty component or misplaced '@' or '#' delimiter in name");
    CHECK(problem("tank/", kTypeFilesystem) == "cannot create 'tank/': trailing slash in name");
    CHECK(problem("/tank", kTypeFilesystem) == "cannot create '/tank': leading slash in name");
    CHECK(problem("tank//a", kTypeFilesystem) ==
          "cannot create 'tank//a': empty component or misplaced '@' or '#' delimiter in name");
    CHECK(problem("tank/a$b", kTypeFilesystem) ==
          "cannot create 'tank/a$b': invalid character '$' in name");
    CHECK(problem("tank@s", kTypeFilesystem) ==
          "cannot create 'tank@s': snapshot delimiter '@' is not expected here");
    CHECK(problem("tank", kTypeSnapshot) ==
          "cannot create 'tank': missing '@' delimiter in snapshot name");
    CHECK(problem("tank@", kTypeSnapshot) ==
          "cannot create 'tank@': empty component or misplaced '@' or '#' delimiter in name");
    CHECK(problem("tank@a@b", kTypeSnapshot) ==
          "cannot create 'tank@a@b': multiple '@' and/or '#' delimiters in name");
    CHECK(problem(std::string(300, 'a'), kTypeFilesystem).ends_with("name is too long"));
    CHECK(problem("tank/..", kTypeFilesystem).ends_with("parent reference, '..' is found in name"));
    CHECK(problem("1tank", kTypeFilesystem).ends_with("pool doesn't begin with a letter"));
}

TEST_CASE("pool and parent of names", "[zfs]")
{
    CHECK(parent_of("tank/a/b") == "tank/a");
    CHECK(parent_of("tank/a@s") == "tank/a");
    CHECK(parent_of("tank") == "");
}
