#include "zfs/dataset_destroy.h"

#include "zfs/dataset_lookup.h"
#include "zfs/dataset_name.h"
#include "zfs/dataset_ops.h"
#include "zfs/dataset_record.h"
#include "zfs/mounts.h"

#include <algorithm>
#include <cerrno>
#include <set>
#include <sstream>

namespace gzfs::zfs {

namespace {

Error cannot(const std::string& target, const std::string& reason, int err)
{
    return make_error("cannot destroy '" + target + "': " + reason, err);
}

// Snapshots of `fs` in kernel order with their txg and clones.
struct SnapInfo {
    std::string name;
    uint64_t txg = 0;
    std::vector<std::string> clones;
};

Result<std::vector<SnapInfo>> snapshot_infos(Client& c, const std::string& fs)
{
    std::vector<SnapInfo> out;
    ListCursor cursor;
    for (;;) {
        auto next = snapshot_list_next(c, fs, cursor);
        if (!next)
            return next.error();
        if (!*next)
            return out;
        SnapInfo s{(*next)->name, (*next)->stats.creation_txg, {}};
        if (auto clones = (*next)->props.get_nvlist({"clones", "value"}))
            for (const auto& p : (*clones)->pairs())
                s.clones.push_back(p.name);
        out.push_back(std::move(s));
    }
}

// Collects dependents of a dataset in zfs_iter_dependents order: children (recursively,
// each after its own dependents), then snapshots (each after its clones, with -R).
class Collector {
public:
    Collector(Client& c, bool clones) : c_(c), clones_(clones) {}

    Status dataset(const std::string& name)
    {
        ListCursor cursor;
        cursor.simple = true;
        std::vector<std::string> children;
        for (;;) {
            auto next = dataset_list_next(c_, name, cursor);
            if (!next)
                return next.error();
            if (!*next)
                break;
            if ((*next)->name.find_first_of("$%") == std::string::npos)
                children.push_back((*next)->name);
        }
        for (const auto& child : children) {
            if (auto s = dataset(child); !s)
                return s;
            add(child);
        }
        auto snaps = snapshot_infos(c_, name);
        if (!snaps)
            return snaps.error();
        // zfs visits snapshots in creation order.
        std::stable_sort(snaps->begin(), snaps->end(),
                         [](const SnapInfo& a, const SnapInfo& b) { return a.txg < b.txg; });
        for (const auto& snap : *snaps) {
            if (auto s = clones_of(snap); !s)
                return s;
            add(snap.name);
        }
        return {};
    }

    Status clones_of(const SnapInfo& snap)
    {
        for (const auto& clone : snap.clones) {
            external_clones.push_back(clone);
            if (!clones_)
                continue;
            if (auto s = dataset(clone); !s)
                return s;
            add(clone);
        }
        return {};
    }

    void add(const std::string& name)
    {
        if (seen_.insert(name).second)
            names.push_back(name);
    }

    std::vector<std::string> names;
    std::vector<std::string> external_clones;

private:
    Client& c_;
    bool clones_;
    std::set<std::string> seen_;
};

bool inside(const std::string& name, const std::string& root)
{
    return name == root || (name.starts_with(root) && (name[root.size()] == '/' ||
                                                       name[root.size()] == '@'));
}

std::string listing(const std::string& head, const std::vector<std::string>& names)
{
    std::string text = head;
    for (const auto& n : names)
        text += "\n" + n;
    return text;
}

Result<DestroyPlan> plan_dataset(Client& c, const DestroyOptions& o)
{
    auto type = dataset_type(c, o.target);
    if (!type)
        return type.error();
    Collector collect(c, o.dependents);
    if (auto s = collect.dataset(o.target); !s)
        return s.error();
    if (!o.recursive && !o.dependents && !collect.names.empty())
        return cannot(o.target, listing("filesystem has children\nuse '-r' to destroy the "
                                        "following datasets:",
                                        collect.names),
                      EEXIST);
    std::vector<std::string> outside;
    for (const auto& clone : collect.external_clones)
        if (!inside(clone, o.target))
            outside.push_back(clone);
    if (!o.dependents && !outside.empty())
        return cannot(o.target, listing("filesystem has dependent clones\nuse '-R' to destroy "
                                        "the following datasets:",
                                        outside),
                      EEXIST);
    DestroyPlan plan;
    plan.names = std::move(collect.names);
    plan.names.push_back(o.target);
    return plan;
}

// "a%b,c" against the snapshots of one filesystem: names in creation order.
Result<std::vector<std::string>> match_snapshots(const std::vector<SnapInfo>& snaps,
                                                 const std::string& fs, const std::string& spec)
{
    std::vector<SnapInfo> ordered = snaps;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const SnapInfo& a, const SnapInfo& b) { return a.txg < b.txg; });
    auto index_of = [&](const std::string& shortname) -> long {
        for (size_t i = 0; i < ordered.size(); i++)
            if (ordered[i].name == fs + "@" + shortname)
                return static_cast<long>(i);
        return -1;
    };
    std::vector<std::string> out;
    std::stringstream in(spec);
    std::string part;
    while (std::getline(in, part, ',')) {
        const size_t pct = part.find('%');
        if (pct == std::string::npos) {
            if (index_of(part) >= 0)
                out.push_back(fs + "@" + part);
            continue;
        }
        const std::string from = part.substr(0, pct), to = part.substr(pct + 1);
        long first = from.empty() ? 0 : index_of(from);
        long last = to.empty() ? static_cast<long>(ordered.size()) - 1 : index_of(to);
        if (first < 0 || last < 0)
            continue;
        for (long i = first; i <= last; i++)
            out.push_back(ordered[static_cast<size_t>(i)].name);
    }
    return out;
}

