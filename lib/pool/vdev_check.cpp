#include "pool/vdev_check.h"

#include "pool/vdev_spec.h"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace gzfs {
namespace {

// ZPOOL_FUZZ: members of a mirror or raidz whose sizes differ by more than this are reported.
constexpr int64_t kSizeFuzz = 16ll << 20;

void collect_leaves(const nv::NvList& vdev, std::vector<const nv::NvList*>& out)
{
    auto children = vdev.get_nvlist_array("children");
    if (!children) {
        if (vdev.contains("path"))
            out.push_back(&vdev);
        return;
    }
    for (const nv::NvList& child : *children)
        collect_leaves(child, out);
}

Error check_error(const VdevCheckOptions& o, const std::string& why)
{
    return make_error("cannot " + o.verb + " '" + o.pool + "': " + why);
}

Status check_leaf(const nv::NvList& leaf, const VdevCheckOptions& o, bool spare,
                  std::map<std::string, std::string>& seen)
{
    std::string path = leaf.get_or("path", "");
    DeviceInfo info = o.probe(path);
    std::string key = info.real_path.empty() ? path : info.real_path;
    if (auto it = seen.find(key); it != seen.end())
        return check_error(o, "'" + path + "' is specified more than once");
    seen.emplace(key, path);
    if (info.size != 0 && info.size < kMinDeviceSize)
        return check_error(o, "'" + path + "' is smaller than the minimum size (64M)");
    if (!o.owner)
        return {};
    auto owner = o.owner(path);
    if (!owner)
        return {};
    if (owner->state == 3) {  // POOL_STATE_SPARE: spares may be shared between pools
        if (spare)
            return {};
        return check_error(o, path + " is reserved as a hot spare");
    }
    if (owner->state == 4)  // POOL_STATE_L2CACHE: a cache device holds nothing to lose
        return {};
    // POOL_STATE_DESTROYED: zpool_in_use() reports such a device as free, so zpool create
    // reuses it without -f (only `zpool import -D` would still find the old pool).
    if (owner->state == 2)
        return {};
    bool active = owner->state == 0 &&
                  std::find(o.imported_guids.begin(), o.imported_guids.end(),
                            owner->pool_guid) != o.imported_guids.end();
    if (active)
        return check_error(o, path + " is part of active pool '" + owner->pool + "'");
    if (o.force)
        return {};
    const char* desc = owner->state == 0 ? "potentially active"
                       : owner->state == 1 ? "exported"
                       : owner->state == 2 ? "destroyed"
                                           : "unknown";
    return check_error(o, path + " is part of " + desc + " pool '" + owner->pool +
                              "' (use -f to override)");
}

/// get_replication(): the level of one tree, or an error naming the inconsistency.
Result<std::optional<Replication>> replication_of(const nv::NvList& root,
                                                  const VdevCheckOptions& o)
{
    std::optional<Replication> last;
    auto top = root.get_nvlist_array("children");
    if (!top)
        return std::optional<Replication>{};
    for (const nv::NvList& vdev : *top) {
        if (vdev.get_or("is_log", uint64_t{0}) != 0)
            continue;
        std::string type = vdev.get_or("type", "");
        if (type == "hole" || type == "indirect")
            continue;
        Replication rep{type, 1, 0};
        if (auto children = vdev.get_nvlist_array("children")) {
            rep.children = children->size();
            rep.parity = vdev.get_or("nparity", uint64_t{0});
            std::string leaf_type;
            int64_t size = -1;
            for (const nv::NvList& c : *children) {
                const nv::NvList* leaf = &c;
                // replacing and spare vdevs nest: the first child is the original device
                while (leaf->get_or("type", "") == "replacing" ||
                       leaf->get_or("type", "") == "spare") {
                    auto inner = leaf->get_nvlist_array("children");
                    if (!inner || inner->empty())
                        break;
                    leaf = &inner->front();
                }
                std::string ctype = leaf->get_or("type", "");
                if (!leaf_type.empty() && ctype != leaf_type)
                    return check_error(o, "mismatched replication level: " + type +
                                              " contains both files and devices");
                leaf_type = ctype;
                DeviceInfo info = o.probe(leaf->get_or("path", ""));
                if (info.size == 0)
                    continue;
                auto csize = static_cast<int64_t>(info.size);
                if (size != -1 && std::llabs(csize - size) > kSizeFuzz)
                    return check_error(o, type + " contains devices of different sizes");
                size = csize;
            }
        }
        if (last) {
            bool raidz_like = [](const std::string& t) { return t == "raidz" || t == "draid"; }(
                last->type);
            bool rep_raidz_like = rep.type == "raidz" || rep.type == "draid";
            if ((raidz_like && rep.type == "mirror") || (rep_raidz_like && last->type == "mirror")) {
                const Replication& raidz = raidz_like ? *last : rep;
                const Replication& mirror = raidz_like ? rep : *last;
                if (raidz.parity != mirror.children - 1)
                    return check_error(
                        o, "mismatched replication level: " + raidz.type + " and mirror vdevs "
                           "with different redundancy, " + std::to_string(raidz.parity) +
                           " vs. " + std::to_string(mirror.children - 1) + " (" +
                           std::to_string(mirror.children) + "-way) are present");
            } else if (raidz_like && rep_raidz_like) {
                if (last->parity != rep.parity)
                    return check_error(o, "mismatched replication level: " + last->type +
                                              " and " + rep.type + " vdevs with different "
                                              "redundancy, " + std::to_string(last->parity) +
                                              " vs. " + std::to_string(rep.parity) +
                                              " are present");
            } else if (last->type != rep.type) {
                return check_error(o, "mismatched replication level: both " + last->type +
                                          " and " + rep.type + " vdevs are present");
            } else if (last->children != rep.children) {
                return check_error(o, "mismatched replication level: both " +
                                          std::to_string(last->children) + "-way and " +
                                          std::to_string(rep.children) + "-way " + rep.type +
                                          " vdevs are present");
            }
        }
        last = rep;
    }
    return last;
}

Status check_against_pool(const Replication& current, const Replication& added,
                          const VdevCheckOptions& o)
{
    bool cur_raidz = current.type == "raidz" || current.type == "draid";
    bool new_raidz = added.type == "raidz" || added.type == "draid";
    if ((cur_raidz && added.type == "mirror") || (new_raidz && current.type == "mirror")) {
        const Replication& raidz = cur_raidz ? current : added;
        const Replication& mirror = cur_raidz ? added : current;
        if (raidz.parity != mirror.children - 1)
            return check_error(o, "mismatched replication level: pool and new vdev with "
                                  "different redundancy, " + raidz.type + " and mirror vdevs, " +
                                  std::to_string(raidz.parity) + " vs. " +
                                  std::to_string(mirror.children - 1) + " (" +
                                  std::to_string(mirror.children) + "-way)");
        return {};
    }
    if (current.type != added.type)
        return check_error(o, "mismatched replication level: pool uses " + current.type +
                                  " and new vdev is " + added.type);
    if (current.parity != added.parity)
        return check_error(o, "mismatched replication level: pool uses " +
                                  std::to_string(current.parity) + " device parity and new "
                                  "vdev uses " + std::to_string(added.parity));
    if (current.children != added.children)
        return check_error(o, "mismatched replication level: pool uses " +
                                  std::to_string(current.children) + "-way " + current.type +
                                  " and new vdev uses " + std::to_string(added.children) +
                                  "-way " + added.type);
    return {};
}

Status check_replication(const nv::NvList& root, const VdevCheckOptions& o)
{
    auto top = root.get_nvlist_array("children");
    if (!top || top->empty())
        return {};
    bool all_logs = std::all_of(top->begin(), top->end(), [](const nv::NvList& v) {
        return v.get_or("is_log", uint64_t{0}) != 0;
    });
    if (all_logs)
        return {};
    auto added = replication_of(root, o);
    if (!added)
        return added.error();
    if (!o.current_tree || !*added)
        return {};
    VdevCheckOptions quiet = o;
    auto current = replication_of(*o.current_tree, quiet);
    if (!current || !*current)  // an already inconsistent pool: nothing to keep consistent
        return {};
    return check_against_pool(**current, **added, o);
}

} // namespace

std::vector<const nv::NvList*> tree_leaves(const nv::NvList& root)
{
    std::vector<const nv::NvList*> out;
    collect_leaves(root, out);
    for (const char* aux : {"spares", "l2cache"})
        if (auto list = root.get_nvlist_array(aux))
            for (const nv::NvList& leaf : *list)
                out.push_back(&leaf);
    return out;
}

Status check_vdev_tree(const nv::NvList& root, const VdevCheckOptions& options)
{
    std::map<std::string, std::string> seen;
    std::vector<const nv::NvList*> normal;
    collect_leaves(root, normal);
    for (const nv::NvList* leaf : normal)
        if (auto st = check_leaf(*leaf, options, false, seen); !st)
            return st;
    for (const char* aux : {"spares", "l2cache"})
        if (auto list = root.get_nvlist_array(aux))
            for (const nv::NvList& leaf : *list)
                if (auto st = check_leaf(leaf, options, std::string(aux) == "spares", seen); !st)
                    return st;
    if (options.force)
        return {};
    return check_replication(root, options);
}

} // namespace gzfs
