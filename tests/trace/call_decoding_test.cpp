#include "trace/call_decoding.h"
#include "trace/ioctl_decoder.h"

#include "test_helpers.h"

#include <catch2/catch.hpp>

#include <cerrno>
#include <cstring>

using namespace gzfs;
using namespace gzfs::trace;
using gzfs::trace::testing::FakeMemory;
using gzfs::trace::testing::kNvlistA1;

namespace {

const CmdLayout& layout23() { return layout_for(Version{2, 3, 2}); }

std::vector<uint8_t> bytes_of(const ZfsCmd& zc) { return {zc.data(), zc.data() + zc.size()}; }

const ShownField* find(const std::vector<ShownField>& fields, const std::string& name)
{
    for (const auto& f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

} // namespace

TEST_CASE("entry: the fields DATASET_LIST_NEXT reads, in table order, zeros included")
{
    ZfsCmd zc(layout23());
    zc.set_name("tank");
    zc.set(Field::Simple, 1);
    TraceCall call;
    decode_entry(0x5a14, zc, call);
    CHECK(call.ioctl == "DATASET_LIST_NEXT");
    REQUIRE(call.fields.size() == 3);
    CHECK(call.fields[0].name == "zc_name");
    CHECK(call.fields[0].value == "tank");
    CHECK(call.fields[1].name == "zc_cookie");
    CHECK(call.fields[1].value == 0);
    CHECK(call.fields[2].name == "zc_simple");
    CHECK(call.fields[2].value == 1);
}

TEST_CASE("entry: other non-zero fields are shown, nvlist pointers and sizes are not")
{
    ZfsCmd zc(layout23());
    zc.set_name("tank");
    zc.set_guid(0xdead);
    zc.set(Field::NvlistSrc, 0x9000);
    zc.set(Field::NvlistSrcSize, 48);
    zc.set(Field::NvlistDstSize, 262144);
    TraceCall call;
    decode_entry(0x5a23, zc, call); // SNAPSHOT, new-style: just zc_name
    CHECK(call.ioctl == "SNAPSHOT");
    REQUIRE(call.fields.size() == 2);
    CHECK(call.fields[1].name == "zc_guid");
    CHECK(call.fields[1].value == 0xdead);
}

TEST_CASE("entry: a request not in the table is named by its number")
{
    ZfsCmd zc(layout23());
    TraceCall call;
    decode_entry(0x5a7f, zc, call);
    CHECK(call.ioctl == "0x5a7f");
}

TEST_CASE("exit: changed fields, zc_objset_stats decoded")
{
    ZfsCmd before(layout23());
    before.set_name("tank");
    ZfsCmd after(layout23(), bytes_of(before));
    after.set_name("tank/fs");
    after.set_cookie(123);
    uint64_t guid = 0x1234;
    memcpy(after.data() + layout23().at(Field::ObjsetStats).offset + 16, &guid, 8);
    auto changed = changed_fields(before, after);
    REQUIRE(changed.size() == 3);
    CHECK(find(changed, "zc_name")->value == "tank/fs");
    CHECK(find(changed, "zc_cookie")->value == 123);
    CHECK(find(changed, "zc_objset_stats")->value["dds_guid"] == 0x1234);
}

TEST_CASE("exit: errno and zfs_errno_t names")
{
    ZfsCmd zc(layout23());
    TraceCall a, b, c;
    decode_exit(-ENOENT, zc, zc, a);
    CHECK(a.error == ENOENT);
    CHECK(a.error_name == "ENOENT");
    decode_exit(-1029, zc, zc, b);
    CHECK(b.error_name == "ZFS_ERR_IOC_CMD_UNAVAIL");
    decode_exit(0, zc, zc, c);
    CHECK(c.finished);
    CHECK(c.error == 0);
    CHECK(c.error_name.empty());
}

TEST_CASE("decoder: src on entry, dst on exit, only what the kernel filled")
{
    FakeMemory memory;
    ZfsCmd zc(layout23());
    zc.set_name("tank");
    zc.set(Field::NvlistSrc, 0x9000);
    zc.set(Field::NvlistSrcSize, kNvlistA1.size());
    zc.set(Field::NvlistDst, 0xa000);
    zc.set(Field::NvlistDstSize, 4096);
    memory.put(0x1000, bytes_of(zc));
    memory.put(0x9000, kNvlistA1);

    std::vector<TraceCall> calls;
    IoctlDecoder decoder(layout23(), {}, [&](const TraceCall& c) { calls.push_back(c); });
    REQUIRE(decoder.on_entry({42, 42, 3, 0x5a05, 0x1000}, memory));

    // The kernel packs 48 bytes into dst and says so (put_nvlist).
    zc.set(Field::NvlistDstSize, kNvlistA1.size());
    zc.set(Field::NvlistDstFilled, 1);
    memory.put(0x1000, bytes_of(zc));
    std::vector<uint8_t> dst = kNvlistA1;
    dst.resize(4096);
    memory.put(0xa000, dst);
    decoder.on_exit(42, 0, std::chrono::microseconds(5), memory);

    REQUIRE(calls.size() == 1);
    const TraceCall& call = calls[0];
    CHECK(call.ioctl == "POOL_STATS");
    REQUIRE(call.src);
    REQUIRE(call.src->list);
    CHECK(call.src->list->get<uint64_t>("a").value() == 1);
    REQUIRE(call.dst);
    REQUIRE(call.dst->list);
    CHECK(call.dst->size == 48);
    CHECK(call.duration == std::chrono::microseconds(5));
    CHECK(find(call.changed, "zc_nvlist_dst_filled"));
}

TEST_CASE("decoder: ENOMEM means dst was not copied; unreadable src is reported")
{
    FakeMemory memory;
    ZfsCmd zc(layout23());
    zc.set(Field::NvlistSrc, 0x9000); // nothing mapped there
    zc.set(Field::NvlistSrcSize, 48);
    zc.set(Field::NvlistDst, 0xa000);
    zc.set(Field::NvlistDstSize, 16);
    memory.put(0x1000, bytes_of(zc));
    std::vector<TraceCall> calls;
    IoctlDecoder decoder(layout23(), {}, [&](const TraceCall& c) { calls.push_back(c); });
    REQUIRE(decoder.on_entry({42, 42, 3, 0x5a05, 0x1000}, memory));
    zc.set(Field::NvlistDstSize, 9999);
    zc.set(Field::NvlistDstFilled, 1);
    memory.put(0x1000, bytes_of(zc));
    decoder.on_exit(42, -ENOMEM, std::chrono::microseconds(1), memory);
    REQUIRE(calls.size() == 1);
    REQUIRE(calls[0].src);
    CHECK_FALSE(calls[0].src->list);
    CHECK_FALSE(calls[0].src->error.empty());
    CHECK_FALSE(calls[0].dst);
    CHECK(calls[0].error_name == "ENOMEM");
}

TEST_CASE("decoder: -e filter and calls left unfinished")
{
    FakeMemory memory;
    ZfsCmd zc(layout23());
    memory.put(0x1000, bytes_of(zc));
    std::vector<TraceCall> calls;
    IoctlDecoder decoder(layout23(), {0x5a23}, [&](const TraceCall& c) { calls.push_back(c); });
    CHECK_FALSE(decoder.on_entry({42, 42, 3, 0x5a05, 0x1000}, memory));
    CHECK(decoder.on_entry({42, 42, 3, 0x5a23, 0x1000}, memory));
    decoder.on_unfinished(42);
    REQUIRE(calls.size() == 1);
    CHECK_FALSE(calls[0].finished);
    CHECK(calls[0].ioctl == "SNAPSHOT");
}
