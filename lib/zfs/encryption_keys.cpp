#include "zfs/encryption_keys.h"

#include "ioctl/errors.h"
#include "zfs/dataset_name.h"
#include "zfs/dataset_ops.h"
#include "zfs/dataset_walk.h"
#include "zfs/property.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace gzfs::zfs {

namespace {

// keystatus values (zfs_keystatus_t).
constexpr uint64_t kKeyUnavailable = 1;
constexpr uint64_t kKeyAvailable = 2;

// load_key retries a key typed at a terminal this often, as zfs (MAX_KEY_PROMPT_ATTEMPTS).
constexpr int kPromptAttempts = 3;

uint64_t number(const DatasetRecord& r, const char* prop)
{
    if (auto p = r.props.get_nvlist(prop))
        return (*p)->get_or("value", uint64_t{0});
    return 0;
}

std::string text(const DatasetRecord& r, const char* prop)
{
    if (auto p = r.props.get_nvlist(prop))
        return (*p)->get_or("value", "");
    return {};
}

KeyFormat key_format(const DatasetRecord& r)
{
    const uint64_t v = number(r, "keyformat");
    return v <= 3 ? static_cast<KeyFormat>(v) : KeyFormat::None;
}

// dsl_dataset_crypt_stats reports keystatus for every encrypted dataset, and only for those.
bool encrypted(const DatasetRecord& r)
{
    return r.props.contains("keystatus");
}

Error failure(std::string_view verb, const std::string& name, const std::string& reason,
              int err)
{
    return make_error("cannot " + std::string(verb) + " '" + name + "': " + reason, err);
}

void wipe(std::string& s)
{
    std::fill(s.begin(), s.end(), '\0');
}

void wipe(std::vector<uint8_t>& v)
{
    std::fill(v.begin(), v.end(), uint8_t{0});
}

// Key material from a keylocation: the prompter or a file.
Result<std::string> fetch_material(const KeyLocation& location, const KeyPrompt& prompt,
                                   KeyPrompter& prompter)
{
    if (location.prompt)
        return prompter.read(prompt);
    return read_key_file(location.path, prompt.format);
}

// The reason of a failed LOAD_KEY, as libzfs words it.
std::string load_error_reason(const Error& e)
{
    switch (e.sys_errno) {
    case EACCES:
        return "incorrect key provided";
    case EEXIST:
        return "key already loaded";
    case EBUSY:
        return "dataset is busy";
    case EPERM:
        return "permission denied";
    case EINVAL:
        return "invalid parameters provided for the dataset";
    default:
        return error_reason(e.sys_errno);
    }
}

KeyTally walk_keys(Client& c, const KeySelection& sel, const KeyErrorReport& report,
                   const std::function<std::optional<Status>(const DatasetRecord&)>& one)
{
    KeyTally tally;
    WalkOptions w;
    for (const std::string& name : sel.all ? std::vector<std::string>{} : sel.names) {
        if (auto s = check_name(name, kTypeFilesystem | kTypeVolume, "open"); !s) {
            tally.errors++;
            report(s.error());
        } else {
            w.names.push_back(name);
        }
    }
    if (!sel.all && w.names.empty())
        return tally;
    w.types = kTypeFilesystem | kTypeVolume;
    w.recursive = sel.recursive || sel.all;
    w.roots_any_type = false;
    auto visit = [&](DatasetRecord&& r) -> Status {
        auto status = one(r);
        if (!status) // skipped
            return {};
        tally.attempted++;
        if (*status) {
            tally.done.push_back(r.name);
        } else {
            tally.failed++;
            tally.errors++;
            report(status->error());
        }
        return {};
    };
    auto root_error = [&](const Error& e) {
        tally.errors++;
        report(e);
    };
    if (auto s = walk(c, w, visit, root_error); !s) {
        tally.errors++;
        report(s.error());
    }
    return tally;
}

// A change-key -o list: only the three key properties, each valid; iterations bounded.
Result<nv::NvList> key_properties(const ChangeKeyOptions& o, uint32_t type)
{
    const std::string verb = "change key for";
    nv::NvList props;
    for (const PropertyAssignment& a : o.properties) {
        const PropertyDef* def = find_property(a.property);
        const std::string_view name = def ? def->name : "";
        if (name != "keyformat" && name != "keylocation" && name != "pbkdf2iters")
            return failure(verb, o.dataset,
                           "only keyformat, keylocation and pbkdf2iters may be set with this "
                           "command",
                           EINVAL);
        auto parsed = parse_property(a.property, a.value, ParseContext{type, true});
        if (!parsed)
            return failure(verb, o.dataset, parsed.error().message, EINVAL);
        if (name == "keyformat" &&
            std::get<uint64_t>(parsed->value.data()) == static_cast<uint64_t>(KeyFormat::None))
            return failure(verb, o.dataset, "'keyformat' must be one of 'raw | hex | passphrase'",
                           EINVAL);
        if (name == "pbkdf2iters" &&
            std::get<uint64_t>(parsed->value.data()) < kMinPbkdf2Iterations)
            return failure(verb, o.dataset,
                           "minimum pbkdf2 iterations is " + std::to_string(kMinPbkdf2Iterations),
                           EINVAL);
        props.add(parsed->name, std::move(parsed->value));
    }
    return props;
}

// The kernel's refusals of CHANGE_KEY, in libzfs' words.
Status change_key_ioctl(Client& c, const std::string& name, KeyCmd cmd, const nv::NvList& props,
                        const std::vector<uint8_t>& key)
{
    auto s = gzfs::change_key(c, name, cmd, props, key);
    if (s)
        return s;
    const int err = s.error().sys_errno;
    std::string reason = err == EINVAL   ? "invalid properties for key change"
                         : err == EACCES ? "key is not currently loaded"
                         : err == EPERM  ? "permission denied"
                                         : error_reason(err);
    Error e = failure("change key for", name, reason, err);
    e.zfs_error = s.error().zfs_error;
    return e;
}

// CHANGE_KEY's new key: format, location, salt and iterations, and the key itself.
Status rewrap(Client& c, const DatasetRecord& r, nv::NvList props, KeyPrompter& prompter)
{
    const std::string verb = "change key for";
    const bool root = is_encryption_root(r);
    KeyFormat format = static_cast<KeyFormat>(props.get_or("keyformat", uint64_t{0}));
    std::string location = props.get_or("keylocation", "");
    if (format == KeyFormat::None) {
        if (!root)
            return failure(verb, r.name, "keyformat required for new encryption root", EINVAL);
        format = key_format(r);
        // The kernel wants keyformat with every new key, even when it does not change.
        props.add_uint64("keyformat", static_cast<uint64_t>(format));
    }
    if (location.empty()) {
        if (root) {
            location = text(r, "keylocation");
        } else {
            location = "prompt";
            props.add_string("keylocation", location);
        }
    }
    uint64_t salt = 0, iterations = 0;
    if (format == KeyFormat::Passphrase) {
        auto s = new_pbkdf2_salt();
        if (!s)
            return failure(verb, r.name, s.error().message, s.error().sys_errno);
        salt = *s;
        iterations = props.get_or("pbkdf2iters", kDefaultPbkdf2Iterations);
        props.add_uint64("pbkdf2salt", salt);
        props.add_uint64("pbkdf2iters", iterations);
    } else if (props.contains("pbkdf2iters")) {
        return failure(verb, r.name,
                       "cannot specify pbkdf2iters with a non-passphrase keyformat", EINVAL);
    }
    auto loc = parse_key_location(location);
    if (!loc)
        return failure(verb, r.name, loc.error().message, loc.error().sys_errno);
    if (key_unavailable(r))
        return failure(verb, r.name, "key must be loaded", EACCES);

    auto material = fetch_material(*loc, KeyPrompt{r.name, format, true, {}}, prompter);
    if (!material)
        return failure(verb, r.name, material.error().message, material.error().sys_errno);
    auto key = derive_wrapping_key(format, *material, salt, iterations);
    wipe(*material);
    if (!key)
        return failure(verb, r.name, key.error().message, key.error().sys_errno);
    auto s = change_key_ioctl(c, r.name, KeyCmd::NewKey, props, *key);
    wipe(*key);
    return s;
}

Status inherit_key(Client& c, const DatasetRecord& r)
{
    const std::string verb = "change key for";
    if (!is_encryption_root(r))
        return failure(verb, r.name,
                       "key inheriting can only be performed on encryption roots", EINVAL);
    const std::string parent = parent_of(r.name);
    if (parent.empty())
        return failure(verb, r.name, "root dataset cannot inherit key", EINVAL);
    auto p = open_dataset(c, parent);
    if (!p)
        return p.error();
    if (!encrypted(*p))
        return failure(verb, r.name, "parent must be encrypted", EINVAL);
    if (key_unavailable(*p))
        return failure(verb, r.name, "parent key must be loaded", EACCES);
    if (key_unavailable(r))
        return failure(verb, r.name, "key must be loaded", EACCES);
    return change_key_ioctl(c, r.name, KeyCmd::Inherit, {}, {});
}

} // namespace

