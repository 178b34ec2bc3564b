#include "zfs/resume_token.h"

#include "nvlist/codec.h"
#include "zfs/stream_record.h"

#include <zlib.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <vector>

namespace gzfs::zfs {

namespace {

Error corrupt(const std::string& why)
{
    return make_error(why.empty() ? "resume token is corrupt"
                                  : "resume token is corrupt (" + why + ")",
                      EINVAL);
}

// A hex field up to the next '-'; advances `s` past the '-'.
bool hex_field(std::string_view& s, uint64_t& out)
{
    size_t dash = s.find('-');
    if (dash == std::string_view::npos || dash == 0)
        return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + dash, out, 16);
    if (ec != std::errc() || p != s.data() + dash)
        return false;
    s.remove_prefix(dash + 1);
    return true;
}

int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The kernel never packs resume state anywhere near this; it bounds a forged length.
constexpr uint64_t kMaxPackedSize = 16u << 20;

} // namespace

Result<ResumeToken> decode_resume_token(std::string_view token)
{
    std::string_view s = token;
    uint64_t version = 0, checksum = 0, packed_len = 0;
    size_t dash = s.find('-');
    if (dash == std::string_view::npos || dash == 0)
        return corrupt("invalid format");
    auto [p, ec] = std::from_chars(s.data(), s.data() + dash, version, 10);
    if (ec != std::errc() || p != s.data() + dash)
        return corrupt("invalid format");
    s.remove_prefix(dash + 1);
    if (!hex_field(s, checksum) || !hex_field(s, packed_len))
        return corrupt("invalid format");
    if (version != 1)
        return corrupt("invalid version " + std::to_string(version));
    if (s.empty() || s.size() % 2 != 0)
        return corrupt("payload is not hex-encoded");
    std::vector<uint8_t> compressed(s.size() / 2);
    for (size_t i = 0; i < compressed.size(); i++) {
        int hi = hex_digit(s[2 * i]), lo = hex_digit(s[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return corrupt("payload is not hex-encoded");
        compressed[i] = static_cast<uint8_t>(hi << 4 | lo);
    }
    Fletcher4 f;
    f.update(compressed);
    if (f.word[0] != checksum)
        return corrupt("incorrect checksum");
    if (packed_len == 0 || packed_len > kMaxPackedSize)
        return corrupt("decompression failed");
    std::vector<uint8_t> packed(packed_len);
    uLongf got = packed_len;
    if (uncompress(packed.data(), &got, compressed.data(), compressed.size()) != Z_OK ||
        got != packed_len)
        return corrupt("decompression failed");
    auto nvl = nv::unpack(packed);
    if (!nvl)
        return corrupt("nvlist_unpack failed");

    ResumeToken t;
    t.contents = std::move(*nvl);
    const nv::NvList& c = t.contents;
    auto toname = c.get<std::string>("toname");
    auto object = c.get<uint64_t>("object");
    auto offset = c.get<uint64_t>("offset");
    auto bytes = c.get<uint64_t>("bytes");
    auto toguid = c.get<uint64_t>("toguid");
    if (!toname || !object || !offset || !bytes || !toguid)
        return corrupt("");
    t.toname = *toname;
    t.object = *object;
    t.offset = *offset;
    t.bytes = *bytes;
    t.toguid = *toguid;
    t.fromguid = c.get_or("fromguid", uint64_t{0});
    t.flags.large_block = c.contains("largeblockok");
    t.flags.embed_data = c.contains("embedok");
    t.flags.compress = c.contains("compressok");
    t.flags.raw = c.contains("rawok");
    t.flags.saved = c.contains("savedok");
    return t;
}

Result<std::string> encode_resume_token(const nv::NvList& contents)
{
    auto packed = nv::pack(contents, nv::Encoding::Xdr);
    if (!packed)
        return packed.error();
    uLongf size = compressBound(packed->size());
    std::vector<uint8_t> compressed(size);
    if (compress2(compressed.data(), &size, packed->data(), packed->size(), 6) != Z_OK)
        return make_error("cannot compress resume token", EINVAL);
    compressed.resize(size);
    Fletcher4 f;
    f.update(compressed);
    char head[64];
    std::snprintf(head, sizeof head, "1-%llx-%llx-", static_cast<unsigned long long>(f.word[0]),
                  static_cast<unsigned long long>(packed->size()));
    std::string out = head;
    static const char digits[] = "0123456789abcdef";
    for (uint8_t b : compressed) {
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

} // namespace gzfs::zfs
