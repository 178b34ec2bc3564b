#include "pool/pool_create.h"

#include "pool/pool_name.h"
#include "pool/pool_props.h"
#include "pool/vdev_spec.h"
#include "zfs/property_parse.h"
#include "zfs/property_table.h"

namespace gzfs {
namespace {

/// A vdev's name in the -n layout: zpool_vdev_name() without the "-<id>" suffix.
std::string layout_name(const nv::NvList& v)
{
    std::string path = v.get_or("path", "");
    if (!path.empty())
        return v.get_or("type", "") == "disk" ? path.substr(path.rfind('/') + 1) : path;
    std::string type = v.get_or("type", "");
    if (type == "raidz")
        return type + std::to_string(v.get_or("nparity", uint64_t{0}));
    if (type == "draid") {
        size_t n = v.get_nvlist_array("children") ? v.get_nvlist_array("children")->size() : 0;
        return type + std::to_string(v.get_or("nparity", uint64_t{0})) + ":" +
               std::to_string(v.get_or("draid_ndata", uint64_t{0})) + "d:" + std::to_string(n) +
               "c:" + std::to_string(v.get_or("draid_nspares", uint64_t{0})) + "s";
    }
    return type;
}

void print_tree(std::string& out, const std::string& name, const nv::NvList& v, size_t indent,
                const std::string& match)
{
    auto children = v.get_nvlist_array("children");
    if (!children) {
        out += "\t" + std::string(indent, ' ') + name + "\n";
        return;
    }
    bool printed = false;
    for (const nv::NvList& c : *children) {
        if (c.get_or("is_hole", uint64_t{0}))
            continue;
        std::string cls = c.get_or("is_log", uint64_t{0}) ? "log" : "";
        cls = c.get_or("alloc_bias", cls);
        if (cls != match)
            continue;
        if (!printed && !name.empty())
            out += "\t" + std::string(indent, ' ') + name + "\n";
        printed = true;
        print_tree(out, layout_name(c), c, indent + 2, "");
    }
}

Status add_fs_props(const PoolCreateRequest& r, nv::NvList& out)
{
    for (const auto& [name, value] : r.fs_props) {
        auto parsed = zfs::parse_property(name, value, zfs::ParseContext{zfs::kTypeFilesystem, true});
        if (!parsed)
            return make_error("cannot create '" + r.name + "': " + parsed.error().message);
        out.add(parsed->name, parsed->value);
    }
    return {};
}

} // namespace

std::string describe_layout(const std::string& verb_line, const std::string& pool,
                            const nv::NvList& tree)
{
    std::string out = verb_line + "\n\n";
    print_tree(out, pool, tree, 0, "");
    print_tree(out, "dedup", tree, 0, "dedup");
    print_tree(out, "special", tree, 0, "special");
    print_tree(out, "logs", tree, 0, "log");
    for (auto [key, title] : {std::pair{"l2cache", "cache"}, std::pair{"spares", "spares"}}) {
        auto list = tree.get_nvlist_array(key);
        if (!list || list->empty())
            continue;
        out += std::string("\t") + title + "\n";
        for (const nv::NvList& v : *list)
            out += "\t  " + layout_name(v) + "\n";
    }
    return out;
}

Result<PoolCreatePlan> plan_pool_create(const PoolCreateRequest& r)
{
    if (auto st = check_pool_name(r.name, true, "create"); !st)
        return st.error();
    PoolCreatePlan plan;
    plan.name = r.name;
    uint64_t ashift = 0;
    for (const auto& [name, value] : r.props) {
        if (auto st = add_pool_prop(plan.props, name, value, "create", r.name, true); !st)
            return st.error();
        if (name == "ashift")
            ashift = plan.props.get_or("ashift", uint64_t{0});
    }
    if (!r.altroot.empty()) {
        if (auto st = add_pool_prop(plan.props, "altroot", r.altroot, "create", r.name, true); !st)
            return st.error();
        if (!plan.props.contains("cachefile"))
            plan.props.add_string("cachefile", "none");
    }
    if (!r.tname.empty())
        plan.props.add_string("tname", r.tname);
    // zpool create enables every feature the module supports unless -d or a version is given.
    if (!r.no_features && !plan.props.contains("version"))
        for (const std::string& f : r.module_features)
            if (!plan.props.contains("feature@" + f))
                plan.props.add_uint64("feature@" + f, 0);
    if (auto st = add_fs_props(r, plan.fs_props); !st)
        return st.error();
    VdevSpecOptions spec_options;
    spec_options.pool = r.name;
    spec_options.ashift = ashift;
    spec_options.probe = r.checks.probe;
    auto tree = parse_vdev_spec(r.spec, spec_options);
    if (!tree)
        return tree.error();
    VdevCheckOptions checks = r.checks;
    checks.verb = "create";
    checks.pool = r.name;
    checks.force = r.force;
    if (auto st = check_vdev_tree(*tree, checks); !st)
        return st.error();
    plan.tree = std::move(*tree);
    return plan;
}

} // namespace gzfs
