#include "zfs/filesystem_mount.h"

#include "ioctl/errors.h"
#include "zfs/dataset_name.h"
#include "zfs/mounts.h"
#include "zfs/property_value.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <sys/mount.h>
#include <sys/stat.h>

namespace gzfs::zfs {

namespace {

// Mount option words libzfs knows (option_map of libzfs_mount_os.c) and the MS_* flag each
// sets; the others are for the kernel's own parser (temporary properties) or for mount(8).
struct OptionWord {
    const char* name;
    unsigned long flag;
};

constexpr OptionWord kOptionWords[] = {
    {"defaults", 0},       {"noauto", 0},        {"_netdev", 0},         {"nofail", 0},
    {"rw", 0},             {"ro", MS_RDONLY},    {"remount", MS_REMOUNT},
    {"dev", 0},            {"nodev", MS_NODEV},  {"devices", 0},         {"nodevices", MS_NODEV},
    {"exec", 0},           {"noexec", MS_NOEXEC}, {"suid", 0},           {"nosuid", MS_NOSUID},
    {"setuid", 0},         {"nosetuid", MS_NOSUID}, {"sync", MS_SYNCHRONOUS},
    {"dirsync", MS_DIRSYNC}, {"atime", 0},       {"noatime", MS_NOATIME},
    {"diratime", 0},       {"nodiratime", MS_NODIRATIME}, {"relatime", MS_RELATIME},
    {"norelatime", 0},     {"strictatime", MS_STRICTATIME}, {"nostrictatime", 0},
    {"lazytime", MS_LAZYTIME}, {"iversion", MS_I_VERSION}, {"mand", MS_MANDLOCK},
    {"nomand", 0},         {"nbmand", MS_MANDLOCK}, {"nonbmand", 0},     {"acl", MS_POSIXACL},
    {"posixacl", MS_POSIXACL}, {"noacl", 0},     {"xattr", 0},           {"noxattr", 0},
    {"dirxattr", 0},       {"saxattr", 0},       {"context", 0},         {"fscontext", 0},
    {"defcontext", 0},     {"rootcontext", 0},   {"quiet", MS_SILENT},   {"comment", 0},
    {"user", 0},           {"users", 0},         {"owner", 0},           {"group", 0},
    {"zfsutil", 0},        {"mntpoint", 0},
};

Error failure(std::string_view verb, const std::string& name, const std::string& reason,
              int err)
{
    return make_error("cannot " + std::string(verb) + " '" + name + "': " + reason, err);
}

uint64_t number(const DatasetRecord& r, const char* prop, uint64_t fallback)
{
    if (auto p = r.props.get_nvlist(prop))
        return (*p)->get_or("value", fallback);
    return fallback;
}

std::vector<std::string> split_options(std::string_view options)
{
    std::vector<std::string> words;
    std::string word;
    bool quoted = false; // context="..." may hold commas
    for (char ch : options) {
        if (ch == '"')
            quoted = !quoted;
        if (ch == ',' && !quoted) {
            words.push_back(word);
            word.clear();
        } else {
            word += ch;
        }
    }
    words.push_back(word);
    return words;
}

// The MS_* flags of an option string; an unknown word is an error naming it.
Result<unsigned long> option_flags(std::string_view options)
{
    unsigned long flags = 0;
    for (const std::string& word : split_options(options)) {
        if (word.empty())
            continue;
        const std::string key = word.substr(0, word.find('='));
        auto it = std::find_if(std::begin(kOptionWords), std::end(kOptionWords),
                               [&](const OptionWord& w) { return key == w.name; });
        if (it == std::end(kOptionWords))
            return make_error("unknown mount option '" + word + "'", EINVAL);
        flags |= it->flag;
    }
    return flags;
}

// zfs_add_option: a property's word unless the options already mention it. The test is a
// substring one, as in libzfs ("noexec" also stops "exec"; "relatime" stops "atime").
void add_property_option(std::string& options, const DatasetRecord& r, const char* prop,
                         uint64_t fallback, const char* on, const char* off)
{
    if (options.find(on) != std::string::npos || options.find(off) != std::string::npos)
        return;
    options += ',';
    options += number(r, prop, fallback) ? on : off;
}

// The mount(2) data of zfs_mount_at: -o (or "defaults"), the property words, "zfsutil" for a
// mountpoint-managed mount, and the mount point hint the kernel uses for .zfs automounts.
std::string mount_data(const DatasetRecord& r, const std::string& user_options,
                       const std::string& path, bool managed)
{
    std::string options = user_options.empty() ? "defaults" : user_options;
    add_property_option(options, r, "atime", 1, "atime", "noatime");
    // relatime/strictatime only with atime: strictatime would turn atime back on.
    if (options.find("noatime") == std::string::npos)
        add_property_option(options, r, "relatime", 1, "relatime", "strictatime");
    add_property_option(options, r, "devices", 1, "dev", "nodev");
    add_property_option(options, r, "exec", 1, "exec", "noexec");
    add_property_option(options, r, "readonly", 0, "ro", "rw");
    add_property_option(options, r, "setuid", 1, "suid", "nosuid");
    add_property_option(options, r, "nbmand", 0, "mand", "nomand");
    if (managed)
        options += ",zfsutil";
    options += ",mntpoint=" + path;
    return options;
}

bool has_option(std::string_view options, std::string_view word)
{
    for (const std::string& w : split_options(options))
        if (w == word)
            return true;
    return false;
}

// mkdirp(path, 0755): every missing component.
int make_directories(const std::string& path)
{
    for (size_t slash = path.find('/', 1);; slash = path.find('/', slash + 1)) {
        const std::string part = path.substr(0, slash);
        if (::mkdir(part.c_str(), 0755) != 0 && errno != EEXIST)
            return errno;
        if (slash == std::string::npos)
            return 0;
    }
}

bool directory_is_empty(const std::string& path)
{
    DIR* dir = ::opendir(path.c_str());
    if (!dir)
        return true; // mount(2) will say what is wrong with it
    bool empty = true;
    while (const dirent* d = ::readdir(dir)) {
        if (std::strcmp(d->d_name, ".") != 0 && std::strcmp(d->d_name, "..") != 0) {
            empty = false;
            break;
        }
    }
    ::closedir(dir);
    return empty;
}

// The checks of share_mount_one for an explicit request, before anything is touched.
Status check_mountable(const DatasetRecord& r, const std::string& mountpoint, bool explicit_path)
{
    const std::string verb = "mount";
    if (!explicit_path && mountpoint == "legacy")
        return failure(verb, r.name,
                       "legacy mountpoint; use mount(8), or 'gzfs mount " + r.name + " PATH'",
                       EINVAL);
    if (!explicit_path && mountpoint == "none")
        return failure(verb, r.name, "no mountpoint set", EINVAL);
    if (number(r, "canmount", 1) == 0)
        return failure(verb, r.name, "'canmount' property is set to 'off'", EINVAL);
    if (r.stats.inconsistent && r.props.contains("receive_resume_token"))
        return failure(verb, r.name,
                       "contains partially-completed state from 'zfs receive -s', which can be "
                       "resumed with 'zfs send -t'",
                       EINVAL);
    if (r.stats.redacted)
        return failure(verb, r.name,
                       "dataset is not complete, was created by receiving a redacted zfs send "
                       "stream",
                       EINVAL);
    return {};
}

Result<DatasetRecord> open_filesystem(Client& c, const std::string& name)
{
    auto r = open_dataset(c, name);
    if (r && r->type != kTypeFilesystem)
        return make_error("cannot open '" + name +
                              "': operation not applicable to datasets of this type",
                          EINVAL);
    return r;
}

std::string mountpoint_of(const DatasetRecord& r)
{
    auto v = property_value(r, "mountpoint");
    return v ? v->text : "none";
}

// -l: the key of the encryption root, loaded as zfs load-key would.
Status load_key_for(Client& c, const DatasetRecord& r, KeyPrompter* prompter)
{
    std::string root;
    if (auto p = r.props.get_nvlist("encryptionroot"))
        root = (*p)->get_or("value", "");
    if (!prompter || root.empty())
        return failure("mount", r.name, "encryption key not loaded", EACCES);
    auto rr = root == r.name ? Result<DatasetRecord>(r) : open_dataset(c, root);
    if (!rr)
        return rr.error();
    return load_key(c, *rr, {}, *prompter);
}

Status do_mount(const DatasetRecord& r, const std::string& path, const std::string& options,
                bool managed)
{
    const std::string data = mount_data(r, options, path, managed);
    auto flags = option_flags(data);
    if (!flags)
        return failure("mount", r.name, flags.error().message, EINVAL);
    if (::mount(r.name.c_str(), path.c_str(), "zfs", *flags, data.c_str()) == 0)
        return {};
    const int err = errno;
    const std::string reason = err == EBUSY   ? "mountpoint or dataset is busy"
                               : err == EPERM ? "insufficient privileges"
                                              : std::strerror(err);
    return failure("mount", r.name, reason, err);
}

// Path depth, for unmounting the innermost first.
size_t depth(const std::string& path)
{
    return static_cast<size_t>(std::count(path.begin(), path.end(), '/'));
}

bool belongs_to(const std::string& source, const std::string& dataset)
{
    return source == dataset || source.starts_with(dataset + "/") ||
           source.starts_with(dataset + "@");
}

} // namespace

Result<std::string> mount_filesystem(Client& c, const MountOptions& o)
{
    auto r = open_filesystem(c, o.name);
    if (!r)
        return r.error();
    const bool explicit_path = !o.path.empty();
    if (explicit_path && !o.path.starts_with("/"))
        return failure("mount", o.name, "mount point '" + o.path + "' is not an absolute path",
                       EINVAL);
    const std::string mountpoint = mountpoint_of(*r);
    if (auto s = check_mountable(*r, mountpoint, explicit_path); !s)
        return s.error();
    if (auto flags = option_flags(o.options); !flags)
        return failure("mount", o.name, flags.error().message, EINVAL);
    if (key_unavailable(*r)) {
        if (!o.load_key)
            return failure("mount", o.name, "encryption key not loaded", EACCES);
        if (auto s = load_key_for(c, *r, o.prompter); !s)
            return s.error();
    }
    const bool remount = has_option(o.options, "remount");
    if (!remount && mounted_datasets().count(o.name))
        return failure("mount", o.name, "filesystem already mounted", EBUSY);

    const std::string path = explicit_path ? o.path : mountpoint;
    struct stat st;
    if (::lstat(path.c_str(), &st) != 0) {
        if (explicit_path)
            return failure("mount", o.name, "mount point '" + path + "' does not exist", ENOENT);
        if (int err = make_directories(path); err != 0)
            return failure("mount", o.name,
                           "failed to create mountpoint '" + path + "': " + std::strerror(err),
                           err);
    }
    const bool overlay = o.overlay || number(*r, "overlay", 1) != 0;
    if (!overlay && !remount && !directory_is_empty(path))
        return failure("mount", o.name, "directory '" + path + "' is not empty", ENOTEMPTY);
    if (auto s = do_mount(*r, path, o.options, !explicit_path); !s)
        return s.error();
    return path;
}

std::vector<MountedFilesystem> mounted_filesystems()
{
    std::vector<MountedFilesystem> list;
    for (const MountEntry& e : mount_table())
        if (e.fstype == "zfs" && e.source.find('@') == std::string::npos)
            list.push_back({e.source, e.target});
    return list;
}

Result<std::vector<std::string>> unmount_filesystem(Client& c, const UnmountOptions& o)
{
    const std::string verb = "unmount";
    const auto table = mount_table();
    std::string dataset;
    std::string only_path; // path mode: the dataset's own mount there, not its others
    if (o.target.starts_with("/")) {
        char real[PATH_MAX];
        if (!::realpath(o.target.c_str(), real))
            return failure(verb, o.target, std::strerror(errno), errno);
        auto it = std::find_if(table.rbegin(), table.rend(),
                               [&](const MountEntry& e) { return e.target == real; });
        if (it == table.rend())
            return failure(verb, o.target, "not a mount point", EINVAL);
        if (it->fstype != "zfs")
            return failure(verb, o.target, "not a ZFS filesystem", EINVAL);
        dataset = it->source;
        only_path = real;
    } else {
        auto r = open_filesystem(c, o.target);
        if (!r)
            return r.error();
        if (mountpoint_of(*r) == "legacy")
            return failure(verb, o.target, "legacy mountpoint; use umount(8) on its path",
                           EINVAL);
        dataset = o.target;
    }

    // The dataset's mounts and everything of its descendants (and .zfs snapshots) mounted
    // anywhere: a mount beneath the dataset's would keep it busy.
    struct Victim {
        MountEntry entry;
        size_t index;
    };
    std::vector<Victim> victims;
    for (size_t i = 0; i < table.size(); i++) {
        const MountEntry& e = table[i];
        if (e.fstype != "zfs" || !belongs_to(e.source, dataset))
            continue;
        // A path names one mount: what is mounted beneath it goes too, nothing elsewhere.
        if (!only_path.empty() && e.target != only_path &&
            !e.target.starts_with(only_path == "/" ? "/" : only_path + "/"))
            continue;
        victims.push_back({e, i});
    }
    if (std::none_of(victims.begin(), victims.end(), [&](const Victim& v) {
            return v.entry.source == dataset && (only_path.empty() || v.entry.target == only_path);
        }))
        return failure(verb, o.target, "not currently mounted", EINVAL);
    std::stable_sort(victims.begin(), victims.end(), [](const Victim& a, const Victim& b) {
        if (depth(a.entry.target) != depth(b.entry.target))
            return depth(a.entry.target) > depth(b.entry.target);
        return a.index > b.index;
    });

    std::vector<std::string> done;
    for (size_t k = 0; k < victims.size(); k++) {
        const MountEntry& e = victims[k].entry;
        if (::umount2(e.target.c_str(), o.force ? MNT_FORCE : 0) == 0) {
            done.push_back(e.target);
            continue;
        }
        const int err = errno;
        // Put back what this call took away (snapshots come back on their own when used).
        for (size_t j = k; j-- > 0;) {
            const MountEntry& back = victims[j].entry;
            if (back.source.find('@') != std::string::npos)
                continue;
            if (auto r = open_filesystem(c, back.source))
                (void)do_mount(*r, back.target, "", mountpoint_of(*r) == back.target);
        }
        return failure(verb, e.target, error_reason(err), err);
    }

    if (o.unload_key) {
        auto r = open_filesystem(c, dataset);
        if (!r)
            return r.error();
        if (r->props.contains("keystatus") && !key_unavailable(*r))
            if (auto s = unload_key(c, *r); !s)
                return s.error();
    }
    return done;
}

} // namespace gzfs::zfs
