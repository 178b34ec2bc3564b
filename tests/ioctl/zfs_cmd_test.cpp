#include "ioctl/zfs_cmd.h"

#include <catch2/catch.hpp>

#include <cstring>

using namespace gzfs;

namespace {

struct Expected {
    Field field;
    size_t offset;
    size_t size;
};

// docs/zfs-abi.md, "2.x layout, field@offset(size)".
constexpr Expected k2x[] = {
    {Field::Name, 0, 4096},           {Field::NvlistSrc, 4096, 8},
    {Field::NvlistSrcSize, 4104, 8},  {Field::NvlistDst, 4112, 8},
    {Field::NvlistDstSize, 4120, 8},  {Field::NvlistDstFilled, 4128, 4},
    {Field::Pad2, 4132, 4},           {Field::History, 4136, 8},
    {Field::Value, 4144, 8192},       {Field::String, 12336, 256},
    {Field::Guid, 12592, 8},          {Field::NvlistConf, 12600, 8},
    {Field::NvlistConfSize, 12608, 8}, {Field::Cookie, 12616, 8},
    {Field::ObjsetType, 12624, 8},    {Field::PermAction, 12632, 8},
    {Field::HistoryLen, 12640, 8},    {Field::HistoryOffset, 12648, 8},
    {Field::Obj, 12656, 8},           {Field::Iflags, 12664, 8},
    {Field::Share, 12672, 32},        {Field::ObjsetStats, 12704, 288},
    {Field::BeginRecord, 12992, 304}, {Field::InjectRecord, 13296, 352},
    {Field::DeferDestroy, 13648, 4},  {Field::Flags, 13652, 4},
    {Field::ActionHandle, 13656, 8},  {Field::CleanupFd, 13664, 4},
    {Field::Simple, 13668, 1},        {Field::Pad, 13669, 3},
    {Field::Sendobj, 13672, 8},       {Field::Fromobj, 13680, 8},
    {Field::Createtxg, 13688, 8},     {Field::Stat, 13696, 40},
    {Field::Zoneid, 13736, 8},
};

} // namespace

TEST_CASE("2.x zfs_cmd_t matches zfs-abi.md")
{
    const CmdLayout& l = layout_for(Version{2, 3, 2});
    CHECK(l.family == "2.x");
    CHECK(l.size == 13744);
    for (const Expected& e : k2x) {
        INFO(l.at(e.field).name);
        CHECK(l.at(e.field).field == e.field);
        CHECK(l.at(e.field).offset == e.offset);
        CHECK(l.at(e.field).size == e.size);
    }
}

TEST_CASE("every layout tiles its struct without gaps or overlaps")
{
    for (const CmdLayout* l : all_layouts()) {
        INFO(l->family);
        size_t end = 0;
        for (const FieldSpec& f : l->fields) {
            if (f.size == 0)
                continue;
            CHECK(f.offset == end);
            end = f.offset + f.size;
        }
        CHECK(end == l->size);
    }
}

TEST_CASE("0.7/0.8 and 0.6 layouts by version")
{
    const CmdLayout& l08 = layout_for(Version{0, 8, 6});
    CHECK(l08.size == 13736);
    CHECK_FALSE(l08.has(Field::Zoneid));
    CHECK(l08.at(Field::Stat).offset == 13696);
    CHECK(&layout_for(Version{0, 7, 0}) == &l08);
    CHECK(layout_for(Version{2, 1, 11}).size == 13744);

    const CmdLayout& l06 = layout_for(Version{0, 6, 5});
    CHECK(l06.size == 13728);
    CHECK(l06.at(Field::InjectRecord).offset == 13296);
    CHECK(l06.at(Field::InjectRecord).size == 344);
    CHECK(l06.at(Field::DeferDestroy).offset == 13640);
    CHECK(l06.at(Field::Simple).offset == 13660);
    CHECK(layout_by_family("0.7-0.8") == &l08);
}

TEST_CASE("typed accessors read and write at the layout's offsets")
{
    ZfsCmd zc(layout_for(Version{2, 3, 2}));
    REQUIRE(zc.size() == 13744);
    CHECK(zc.set_name("tank/fs"));
    zc.set_cookie(0x1122334455667788);
    zc.set(Field::Simple, 1);
    zc.set(Field::CleanupFd, 7);
    CHECK(std::memcmp(zc.data(), "tank/fs\0", 8) == 0);
    CHECK(zc.data()[12616] == 0x88);
    CHECK(zc.data()[12623] == 0x11);
    CHECK(zc.data()[13668] == 1);
    CHECK(zc.get(Field::CleanupFd) == 7);
    CHECK(zc.name() == "tank/fs");
    CHECK(zc.cookie() == 0x1122334455667788);

    CHECK_FALSE(zc.set_name(std::string(4096, 'x')));
    CHECK(zc.set_name(std::string(4095, 'x')));

    ZfsCmd old(layout_for(Version{0, 8, 0}));
    old.set(Field::Zoneid, 5); // ignored: 0.8 has no zc_zoneid
    CHECK(old.get(Field::Zoneid) == 0);
}

TEST_CASE("objset stats decode per family")
{
    std::vector<uint8_t> raw(13744, 0);
    uint8_t* st = raw.data() + 12704;
    st[0] = 2;                         // num_clones
    st[8] = 9;                         // creation_txg
    st[16] = 0xab;                     // guid
    st[24] = 2;                        // DMU_OST_ZFS
    st[28] = 1;                        // is_snapshot
    std::memcpy(st + 31, "tank@a", 7); // 2.x: origin after dds_redacted
    ZfsCmd zc(layout_for(Version{2, 3, 2}), raw);
    ObjsetStats s = zc.objset_stats();
    CHECK(s.num_clones == 2);
    CHECK(s.creation_txg == 9);
    CHECK(s.guid == 0xab);
    CHECK(s.type == 2);
    CHECK(s.is_snapshot);
    CHECK_FALSE(s.redacted);
    CHECK(s.origin == "tank@a");

    std::memset(st + 30, 0, 258);
    std::memcpy(st + 30, "tank@b", 7); // 0.8: no dds_redacted
    ZfsCmd old(layout_for(Version{0, 8, 6}), raw);
    CHECK(old.objset_stats().origin == "tank@b");
}
