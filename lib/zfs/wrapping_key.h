#pragma once
// Wrapping keys of encrypted datasets, made the way libzfs makes them (libzfs_crypto.c), so
// that a key loaded or changed by gzfs is the one the real zfs expects, and the other way round.
//
// The user's key material is one of three keyformats:
//   raw         exactly 32 bytes, used as is;
//   hex         exactly 64 hex digits, decoded to 32 bytes;
//   passphrase  8 to 512 characters, stretched with PBKDF2-HMAC-SHA1 into 32 bytes. The salt
//               is the dataset's pbkdf2salt property: its 8 bytes in little-endian order; the
//               iteration count its pbkdf2iters. Only the bytes before a NUL count (zfs passes
//               strlen() of the material).
// The material comes from the keylocation: "prompt" (the terminal, or standard input when it
// is not one) or "file:///absolute/path". zfs also fetches https:// and http:// locations;
// gzfs refuses them, clearly, rather than talk to the network.
//
// Errors carry the reason alone ("raw key too short (expected 32 bytes)"), errno EINVAL (bad
// material), ENOENT/EACCES... (unreadable file) or ENOTSUP (unsupported location): callers add
// "cannot load key for '<name>': ".

#include "base/result.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gzfs::zfs {

/// WRAPPING_KEY_LEN: what the kernel takes in "wkeydata".
inline constexpr size_t kWrappingKeyLength = 32;
/// libzfs' DEFAULT_PBKDF2_ITERATIONS, for new passphrase keys without -o pbkdf2iters.
inline constexpr uint64_t kDefaultPbkdf2Iterations = 350000;
/// MIN_PBKDF2_ITERATIONS: the kernel refuses fewer.
inline constexpr uint64_t kMinPbkdf2Iterations = 100000;
/// MIN_PASSPHRASE_LEN / MAX_PASSPHRASE_LEN.
inline constexpr size_t kMinPassphraseLength = 8;
inline constexpr size_t kMaxPassphraseLength = 512;

/// zfs_keyformat_t: the stored value of the keyformat property.
enum class KeyFormat : uint64_t { None = 0, Raw = 1, Hex = 2, Passphrase = 3 };

/// "none", "raw", "hex", "passphrase".
std::string_view key_format_name(KeyFormat format);

/// What the prompt calls the material: "raw key", "hex key", "passphrase".
std::string_view key_format_noun(KeyFormat format);

/// A keylocation gzfs can read.
struct KeyLocation {
    bool prompt = false; ///< "prompt"
    std::string path;    ///< the file of "file:///path", when not prompt
};

/// Parses "prompt" or "file:///path" (the path must be absolute). "https://..." and
/// "http://..." are ENOTSUP; anything else EINVAL ("invalid keylocation 'x'").
Result<KeyLocation> parse_key_location(std::string_view location);

/// The checks zfs makes before deriving (validate_key): lengths and hex digits.
Status check_key_material(KeyFormat format, std::string_view material);

/// Reads material from `fd` as zfs reads a key file or a non-terminal standard input: raw keys
/// are the first 33 bytes at most (so that a longer file shows as too long), the other formats
/// the first line without its newline.
Result<std::string> read_key_material(int fd, KeyFormat format);

/// read_key_material() of a file; the error names it ("cannot open key file '/k': ...").
Result<std::string> read_key_file(const std::string& path, KeyFormat format);

/// The 32-byte wrapping key of checked material. `salt` and `iterations` matter only for
/// passphrases.
Result<std::vector<uint8_t>> derive_wrapping_key(KeyFormat format, std::string_view material,
                                                 uint64_t salt, uint64_t iterations);

/// A new random, non-zero pbkdf2salt (the kernel refuses 0 for passphrases).
Result<uint64_t> new_pbkdf2_salt();

} // namespace gzfs::zfs
