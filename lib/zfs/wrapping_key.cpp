#include "zfs/wrapping_key.h"

#include <openssl/evp.h>

#include <cctype>
#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <sys/random.h>
#include <unistd.h>

namespace gzfs::zfs {

namespace {

Error bad_key(std::string reason)
{
    return make_error(std::move(reason), EINVAL);
}

std::string count(size_t n, const char* unit)
{
    return std::to_string(n) + " " + unit;
}

// Length bounds of raw and hex keys, worded as zfs words them.
Status check_length(std::string_view what, size_t have, size_t want, const char* unit)
{
    if (have < want)
        return bad_key(std::string(what) + " too short (expected " + count(want, unit) + ")");
    if (have > want)
        return bad_key(std::string(what) + " too long (expected " + count(want, unit) + ")");
    return {};
}

int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10; // checked by check_key_material
}

// Reads until EOF or `limit` bytes; EINTR is retried.
Result<std::string> read_up_to(int fd, size_t limit)
{
    std::string data;
    char buf[4096];
    while (data.size() < limit) {
        const size_t want = std::min(sizeof buf, limit - data.size());
        const ssize_t got = ::read(fd, buf, want);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            const int err = errno;
            return make_error(std::string("cannot read key: ") + std::strerror(err), err);
        }
        if (got == 0)
            break;
        data.append(buf, static_cast<size_t>(got));
    }
    return data;
}

// One line, read a byte at a time so that nothing after it is consumed (standard input may
// carry the keys of several datasets, one a line, as zfs reads them with getline()).
Result<std::string> read_line(int fd)
{
    std::string line;
    char c;
    for (;;) {
        const ssize_t got = ::read(fd, &c, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            const int err = errno;
            return make_error(std::string("cannot read key: ") + std::strerror(err), err);
        }
        if (got == 0 || c == '\n')
            return line;
        line += c;
        if (line.size() > kMaxPassphraseLength * 4) // far past any valid key; keep it bounded
            return line;
    }
}

} // namespace

std::string_view key_format_name(KeyFormat format)
{
    switch (format) {
    case KeyFormat::Raw:
        return "raw";
    case KeyFormat::Hex:
        return "hex";
    case KeyFormat::Passphrase:
        return "passphrase";
    case KeyFormat::None:
        break;
    }
    return "none";
}

std::string_view key_format_noun(KeyFormat format)
{
    switch (format) {
    case KeyFormat::Raw:
        return "raw key";
    case KeyFormat::Hex:
        return "hex key";
    default:
        return "passphrase";
    }
}

Result<KeyLocation> parse_key_location(std::string_view location)
{
    if (location == "prompt")
        return KeyLocation{true, {}};
    if (location.starts_with("file://")) {
        std::string path(location.substr(7));
        if (!path.starts_with("/"))
            return make_error("invalid keylocation '" + std::string(location) +
                                  "': the file URI needs an absolute path",
                              EINVAL);
        return KeyLocation{false, std::move(path)};
    }
    if (location.starts_with("https://") || location.starts_with("http://"))
        return make_error("keylocation '" + std::string(location) +
                              "' is not supported: gzfs reads keys only from 'prompt' and "
                              "'file://' locations",
                          ENOTSUP);
    return make_error("invalid keylocation '" + std::string(location) + "'", EINVAL);
}

Status check_key_material(KeyFormat format, std::string_view material)
{
    switch (format) {
    case KeyFormat::Raw:
        return check_length("raw key", material.size(), kWrappingKeyLength, "bytes");
    case KeyFormat::Hex:
        if (auto s = check_length("hex key", material.size(), kWrappingKeyLength * 2, "digits");
            !s)
            return s;
        for (char c : material)
            if (!std::isxdigit(static_cast<unsigned char>(c)))
                return bad_key("invalid hex character in key");
        return {};
    case KeyFormat::Passphrase:
        if (material.size() > kMaxPassphraseLength)
            return bad_key("passphrase too long (max " +
                           count(kMaxPassphraseLength, "characters") + ")");
        if (material.size() < kMinPassphraseLength)
            return bad_key("passphrase too short (min " +
                           count(kMinPassphraseLength, "characters") + ")");
        return {};
    case KeyFormat::None:
        break;
    }
    return bad_key("dataset is not encrypted");
}

Result<std::string> read_key_material(int fd, KeyFormat format)
{
    // Raw keys may contain newlines: read one byte more than a key, to tell "too long".
    if (format == KeyFormat::Raw)
        return read_up_to(fd, kWrappingKeyLength + 1);
    return read_line(fd);
}

Result<std::string> read_key_file(const std::string& path, KeyFormat format)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        return make_error("cannot open key file '" + path + "': " + std::strerror(err), err);
    }
    auto material = read_key_material(fd, format);
    ::close(fd);
    if (!material)
        material.error().message = "cannot read key file '" + path + "'" +
                                   material.error().message.substr(
                                       material.error().message.find(':'));
    return material;
}

Result<std::vector<uint8_t>> derive_wrapping_key(KeyFormat format, std::string_view material,
                                                 uint64_t salt, uint64_t iterations)
{
    if (auto s = check_key_material(format, material); !s)
        return s.error();
    std::vector<uint8_t> key(kWrappingKeyLength);
    switch (format) {
    case KeyFormat::Raw:
        std::memcpy(key.data(), material.data(), kWrappingKeyLength);
        return key;
    case KeyFormat::Hex:
        for (size_t i = 0; i < kWrappingKeyLength; i++)
            key[i] = static_cast<uint8_t>(hex_digit(material[2 * i]) << 4 |
                                          hex_digit(material[2 * i + 1]));
        return key;
    case KeyFormat::Passphrase: {
        if (iterations == 0 || iterations > INT_MAX)
            return bad_key("invalid pbkdf2iters " + std::to_string(iterations));
        // The salt goes in as the 8 bytes of a little-endian uint64 (libzfs: LE_64(salt)).
        uint8_t salt_bytes[8];
        for (int i = 0; i < 8; i++)
            salt_bytes[i] = static_cast<uint8_t>(salt >> (8 * i));
        const std::string_view pass = material.substr(0, material.find('\0'));
        if (PKCS5_PBKDF2_HMAC(pass.data(), static_cast<int>(pass.size()), salt_bytes,
                              sizeof salt_bytes, static_cast<int>(iterations), EVP_sha1(),
                              static_cast<int>(key.size()), key.data()) != 1)
            return make_error("cannot derive a key from the passphrase", EIO);
        return key;
    }
    case KeyFormat::None:
        break;
    }
    return bad_key("dataset is not encrypted");
}

Result<uint64_t> new_pbkdf2_salt()
{
    uint64_t salt = 0;
    while (salt == 0) {
        const ssize_t got = ::getrandom(&salt, sizeof salt, 0);
        if (got < 0 && errno == EINTR)
            continue;
        if (got != static_cast<ssize_t>(sizeof salt)) {
            const int err = got < 0 ? errno : EIO;
            return make_error(std::string("cannot generate a salt: ") + std::strerror(err), err);
        }
    }
    return salt;
}

} // namespace gzfs::zfs
