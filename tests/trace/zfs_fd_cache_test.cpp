#include "trace/zfs_fd_cache.h"

#include <catch2/catch.hpp>

#include <string>

using namespace gzfs::trace;

namespace {

std::string g_link = "/dev/zfs";
std::string fake_link(pid_t, int) { return g_link; }

} // namespace

TEST_CASE("fd cache: reads /proc once per (thread, fd)")
{
    g_link = "/dev/zfs";
    ZfsFdCache cache(fake_link);
    CHECK(cache.is_zfs(10, 3));
    CHECK(cache.is_zfs(10, 3));
    CHECK(cache.lookups() == 1);
    CHECK(cache.is_zfs(11, 3));
    CHECK(cache.lookups() == 2);
}

TEST_CASE("fd cache: other files are not /dev/zfs")
{
    g_link = "/dev/null";
    ZfsFdCache cache(fake_link);
    CHECK_FALSE(cache.is_zfs(10, 3));
    g_link = "";
    CHECK_FALSE(cache.is_zfs(10, 4));
}

TEST_CASE("fd cache: forget() after exec, periodic re-check of positives")
{
    g_link = "/dev/zfs";
    ZfsFdCache cache(fake_link);
    CHECK(cache.is_zfs(10, 3));
    g_link = "/dev/null";
    cache.forget(10);
    CHECK_FALSE(cache.is_zfs(10, 3));

    g_link = "/dev/zfs";
    cache.forget(10);
    CHECK(cache.is_zfs(10, 5));
    g_link = "/dev/null"; // fd 5 closed and reused behind our back
    bool still = true;
    for (unsigned i = 0; i < ZfsFdCache::kRecheckEvery + 1; ++i)
        still = cache.is_zfs(10, 5);
    CHECK_FALSE(still);
}
