#include "trace/trace_session.h"

#include <catch2/catch.hpp>

using namespace gzfs::trace;

TEST_CASE("-e accepts names in any case, with or without ZFS_IOC_, and numbers")
{
    auto r = parse_ioctl_filter({"SNAPSHOT", "pool_stats", "ZFS_IOC_DATASET_LIST_NEXT", "0x5a81"});
    REQUIRE(r.ok());
    CHECK(r->count(0x5a23));
    CHECK(r->count(0x5a05));
    CHECK(r->count(0x5a14));
    CHECK(r->count(0x5a81));
    CHECK(r->size() == 4);
}

TEST_CASE("-e rejects unknown names")
{
    auto r = parse_ioctl_filter({"SNAPSHOT", "NOPE"});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "unknown ioctl 'NOPE'");
    CHECK_FALSE(parse_ioctl_filter({"0x1234"}).ok());
}

TEST_CASE("-e with nothing means everything")
{
    auto r = parse_ioctl_filter({});
    REQUIRE(r.ok());
    CHECK(r->empty());
}
