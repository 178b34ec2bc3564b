#include "pool/pool_config.h"

#include <cctype>

namespace gzfs {
namespace {

/// zfs_strip_path() on Linux keeps the last component of a device path; whole disks also lose
/// their partition suffix ("sda1" -> "sda", "nvme0n1p1" -> "nvme0n1", "...-part1" -> "...").
std::string strip_disk_path(const std::string& path, bool whole_disk)
{
    std::string name = path.substr(path.rfind('/') + 1);
    if (!whole_disk)
        return name;
    if (auto part = name.rfind("-part"); part != std::string::npos)
        return name.substr(0, part);
    size_t end = name.size();
    while (end > 0 && std::isdigit(static_cast<unsigned char>(name[end - 1])))
        --end;
    if (end < name.size() && end > 0 && name[end - 1] == 'p' && end > 1 &&
        std::isdigit(static_cast<unsigned char>(name[end - 2])))
        --end;  // nvme0n1p1, mmcblk0p1
    return end > 0 ? name.substr(0, end) : name;
}

Vdev parse_vdev(const nv::NvList& nv, const std::string& parent_bias, const std::string& aux_class,
                bool has_init_errors)
{
    Vdev v;
    v.type = nv.get_or("type", "");
    v.path = nv.get_or("path", "");
    v.devid = nv.get_or("devid", "");
    v.phys_path = nv.get_or("phys_path", "");
    v.alloc_bias = nv.get_or("alloc_bias", "");
    v.guid = nv.get_or("guid", uint64_t{0});
    v.id = nv.get_or("id", uint64_t{0});
    v.nparity = nv.get_or("nparity", uint64_t{0});
    v.is_log = nv.get_or("is_log", uint64_t{0}) != 0;
    v.is_hole = nv.get_or("is_hole", uint64_t{0}) != 0;
    v.whole_disk = nv.get_or("whole_disk", uint64_t{0}) != 0;
    if (nv.contains("not_present")) {
        v.has_not_present = true;
        v.not_present = nv.get_or("not_present", uint64_t{0});
    }
    v.name = vdev_display_name(nv);
    bool is_spare = nv.get_or("is_spare", uint64_t{0}) != 0;
    // fill_vdev_info(): the first that applies of hole, l2cache, spare, log, own bias,
    // the parent's bias (leaves of a special mirror), normal.
    if (v.is_hole)
        v.vclass = "hole";
    else if (!aux_class.empty())
        v.vclass = aux_class == "spare" && !is_spare ? "spare" : aux_class;
    else if (is_spare)
        v.vclass = "spare";
    else if (v.is_log)
        v.vclass = "log";
    else if (!v.alloc_bias.empty())
        v.vclass = v.alloc_bias;
    else if (!parent_bias.empty())
        v.vclass = parent_bias;
    else
        v.vclass = "normal";
    if (auto stats = nv.get_uint64_array("vdev_stats")) {
        v.has_stats = true;
        v.stats = decode_vdev_stats(*stats, has_init_errors);
    }
    if (auto children = nv.get_nvlist_array("children"))
        for (const nv::NvList& c : *children)
            v.children.push_back(parse_vdev(c, v.alloc_bias, aux_class, has_init_errors));
    return v;
}

} // namespace

std::string vdev_display_name(const nv::NvList& nv)
{
    if (nv.contains("not_present"))
        return std::to_string(nv.get_or("guid", uint64_t{0}));
    std::string type = nv.get_or("type", "");
    std::string path = nv.get_or("path", "");
    if (!path.empty() && type != "draid_spare") {
        if (type == "disk")
            return strip_disk_path(path, nv.get_or("whole_disk", uint64_t{0}) != 0);
        return path;
    }
    if (!path.empty())
        return path;
    std::string name = type;
    if (type == "raidz") {
        name += std::to_string(nv.get_or("nparity", uint64_t{0}));
    } else if (type == "draid") {
        size_t children = 0;
        if (auto c = nv.get_nvlist_array("children"))
            children = c->size();
        name += std::to_string(nv.get_or("nparity", uint64_t{0})) + ":" +
                std::to_string(nv.get_or("draid_ndata", uint64_t{0})) + "d:" +
                std::to_string(children) + "c:" +
                std::to_string(nv.get_or("draid_nspares", uint64_t{0})) + "s";
    }
    return name + "-" + std::to_string(nv.get_or("id", uint64_t{0}));
}

Result<PoolConfig> parse_pool_config(const nv::NvList& config, bool has_initialize_errors)
{
    auto tree = config.get_nvlist("vdev_tree");
    if (!tree)
        return tree.error();
    PoolConfig p;
    p.name = config.get_or("name", "");
    p.hostname = config.get_or("hostname", "");
    p.comment = config.get_or("comment", "");
    p.guid = config.get_or("pool_guid", uint64_t{0});
    p.txg = config.get_or("txg", uint64_t{0});
    p.state = config.get_or("state", uint64_t{0});
    p.version = config.get_or("version", uint64_t{0});
    p.hostid = config.get_or("hostid", uint64_t{0});
    p.has_error_count = config.contains("error_count");
    p.error_count = config.get_or("error_count", uint64_t{0});
    p.suspended = config.contains("suspended");
    p.suspended_reason = config.get_or("suspended_reason", uint64_t{0});
    p.errata = config.get_or("errata", uint64_t{0});
    p.root = parse_vdev(**tree, "", "", has_initialize_errors);
    p.root.name = p.name;
    if (auto scan = (*tree)->get_uint64_array("scan_stats"))
        p.scan = decode_scan_stats(*scan);
    if (auto spares = (*tree)->get_nvlist_array("spares"))
        for (const nv::NvList& s : *spares)
            p.spares.push_back(parse_vdev(s, "", "spare", has_initialize_errors));
    if (auto cache = (*tree)->get_nvlist_array("l2cache"))
        for (const nv::NvList& c : *cache)
            p.l2cache.push_back(parse_vdev(c, "", "l2cache", has_initialize_errors));
    if (auto features = config.get_nvlist("feature_stats"))
        for (const nv::Pair& pair : (*features)->pairs())
            if (auto* count = std::get_if<uint64_t>(&pair.value.data()))
                p.feature_refcounts.emplace_back(pair.name, *count);
    return p;
}

} // namespace gzfs
