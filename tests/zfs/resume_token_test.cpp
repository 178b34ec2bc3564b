#include "zfs/resume_token.h"

#include <catch2/catch.hpp>

using namespace gzfs;
using namespace gzfs::zfs;

namespace {

nv::NvList contents()
{
    nv::NvList n;
    n.add_uint64("fromguid", 0x11);
    n.add_uint64("object", 128);
    n.add_uint64("offset", 65536);
    n.add_uint64("bytes", 1234567);
    n.add_uint64("toguid", 0xabcdef);
    n.add_string("toname", "tank/src@two");
    n.add_boolean("compressok");
    n.add_boolean("largeblockok");
    return n;
}

} // namespace

TEST_CASE("resume tokens round-trip", "[zfs][token]")
{
    auto token = encode_resume_token(contents());
    REQUIRE(token);
    CHECK(token->rfind("1-", 0) == 0);
    auto t = decode_resume_token(*token);
    REQUIRE(t);
    CHECK(t->toname == "tank/src@two");
    CHECK(t->toguid == 0xabcdef);
    CHECK(t->fromguid == 0x11);
    CHECK(t->object == 128);
    CHECK(t->offset == 65536);
    CHECK(t->bytes == 1234567);
    CHECK(t->flags.compress);
    CHECK(t->flags.large_block);
    CHECK_FALSE(t->flags.raw);
    CHECK(t->contents == contents());
}

TEST_CASE("corrupt resume tokens say why", "[zfs][token]")
{
    auto token = *encode_resume_token(contents());
    auto why = [](const std::string& t) { return decode_resume_token(t).error().message; };
    CHECK(why("garbage") == "resume token is corrupt (invalid format)");
    CHECK(why("1-x-10-00") == "resume token is corrupt (invalid format)");
    CHECK(why("2" + token.substr(1)) == "resume token is corrupt (invalid version 2)");
    CHECK(why(token + "z") == "resume token is corrupt (payload is not hex-encoded)");
    // (The last bytes may be outside the checksum, which sums whole words only.)
    std::string flipped = token;
    size_t first = token.rfind('-') + 1;
    flipped[first] = flipped[first] == '0' ? '1' : '0';
    CHECK(why(flipped) == "resume token is corrupt (incorrect checksum)");
    // Right checksum, wrong length: zlib's output does not match.
    auto dash = token.find('-', 2);
    auto dash2 = token.find('-', dash + 1);
    std::string wrong_len = token.substr(0, dash + 1) + "5" + token.substr(dash2);
    CHECK(why(wrong_len) == "resume token is corrupt (decompression failed)");
    nv::NvList partial;
    partial.add_string("toname", "tank/a@b");
    CHECK(why(*encode_resume_token(partial)) == "resume token is corrupt");
    CHECK(decode_resume_token(token).ok());
}
