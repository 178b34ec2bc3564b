#include "pool/import_scan.h"

#include "pool/device_probe.h"
#include "pool/pool_ops.h"
#include "pool/vdev_label.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace gzfs {
namespace {

struct FoundLabel {
    std::string path;
    nv::NvList config;
};

/// Points every leaf whose guid was found on disk at the path it was found under.
void fix_paths(nv::NvList& vdev, const std::map<uint64_t, std::string>& paths)
{
    if (auto* children = vdev.find("children")) {
        if (auto* list = std::get_if<std::vector<nv::NvList>>(&children->value.data()))
            for (nv::NvList& c : *list)
                fix_paths(c, paths);
        return;
    }
    auto it = paths.find(vdev.get_or("guid", uint64_t{0}));
    if (it != paths.end() && vdev.get_or("path", "") != it->second)
        vdev.add_string("path", it->second);
}

ImportCandidate assemble(const std::vector<FoundLabel>& labels)
{
    const FoundLabel* best = &labels.front();
    std::map<uint64_t, const FoundLabel*> tops;   // top-level id -> freshest label
    std::map<uint64_t, std::string> paths;        // leaf guid -> where found
    uint64_t children = 0;
    for (const FoundLabel& l : labels) {
        uint64_t txg = l.config.get_or("txg", uint64_t{0});
        if (txg > best->config.get_or("txg", uint64_t{0}))
            best = &l;
        children = std::max(children, l.config.get_or("vdev_children", uint64_t{0}));
        paths[l.config.get_or("guid", uint64_t{0})] = l.path;
        auto tree = l.config.get_nvlist("vdev_tree");
        if (!tree)
            continue;
        uint64_t id = (*tree)->get_or("id", uint64_t{0});
        auto [it, inserted] = tops.emplace(id, &l);
        if (!inserted && txg > it->second->config.get_or("txg", uint64_t{0}))
            it->second = &l;
        children = std::max(children, id + 1);
    }
    const nv::NvList& b = best->config;
    ImportCandidate c;
    c.name = b.get_or("name", "");
    c.guid = b.get_or("pool_guid", uint64_t{0});
    c.state = b.get_or("state", uint64_t{0});
    c.hostid = b.get_or("hostid", uint64_t{0});
    c.hostname = b.get_or("hostname", "");
    for (const FoundLabel& l : labels)
        c.devices.push_back(l.path);

    std::vector<nv::NvList> top(children);
    for (uint64_t id = 0; id < children; ++id) {
        auto it = tops.find(id);
        if (it == tops.end()) {
            top[id].add_string("type", "missing").add_uint64("id", id).add_uint64("guid", 0);
            continue;
        }
        top[id] = *it->second->config.get_nvlist("vdev_tree").value();
        fix_paths(top[id], paths);
    }
    nv::NvList root;
    root.add_string("type", "root").add_uint64("id", 0).add_uint64("guid", c.guid);
    root.add_nvlist_array("children", std::move(top));

    nv::NvList& config = c.config;
    for (const char* key : {"version", "pool_guid", "name", "comment", "compatibility", "state",
                            "hostid", "hostname", "txg"})
        if (const nv::Pair* p = b.find(key))
            config.add(key, p->value);
    config.add_uint64("vdev_children", children);
    config.add_nvlist("vdev_tree", std::move(root));
    return c;
}

} // namespace

std::vector<std::string> default_import_dirs()
{
    return {"/dev/disk/by-id", "/dev"};
}

std::vector<ImportCandidate> scan_import_candidates(const std::vector<std::string>& dirs,
                                                    bool destroyed)
{
    std::map<uint64_t, std::vector<FoundLabel>> by_pool;
    std::set<std::string> seen;  // one device reached through two directories counts once
    for (const std::string& dir : dirs) {
        std::error_code ec;
        std::vector<std::string> entries;
        for (const auto& e : std::filesystem::directory_iterator(dir, ec))
            entries.push_back(e.path().string());
        std::sort(entries.begin(), entries.end());
        for (const std::string& path : entries) {
            DeviceInfo info = probe_device(path);
            if (info.kind != DeviceKind::File && info.kind != DeviceKind::Block)
                continue;
            if (!seen.insert(info.real_path).second)
                continue;
            auto label = read_vdev_label(path);
            if (!label || !*label)
                continue;
            uint64_t state = (*label)->get_or("state", uint64_t{9});
            if (state > 2 || (state == 2 && !destroyed))  // spares, cache devices, destroyed
                continue;
            uint64_t guid = (*label)->get_or("pool_guid", uint64_t{0});
            by_pool[guid].push_back({path, std::move(**label)});
        }
    }
    std::vector<ImportCandidate> out;
    for (const auto& [guid, labels] : by_pool)
        out.push_back(assemble(labels));
    std::sort(out.begin(), out.end(),
              [](const ImportCandidate& a, const ImportCandidate& b) { return a.name < b.name; });
    return out;
}

Result<nv::NvList> try_import(Client& c, const ImportCandidate& candidate)
{
    auto config = pool_tryimport(c, candidate.config);
    if (!config)
        return make_error("cannot import '" + candidate.name + "': " + config.error().message,
                          config.error().sys_errno, config.error().zfs_error);
    return config;
}

Status import_candidate(Client& c, const ImportCandidate& candidate, const ImportRequest& r)
{
    if (candidate.state == 0 && !r.force)
        return make_error("cannot import '" + candidate.name +
                              "': pool was not exported cleanly and may be in use from another "
                              "system (last accessed by '" + candidate.hostname +
                              "'); use '-f' to import anyway", EEXIST);
    auto config = pool_tryimport(c, candidate.config);
    if (!config)
        return config.error();
    PoolImportArgs args;
    args.name = r.new_name.empty() ? candidate.name : r.new_name;
    args.guid = candidate.guid;
    args.config = std::move(*config);
    args.props = r.props;
    args.flags = (r.force ? 0x2 : 0) | (r.temp_name ? 0x10 : 0);
    auto imported = pool_import(c, args);
    if (!imported)
        return imported.error();
    return {};
}

} // namespace gzfs
