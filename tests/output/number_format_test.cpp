// Expected strings were produced by libzfs 2.3.2's zfs_nicenum/zfs_nicebytes on the host.
#include "output/number_format.h"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace gzfs::out;

namespace {
struct Case {
    uint64_t value;
    const char* num;
    const char* bytes;
};
constexpr Case kCases[] = {
    {0u, "0", "0B"},
    {1u, "1", "1B"},
    {512u, "512", "512B"},
    {1023u, "1023", "1023B"},
    {1024u, "1K", "1K"},
    {1536u, "1.50K", "1.50K"},
    {10239u, "10.0K", "10.0K"},
    {10240u, "10K", "10K"},
    {102400u, "100K", "100K"},
    {1048575u, "1024K", "1024K"},
    {125829120u, "120M", "120M"},
    {131072u, "128K", "128K"},
    {2684354560u, "2.50G", "2.50G"},
    {999999u, "977K", "977K"},
    {18446744073709551615u, "16.0E", "16.0E"},
    {3298534883329u, "3.00T", "3.00T"},
};
} // namespace

TEST_CASE("nicenum and nicebytes match libzfs", "[output]")
{
    for (const auto& c : kCases) {
        INFO(c.value);
        CHECK(nicenum(c.value) == c.num);
        CHECK(nicebytes(c.value) == c.bytes);
    }
}

TEST_CASE("ratios print two decimals and x unless literal", "[output]")
{
    CHECK(ratio(100) == "1.00x");
    CHECK(ratio(253) == "2.53x");
    CHECK(ratio(100, true) == "1.00");
    CHECK(ratio(1005, true) == "10.05");
}

TEST_CASE("dates print like zfs creation", "[output]")
{
    setenv("TZ", "UTC", 1);
    tzset();
    CHECK(date(1795600800) == "Wed Nov 25 10:00 2026");
    CHECK(date(1793869380) == "Thu Nov  5  9:03 2026");
    CHECK(date(1795600800, true) == "1795600800");
}
