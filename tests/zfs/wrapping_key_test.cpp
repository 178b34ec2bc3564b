#include "zfs/wrapping_key.h"

#include <catch2/catch.hpp>

#include <cerrno>
#include <string>
#include <unistd.h>

using namespace gzfs::zfs;

namespace {

std::string hex(const std::vector<uint8_t>& bytes)
{
    static const char* digits = "0123456789abcdef";
    std::string s;
    for (uint8_t b : bytes) {
        s += digits[b >> 4];
        s += digits[b & 15];
    }
    return s;
}

// What a pipe gives read_key_material, for the "standard input" path.
std::string through_pipe(const std::string& data, KeyFormat format)
{
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    REQUIRE(::write(fds[1], data.data(), data.size()) == static_cast<ssize_t>(data.size()));
    ::close(fds[1]);
    auto r = read_key_material(fds[0], format);
    ::close(fds[0]);
    REQUIRE(r);
    return *r;
}

} // namespace

TEST_CASE("passphrases derive with PBKDF2-HMAC-SHA1 over the little-endian salt", "[zfs]")
{
    // Expected values from Python's hashlib.pbkdf2_hmac('sha1', pass, struct.pack('<Q', salt),
    // iters, 32): an implementation independent of OpenSSL.
    auto k = derive_wrapping_key(KeyFormat::Passphrase, "password123", 0x0123456789abcdefull,
                                 1000);
    REQUIRE(k);
    CHECK(hex(*k) == "ef2b2e10dc1a7f711bd750f3ee817a6ceaaa0066e8e17061ee35489d830df1ef");
    // The salt's bytes in memory order are "saltsalt".
    auto k2 = derive_wrapping_key(KeyFormat::Passphrase, "password", 8389187354386784627ull, 2);
    REQUIRE(k2);
    CHECK(hex(*k2) == "59d86eb82797eb0fa6622ca84d20093d1217870bf9e7b603c3bcae375c310792");
    // zfs passes strlen(): bytes after a NUL do not count.
    auto k3 = derive_wrapping_key(KeyFormat::Passphrase, std::string("password123\0xyz", 15),
                                  0x0123456789abcdefull, 1000);
    REQUIRE(k3);
    CHECK(*k3 == *k);
}

TEST_CASE("raw and hex keys are used as they are", "[zfs]")
{
    const std::string raw(32, '\x5a');
    CHECK(hex(*derive_wrapping_key(KeyFormat::Raw, raw, 0, 0)) ==
          "5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a");
    const std::string h = "00112233445566778899AABBCCDDEEFF00112233445566778899aabbccddeeff";
    CHECK(hex(*derive_wrapping_key(KeyFormat::Hex, h, 0, 0)) ==
          "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
}

TEST_CASE("key material is checked as zfs checks it", "[zfs]")
{
    CHECK(check_key_material(KeyFormat::Raw, std::string(31, 'x')).error().message ==
          "raw key too short (expected 32 bytes)");
    CHECK(check_key_material(KeyFormat::Raw, std::string(33, 'x')).error().message ==
          "raw key too long (expected 32 bytes)");
    CHECK(check_key_material(KeyFormat::Hex, "zz").error().message ==
          "hex key too short (expected 64 digits)");
    CHECK(check_key_material(KeyFormat::Hex, std::string(64, 'g')).error().message ==
          "invalid hex character in key");
    CHECK(check_key_material(KeyFormat::Passphrase, "short").error().message ==
          "passphrase too short (min 8 characters)");
    CHECK(check_key_material(KeyFormat::Passphrase, std::string(513, 'p')).error().message ==
          "passphrase too long (max 512 characters)");
    CHECK(check_key_material(KeyFormat::Passphrase, "longenough"));
    CHECK(check_key_material(KeyFormat::Raw, std::string(32, '\n')));
    CHECK(derive_wrapping_key(KeyFormat::Passphrase, "password123", 1, 0).error().sys_errno ==
          EINVAL);
}

TEST_CASE("keylocations: prompt and file URIs, never the network", "[zfs]")
{
    CHECK(parse_key_location("prompt")->prompt);
    CHECK(parse_key_location("file:///etc/key")->path == "/etc/key");
    CHECK(parse_key_location("file://relative").error().sys_errno == EINVAL);
    CHECK(parse_key_location("https://example.com/k").error().sys_errno == ENOTSUP);
    CHECK(parse_key_location("http://example.com/k").error().sys_errno == ENOTSUP);
    CHECK(parse_key_location("bogus").error().message == "invalid keylocation 'bogus'");
}

TEST_CASE("key material is read as zfs reads files and stdin", "[zfs]")
{
    CHECK(through_pipe("password123\nnext line\n", KeyFormat::Passphrase) == "password123");
    CHECK(through_pipe("password123", KeyFormat::Passphrase) == "password123");
    CHECK(through_pipe("", KeyFormat::Hex).empty());
    // Raw: 33 bytes at most, newlines included, so that a long file shows as too long.
    CHECK(through_pipe(std::string(40, '\n'), KeyFormat::Raw).size() == 33);
    CHECK(through_pipe(std::string(32, 'r'), KeyFormat::Raw) == std::string(32, 'r'));
    CHECK(read_key_file("/nonexistent/key", KeyFormat::Raw).error().message ==
          "cannot open key file '/nonexistent/key': No such file or directory");
}

TEST_CASE("new salts are never zero", "[zfs]")
{
    auto a = new_pbkdf2_salt();
    auto b = new_pbkdf2_salt();
    REQUIRE(a);
    REQUIRE(b);
    CHECK(*a != 0);
    CHECK(*a != *b);
}