Result<DestroyPlan> plan_snapshots(Client& c, const DestroyOptions& o)
{
    const size_t at = o.target.find('@');
    const std::string fs = o.target.substr(0, at);
    const std::string spec = o.target.substr(at + 1);
    if (auto s = check_name(fs, kTypeFilesystem | kTypeVolume, "destroy"); !s)
        return s.error();
    if (auto t = dataset_type(c, fs); !t)
        return t.error();
    std::vector<std::string> filesystems{fs};
    if (o.recursive) {
        auto below = descendants(c, fs);
        if (!below)
            return below.error();
        filesystems.insert(filesystems.end(), below->begin(), below->end());
    }
    DestroyPlan plan;
    plan.snapshots_only = true;
    Collector clones(c, true);
    for (const auto& f : filesystems) {
        auto snaps = snapshot_infos(c, f);
        if (!snaps)
            return snaps.error();
        auto matched = match_snapshots(*snaps, f, spec);
        if (!matched)
            return matched.error();
        for (const auto& name : *matched) {
            for (const auto& s : *snaps) {
                if (s.name != name || s.clones.empty())
                    continue;
                if (!o.dependents && !o.defer)
                    return make_error("cannot destroy snapshot " + name + ": " +
                                          listing("snapshot has dependent clones\nuse '-R' to "
                                                  "destroy the following datasets:",
                                                  s.clones),
                                      EEXIST);
                if (o.dependents)
                    if (auto st = clones.clones_of(s); !st)
                        return st.error();
            }
        }
        if (!matched->empty())
            if (auto used = space_snaps(c, matched->front(), matched->back()))
                plan.reclaim += *used;
        plan.names.insert(plan.names.end(), matched->begin(), matched->end());
    }
    if (plan.names.empty())
        return make_error("could not find any snapshots to destroy; check snapshot names.",
                          ENOENT);
    plan.names.insert(plan.names.begin(), clones.names.begin(), clones.names.end());
    return plan;
}

Result<DestroyPlan> plan_bookmark(Client& c, const DestroyOptions& o)
{
    if (auto s = check_name(o.target, kTypeBookmark, "destroy"); !s)
        return s.error();
    const size_t hash = o.target.find('#');
    auto marks = get_bookmarks(c, o.target.substr(0, hash), {"guid"});
    if (!marks)
        return marks.error();
    if (!marks->contains(o.target.substr(hash + 1)))
        return make_error("bookmark '" + o.target + "' does not exist.", ENOENT);
    DestroyPlan plan;
    plan.bookmark = true;
    plan.names = {o.target};
    return plan;
}

} // namespace

Result<DestroyPlan> plan_destroy(Client& c, const DestroyOptions& o)
{
    if (o.target.find('#') != std::string::npos)
        return plan_bookmark(c, o);
    if (o.target.find('@') != std::string::npos)
        return plan_snapshots(c, o);
    if (auto s = check_name(o.target, kTypeFilesystem | kTypeVolume, "destroy"); !s)
        return s.error();
    if (o.target.find('/') == std::string::npos)
        return cannot(o.target, "operation does not apply to pools\nuse 'zfs destroy -r " +
                                    o.target + "' to destroy all datasets in the pool\nuse "
                                    "'zpool destroy " + o.target + "' to destroy the pool itself",
                      EINVAL);
    return plan_dataset(c, o);
}

Status execute_destroy(Client& c, const DestroyPlan& plan, const DestroyOptions& o)
{
    if (plan.bookmark)
        return destroy_bookmarks(c, plan.names);
    // Contiguous snapshots go in one DESTROY_SNAPS, as zfs batches them.
    std::vector<std::string> batch;
    auto flush = [&]() -> Status {
        if (batch.empty())
            return {};
        Status s = destroy_snaps(c, batch, o.defer);
        batch.clear();
        return s;
    };
    for (const auto& name : plan.names) {
        if (name.find('@') != std::string::npos) {
            batch.push_back(name);
            continue;
        }
        if (auto s = flush(); !s)
            return s;
        if (auto s = unmount_dataset(name, o.force); !s)
            return s;
        if (auto s = destroy_dataset(c, name); !s)
            return s;
    }
    return flush();
}

} // namespace gzfs::zfs
