#include "zfs/stream_record.h"

#include <catch2/catch.hpp>

#include <cstring>

using namespace gzfs::zfs;

namespace {

Record begin_record(uint64_t version, const char* name, uint64_t fromguid = 0)
{
    Record r{};
    uint64_t magic = kBackupMagic;
    std::memcpy(r.data() + 8, &magic, 8);
    std::memcpy(r.data() + 16, &version, 8);
    uint32_t type = 2;
    std::memcpy(r.data() + 32, &type, 4);
    uint64_t toguid = 0x1234;
    std::memcpy(r.data() + 40, &toguid, 8);
    std::memcpy(r.data() + 48, &fromguid, 8);
    std::strcpy(reinterpret_cast<char*>(r.data() + 56), name);
    return r;
}

} // namespace

TEST_CASE("fletcher-4 sums 32-bit words four ways", "[zfs][stream]")
{
    const uint32_t words[] = {1, 2, 3, 4};
    Fletcher4 f;
    f.update({reinterpret_cast<const uint8_t*>(words), sizeof words});
    CHECK(f.word == std::array<uint64_t, 4>{10, 20, 35, 56});
    // In pieces, it continues (what the END record of a package header relies on).
    Fletcher4 g;
    g.update({reinterpret_cast<const uint8_t*>(words), 8});
    g.update({reinterpret_cast<const uint8_t*>(words) + 8, 8});
    CHECK(g.word == f.word);
    // A trailing partial word is not summed.
    Fletcher4 h;
    const uint8_t odd[] = {1, 0, 0, 0, 9, 9};
    h.update(odd);
    CHECK(h.word == std::array<uint64_t, 4>{1, 1, 1, 1});
}

TEST_CASE("BEGIN records decode", "[zfs][stream]")
{
    auto b = parse_begin(begin_record(kSubstream | (kFeatureResuming << 2), "tank/a@s", 7));
    REQUIRE(b);
    CHECK(b->toname == "tank/a@s");
    CHECK(b->header_type == kSubstream);
    CHECK(b->features == kFeatureResuming);
    CHECK(b->toguid == 0x1234);
    CHECK(b->incremental());
    CHECK_FALSE(b->byteswap);
    CHECK(b->objset_type == 2);

    Record bad = begin_record(kSubstream, "tank/a@s");
    bad[8] ^= 1;
    CHECK(parse_begin(bad).error().message == "invalid stream (bad magic number)");
    CHECK(parse_begin(begin_record(kSubstream, "tank/a")).error().message ==
          "invalid stream (bad snapshot name)");
    CHECK(parse_begin(begin_record(3, "tank/a@s")).error().message.rfind(
              "stream has unsupported feature", 0) == 0);
}

TEST_CASE("byteswapped BEGIN records decode", "[zfs][stream]")
{
    Record r{};
    uint64_t magic = __builtin_bswap64(kBackupMagic);
    uint64_t version = __builtin_bswap64(kSubstream);
    uint32_t plen = __builtin_bswap32(24);
    std::memcpy(r.data() + 4, &plen, 4);
    std::memcpy(r.data() + 8, &magic, 8);
    std::memcpy(r.data() + 16, &version, 8);
    std::strcpy(reinterpret_cast<char*>(r.data() + 56), "p/x@y");
    auto b = parse_begin(r);
    REQUIRE(b);
    CHECK(b->byteswap);
    CHECK(b->payload_length == 24);
    CHECK(payload_size(r, true) == 24);
}

TEST_CASE("payload sizes follow the record type", "[zfs][stream]")
{
    Record r{};
    auto set32 = [&](size_t off, uint32_t v) { std::memcpy(r.data() + off, &v, 4); };
    auto set64 = [&](size_t off, uint64_t v) { std::memcpy(r.data() + off, &v, 8); };
    set32(0, static_cast<uint32_t>(RecordType::Object));
    set32(8 + 20, 13); // bonuslen: rounded to 8
    CHECK(payload_size(r, false) == 16);
    set32(8 + 28, 21); // raw_bonuslen wins
    CHECK(payload_size(r, false) == 21);

    r = {};
    set32(0, static_cast<uint32_t>(RecordType::Write));
    set64(8 + 24, 131072);
    set64(8 + 88, 4096);
    CHECK(payload_size(r, false) == 131072);
    r[8 + 42] = 15; // compressed write: compressed_size
    CHECK(payload_size(r, false) == 4096);

    r = {};
    set32(0, static_cast<uint32_t>(RecordType::WriteEmbedded));
    set32(8 + 44, 70);
    CHECK(payload_size(r, false) == 72);

    r = {};
    set32(0, static_cast<uint32_t>(RecordType::Free));
    CHECK(payload_size(r, false) == 0);
}

TEST_CASE("a package header is BEGIN(compound) then END with the checksum", "[zfs][stream]")
{
    Record b = compound_begin("tank/a@s", 40, kFeatureHolds);
    auto parsed = parse_begin(b);
    REQUIRE(parsed);
    CHECK(parsed->header_type == kCompoundStream);
    CHECK(parsed->features == kFeatureHolds);
    CHECK(parsed->payload_length == 40);
    Fletcher4 f;
    f.update(b);
    Record e = end_record(f);
    CHECK(record_type(e, false) == static_cast<uint32_t>(RecordType::End));
    CHECK(end_checksum(e, false) == f.word);
}