Result<DatasetRecord> open_dataset(Client& c, const std::string& name)
{
    if (auto s = check_name(name, kTypeFilesystem | kTypeVolume, "open"); !s)
        return s.error();
    auto info = objset_stats(c, name, true);
    if (!info) {
        Error e = info.error();
        if (e.sys_errno == ENOENT)
            e.message = "cannot open '" + name + "': dataset does not exist";
        return e;
    }
    DatasetRecord r;
    r.name = name;
    r.type = type_of(info->stats);
    r.stats = info->stats;
    r.props = std::move(info->props);
    r.has_props = true;
    return r;
}

bool is_encryption_root(const DatasetRecord& r)
{
    return encrypted(r) && text(r, "encryptionroot") == r.name;
}

bool key_unavailable(const DatasetRecord& r)
{
    return encrypted(r) && number(r, "keystatus") == kKeyUnavailable;
}

Status load_key(Client& c, const DatasetRecord& r, const LoadKeyOptions& o, KeyPrompter& prompter)
{
    const std::string verb = "load key for";
    const KeyFormat format = key_format(r);
    if (!encrypted(r) || format == KeyFormat::None)
        return failure(verb, r.name, "dataset is not encrypted", EINVAL);
    if (!is_encryption_root(r))
        return failure(verb, r.name,
                       "keys must be loaded for its encryption root '" +
                           text(r, "encryptionroot") + "'",
                       EINVAL);
    const std::string location = o.keylocation.empty() ? text(r, "keylocation") : o.keylocation;
    if (!o.noop && number(r, "keystatus") == kKeyAvailable)
        return failure(verb, r.name, "key already loaded", EEXIST);
    auto loc = parse_key_location(location);
    if (!loc)
        return failure(verb, r.name, loc.error().message, loc.error().sys_errno);
    const uint64_t salt = number(r, "pbkdf2salt");
    const uint64_t iterations = number(r, "pbkdf2iters");

    // Only a person at a terminal gets another try, and only for mistakes typing can fix.
    const bool can_retry = loc->prompt && prompter.interactive();
    KeyPrompt prompt{r.name, format, false, {}};
    for (int attempt = 1;; attempt++) {
        const bool last = !can_retry || attempt >= kPromptAttempts;
        auto material = fetch_material(*loc, prompt, prompter);
        if (!material)
            return failure(verb, r.name, material.error().message, material.error().sys_errno);
        auto key = derive_wrapping_key(format, *material, salt, iterations);
        wipe(*material);
        Error e;
        if (key) {
            auto s = gzfs::load_key(c, r.name, *key, o.noop);
            wipe(*key);
            if (s)
                return {};
            e = failure(verb, r.name, load_error_reason(s.error()), s.error().sys_errno);
            e.zfs_error = s.error().zfs_error;
            if (s.error().sys_errno != EACCES || last)
                return e;
        } else {
            e = failure(verb, r.name, key.error().message, key.error().sys_errno);
            if (last)
                return e;
        }
        prompt.previous = e.message;
    }
}

