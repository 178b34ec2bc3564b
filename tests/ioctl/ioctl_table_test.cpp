#include "ioctl/errors.h"
#include "ioctl/ioctl_table.h"

#include <catch2/catch.hpp>

#include <cerrno>
#include <set>

using namespace gzfs;

TEST_CASE("the ioctl table is sorted, unique and complete")
{
    auto table = ioctl_table();
    CHECK(table.size() == 90 + 8);
    std::set<std::string_view> names;
    for (size_t i = 0; i < table.size(); ++i) {
        if (i > 0)
            CHECK(table[i - 1].number() < table[i].number());
        CHECK(names.insert(table[i].name).second);
        CHECK(find_ioctl(table[i].number()) == &table[i]);
        CHECK(find_ioctl(table[i].name) == &table[i]);
    }
    CHECK(table.front().number() == 0x5a00);
    CHECK(table[89].number() == 0x5a59);
}

TEST_CASE("numbers and names from zfs-abi.md")
{
    CHECK(find_ioctl(0x5a15)->name == "SNAPSHOT_LIST_NEXT");
    CHECK(find_ioctl(0x5a3f)->name == "LOG_HISTORY");
    CHECK(find_ioctl(0x5a46)->name == "RECV_NEW");
    CHECK(find_ioctl(0x5a57)->name == "POOL_SCRUB");
    CHECK(find_ioctl(0x5a59)->name == "DDT_PRUNE");
    CHECK(find_ioctl(0x5a81)->name == "EVENTS_NEXT");
    CHECK(find_ioctl(0x5a88)->name == "GET_BOOTENV");
    CHECK(find_ioctl(0x5a80) == nullptr);
    CHECK(find_ioctl("POOL_CREATE")->ioc == Ioc::PoolCreate);
    CHECK(find_ioctl("NOPE") == nullptr);
    CHECK(ioctl_name(Ioc::ChannelProgram) == "CHANNEL_PROGRAM");
}

TEST_CASE("availability and style per module version")
{
    Version v2111{2, 1, 11}, v232{2, 3, 2}, v08{0, 8, 6};
    CHECK_FALSE(ioctl_available(Ioc::PoolScrub, v2111));
    CHECK(ioctl_available(Ioc::PoolScrub, v232));
    CHECK(ioctl_available(Ioc::Wait, v2111));
    CHECK_FALSE(ioctl_available(Ioc::Wait, v08));
    CHECK(ioctl_available(Ioc::ChannelProgram, v08));
    CHECK_FALSE(ioctl_new_style(Ioc::PoolGetProps, v2111));
    CHECK(ioctl_new_style(Ioc::PoolGetProps, v232));
    CHECK(ioctl_new_style(Ioc::Snapshot, v08));
    CHECK_FALSE(ioctl_new_style(Ioc::DatasetListNext, v232));
}

TEST_CASE("errors have names and reasons")
{
    CHECK(errno_name(ENOENT) == "ENOENT");
    CHECK(errno_name(1029) == "ZFS_ERR_IOC_CMD_UNAVAIL");
    CHECK(errno_name(1051) == "ZFS_ERR_STREAM_LARGE_MICROZAP");
    CHECK(error_reason(EEXIST) == "dataset already exists");
    CHECK(error_reason(1024) == "checkpoint exists");
    CHECK(error_reason(1999) == "unknown ZFS error 1999");
    CHECK(error_message("destroy", "tank/fs", EBUSY) ==
          "cannot destroy 'tank/fs': pool or dataset is busy");
}
