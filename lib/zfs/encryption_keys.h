#pragma once
// zfs load-key, unload-key and change-key: the checks libzfs makes before each ioctl (is the
// dataset encrypted, is it an encryption root, is its key already in that state), fetching and
// deriving the wrapping key (wrapping_key.h), and the -r / -a walks. One LOAD_KEY, UNLOAD_KEY
// or CHANGE_KEY per dataset; nothing is mounted or unmounted here.
//
// Errors read "cannot load key for '<name>': <reason>" (unload key for, change key for).

#include "base/result.h"
#include "ioctl/client.h"
#include "zfs/dataset_record.h"
#include "zfs/property_set.h"
#include "zfs/wrapping_key.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace gzfs::zfs {

/// A request for key material from keylocation=prompt.
struct KeyPrompt {
    std::string dataset;
    KeyFormat format = KeyFormat::Passphrase;
    bool new_key = false;                ///< change-key: "Enter new ...", asked twice on a terminal
    std::optional<std::string> previous; ///< why the last attempt failed, when retrying
};

/// Where keylocation=prompt material comes from. cmd/ implements it: on a terminal it asks
/// with echo off, otherwise it reads standard input as read_key_material() does.
class KeyPrompter {
public:
    virtual ~KeyPrompter() = default;
    /// The material; an Error (reason alone) when it cannot be had.
    virtual Result<std::string> read(const KeyPrompt& prompt) = 0;
    /// True when a person types the key: a wrong one may then be retried (3 attempts, as zfs).
    virtual bool interactive() const = 0;
};

/// zfs load-key's options for one dataset.
struct LoadKeyOptions {
    bool noop = false;       ///< -n: only check the key
    std::string keylocation; ///< -L: instead of the keylocation property
};

/// zfs_crypto_load_key: `record` must carry its properties. Refuses unencrypted datasets,
/// non-roots ("keys must be loaded for encryption root 'tank/a'") and loaded keys (unless
/// noop), then reads, derives and sends the key. A wrong key: "incorrect key provided"
/// (EACCES).
Status load_key(Client& c, const DatasetRecord& record, const LoadKeyOptions& options,
                KeyPrompter& prompter);

/// zfs_crypto_unload_key. A mounted dataset fails with EBUSY ("dataset is busy").
Status unload_key(Client& c, const DatasetRecord& record);

/// Which datasets load-key / unload-key visit.
struct KeySelection {
    std::vector<std::string> names; ///< named filesystems and volumes
    bool recursive = false;         ///< -r: and their descendants
    bool all = false;               ///< -a: every imported pool (names empty)
};

/// What a load-key / unload-key walk did, as zfs counts it.
struct KeyTally {
    uint64_t attempted = 0;           ///< datasets tried
    uint64_t failed = 0;              ///< of those, failed
    uint64_t errors = 0;              ///< every failure, names that could not be opened too
    std::vector<std::string> done;    ///< names loaded (verified with noop) or unloaded
};

/// Called with each error as it happens (so that it shows before the next prompt).
using KeyErrorReport = std::function<void(const Error&)>;

/// zfs load-key: with -r/-a only encryption roots whose key is not loaded are tried (a noop
/// skips loaded keys too, as zfs does); named datasets are always tried.
KeyTally load_keys(Client& c, const KeySelection& selection, const LoadKeyOptions& options,
                   KeyPrompter& prompter, const KeyErrorReport& report);

/// zfs unload-key: with -r/-a only encryption roots whose key is loaded are tried.
KeyTally unload_keys(Client& c, const KeySelection& selection, const KeyErrorReport& report);

/// zfs change-key's options.
struct ChangeKeyOptions {
    std::string dataset;
    bool load = false;    ///< -l: load the current key first when it is not loaded
    bool inherit = false; ///< -i: make the dataset inherit its parent's key
    std::vector<PropertyAssignment> properties; ///< -o keyformat, keylocation, pbkdf2iters
};

/// zfs_crypto_rewrap: checks the properties before anything (only keyformat, keylocation and
/// pbkdf2iters; at least 100000 iterations), loads the key with -l, then either gets the new
/// key (from the new keylocation, or the current one; a new salt for passphrases) and sends
/// CHANGE_KEY new-key, or sends CHANGE_KEY inherit.
Status change_key(Client& c, const ChangeKeyOptions& options, KeyPrompter& prompter);

/// The dataset with its properties, as the key operations need it: "cannot open 'x': dataset
/// does not exist" when missing; snapshots and bookmarks are refused ("operation not
/// applicable to datasets of this type").
Result<DatasetRecord> open_dataset(Client& c, const std::string& name);

/// True when the dataset is encrypted and its own encryption root.
bool is_encryption_root(const DatasetRecord& record);

/// keystatus: true when the dataset is encrypted and its key is not loaded.
bool key_unavailable(const DatasetRecord& record);

} // namespace gzfs::zfs
