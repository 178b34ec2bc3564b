#include "zfs/holds.h"

#include "zfs/dataset_lookup.h"
#include "zfs/dataset_name.h"
#include "zfs/dataset_ops.h"

#include <cerrno>
#include <map>
#include <set>

namespace gzfs::zfs {

Result<std::vector<std::string>> expand_snapshots(Client& c, const std::vector<std::string>& names,
                                                  bool recursive, std::string_view verb)
{
    std::vector<std::string> out;
    for (const auto& name : names) {
        if (auto s = check_name(name, kTypeSnapshot, verb); !s)
            return s.error();
        if (!dataset_exists(c, name))
            return make_error("cannot " + std::string(verb) + " '" + name +
                                  "': dataset does not exist",
                              ENOENT);
        out.push_back(name);
        if (!recursive)
            continue;
        const size_t at = name.find('@');
        auto below = descendants(c, name.substr(0, at));
        if (!below)
            return below.error();
        for (const auto& d : *below)
            if (dataset_exists(c, d + name.substr(at)))
                out.push_back(d + name.substr(at));
    }
    return out;
}

Status hold_snapshots(Client& c, const std::string& tag, const std::vector<std::string>& snaps)
{
    if (tag.empty() || tag.size() >= 256)
        return make_error("cannot hold: tag must be 1 to 255 characters", EINVAL);
    std::map<std::string, std::string> holds;
    for (const auto& s : snaps)
        holds[s] = tag;
    return hold(c, holds);
}

Status release_snapshots(Client& c, const std::string& tag, const std::vector<std::string>& snaps)
{
    std::map<std::string, std::set<std::string>> holds;
    for (const auto& s : snaps) {
        // The kernel's ESRCH for a missing tag reads badly; say it as zfs does.
        auto existing = get_holds(c, s);
        if (existing && !existing->count(tag))
            return make_error("cannot release hold from snapshot '" + s +
                                  "': no such tag on this dataset",
                              ESRCH);
        holds[s].insert(tag);
    }
    return release(c, holds);
}

Result<std::vector<HoldInfo>> list_holds(Client& c, const std::vector<std::string>& snaps)
{
    std::vector<HoldInfo> out;
    for (const auto& s : snaps) {
        auto holds = get_holds(c, s);
        if (!holds)
            return holds.error();
        for (const auto& [tag, when] : *holds)
            out.push_back({s, tag, when});
    }
    return out;
}

} // namespace gzfs::zfs
