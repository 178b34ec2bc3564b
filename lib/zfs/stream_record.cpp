#include "zfs/stream_record.h"

#include <bit>
#include <cerrno>
#include <cstring>
#include <cstdio>

namespace gzfs::zfs {

namespace {

uint64_t u64(const Record& r, size_t off, bool swap)
{
    uint64_t v;
    std::memcpy(&v, r.data() + off, 8);
    return swap ? __builtin_bswap64(v) : v;
}

uint32_t u32(const Record& r, size_t off, bool swap)
{
    uint32_t v;
    std::memcpy(&v, r.data() + off, 4);
    return swap ? __builtin_bswap32(v) : v;
}

void put64(Record& r, size_t off, uint64_t v) { std::memcpy(r.data() + off, &v, 8); }
void put32(Record& r, size_t off, uint32_t v) { std::memcpy(r.data() + off, &v, 4); }

// Offsets inside the 304-byte union (after drr_type and drr_payloadlen).
constexpr size_t kU = 8;

uint64_t round8(uint64_t v) { return (v + 7) & ~uint64_t{7}; }

} // namespace

uint32_t record_type(const Record& record, bool byteswap)
{
    return u32(record, 0, byteswap);
}

Result<BeginRecord> parse_begin(const Record& r)
{
    BeginRecord b;
    uint64_t magic = u64(r, kU, false);
    if (magic == __builtin_bswap64(kBackupMagic))
        b.byteswap = true;
    else if (magic != kBackupMagic)
        return make_error("invalid stream (bad magic number)", EINVAL);
    const bool s = b.byteswap;
    if (record_type(r, s) != static_cast<uint32_t>(RecordType::Begin))
        return make_error("invalid stream (bad magic number)", EINVAL);
    b.payload_length = u32(r, 4, s);
    const uint64_t version = u64(r, kU + 8, s);
    b.header_type = static_cast<uint32_t>(version & 3);
    b.features = (version >> 2) & 0x3fffffff;
    b.creation_time = u64(r, kU + 16, s);
    b.objset_type = u32(r, kU + 24, s);
    b.flags = u32(r, kU + 28, s);
    b.toguid = u64(r, kU + 32, s);
    b.fromguid = u64(r, kU + 40, s);
    const char* name = reinterpret_cast<const char*>(r.data() + kU + 48);
    b.toname.assign(name, strnlen(name, 256));
    if (b.header_type != kSubstream && b.header_type != kCompoundStream) {
        char hex[32];
        std::snprintf(hex, sizeof hex, "%llx", static_cast<unsigned long long>(b.features));
        return make_error(std::string("stream has unsupported feature, feature flags = ") + hex,
                          EINVAL);
    }
    if (b.toname.find('@') == std::string::npos)
        return make_error("invalid stream (bad snapshot name)", EINVAL);
    return b;
}

uint64_t payload_size(const Record& r, bool s)
{
    switch (static_cast<RecordType>(record_type(r, s))) {
    case RecordType::Begin:
        return u32(r, 4, s);
    case RecordType::Object: {
        // drr_object: bonuslen @20, raw_bonuslen @28 (raw sends carry the exact size).
        uint32_t raw = u32(r, kU + 28, s);
        return raw != 0 ? raw : round8(u32(r, kU + 20, s));
    }
    case RecordType::Write: {
        // drr_write: logical_size @24, compressiontype @42, compressed_size @88.
        bool compressed = r[kU + 42] != 0;
        return compressed ? u64(r, kU + 88, s) : u64(r, kU + 24, s);
    }
    case RecordType::Spill: {
        // drr_spill: length @8, compressiontype @25, compressed_size @32.
        bool compressed = r[kU + 25] != 0;
        return compressed ? u64(r, kU + 32, s) : u64(r, kU + 8, s);
    }
    case RecordType::WriteEmbedded:
        // drr_write_embedded: psize @44.
        return round8(u32(r, kU + 44, s));
    default:
        return 0;
    }
}

void Fletcher4::update(std::span<const uint8_t> bytes)
{
    auto& [a, b, c, d] = word;
    const size_t words = bytes.size() / 4;
    for (size_t i = 0; i < words; i++) {
        uint32_t w;
        std::memcpy(&w, bytes.data() + i * 4, 4);
        a += w;
        b += a;
        c += b;
        d += c;
    }
}

Record compound_begin(const std::string& toname, uint32_t payload_length, uint64_t features)
{
    Record r{};
    put32(r, 0, static_cast<uint32_t>(RecordType::Begin));
    put32(r, 4, payload_length);
    put64(r, kU, kBackupMagic);
    put64(r, kU + 8, kCompoundStream | (features << 2));
    std::memcpy(r.data() + kU + 48, toname.data(), std::min<size_t>(toname.size(), 255));
    return r;
}

Record end_record(const Fletcher4& checksum)
{
    Record r{};
    put32(r, 0, static_cast<uint32_t>(RecordType::End));
    for (size_t i = 0; i < 4; i++)
        put64(r, kU + i * 8, checksum.word[i]);
    return r;
}

std::array<uint64_t, 4> end_checksum(const Record& r, bool s)
{
    return {u64(r, kU, s), u64(r, kU + 8, s), u64(r, kU + 16, s), u64(r, kU + 24, s)};
}

} // namespace gzfs::zfs