Status unload_key(Client& c, const DatasetRecord& r)
{
    const std::string verb = "unload key for";
    if (!encrypted(r) || key_format(r) == KeyFormat::None)
        return failure(verb, r.name, "dataset is not encrypted", EINVAL);
    if (!is_encryption_root(r))
        return failure(verb, r.name,
                       "keys must be unloaded for its encryption root '" +
                           text(r, "encryptionroot") + "'",
                       EINVAL);
    if (number(r, "keystatus") == kKeyUnavailable)
        return failure(verb, r.name, "key already unloaded", EACCES);
    auto s = gzfs::unload_key(c, r.name);
    if (s)
        return s;
    const int err = s.error().sys_errno;
    std::string reason = err == EBUSY    ? "dataset is busy"
                         : err == EACCES ? "key already unloaded"
                         : err == EPERM  ? "permission denied"
                                         : error_reason(err);
    Error e = failure(verb, r.name, reason, err);
    e.zfs_error = s.error().zfs_error;
    return e;
}

KeyTally load_keys(Client& c, const KeySelection& sel, const LoadKeyOptions& o,
                   KeyPrompter& prompter, const KeyErrorReport& report)
{
    const bool recursive = sel.recursive || sel.all;
    return walk_keys(c, sel, report, [&](const DatasetRecord& r) -> std::optional<Status> {
        // Walking, only encryption roots whose key is not loaded are tried (a noop too).
        if (recursive && (!is_encryption_root(r) || !key_unavailable(r)))
            return std::nullopt;
        return load_key(c, r, o, prompter);
    });
}

KeyTally unload_keys(Client& c, const KeySelection& sel, const KeyErrorReport& report)
{
    const bool recursive = sel.recursive || sel.all;
    return walk_keys(c, sel, report, [&](const DatasetRecord& r) -> std::optional<Status> {
        if (recursive && (!is_encryption_root(r) || key_unavailable(r)))
            return std::nullopt;
        return unload_key(c, r);
    });
}

Status change_key(Client& c, const ChangeKeyOptions& o, KeyPrompter& prompter)
{
    const std::string verb = "change key for";
    auto r = open_dataset(c, o.dataset);
    if (!r)
        return r.error();
    // Bad properties must stop us before -l has loaded anything.
    auto props = key_properties(o, r->type);
    if (!props)
        return props.error();
    if (o.inherit && !props->empty())
        return failure(verb, o.dataset, "properties are not allowed when inheriting", EINVAL);
    if (!encrypted(*r))
        return failure(verb, o.dataset, "dataset is not encrypted", EINVAL);
    if (o.load && key_unavailable(*r)) {
        if (auto s = load_key(c, *r, {}, prompter); !s)
            return s;
        r = open_dataset(c, o.dataset); // keystatus changed
        if (!r)
            return r.error();
    }
    if (!r->stats.origin.empty())
        return failure(verb, o.dataset, "keys cannot be changed on clones", EINVAL);
    return o.inherit ? inherit_key(c, *r) : rewrap(c, *r, std::move(*props), prompter);
}

} // namespace gzfs::zfs
