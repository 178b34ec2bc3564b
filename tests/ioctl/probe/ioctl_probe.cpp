#include "probe.h"

#include "ioctl/errors.h"
#include "pool/pool_ops.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>

namespace probe {

using namespace gzfs;

nv::NvList parse_props(const Args& args, size_t from)
{
    nv::NvList props;
    for (size_t i = from; i < args.size(); ++i) {
        auto eq = args[i].find('=');
        if (eq == std::string::npos)
            continue;
        std::string key = args[i].substr(0, eq), value = args[i].substr(eq + 1);
        bool digits = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
        if (key.rfind("feature@", 0) == 0 && value == "enabled")
            props.add_uint64(key, 0);
        else if (digits && key.find(':') == std::string::npos) // user props are strings
            props.add_uint64(key, std::stoull(value));
        else
            props.add_string(key, value);
    }
    return props;
}

namespace {

// Depth-first search of a vdev tree for a leaf by path.
const nv::NvList* find_leaf(const nv::NvList& vdev, const std::string& path)
{
    if (vdev.get_or("path", "") == path)
        return &vdev;
    for (const char* key : {"children", "spares", "l2cache"}) {
        auto kids = vdev.get_nvlist_array(key);
        if (!kids)
            continue;
        for (const nv::NvList& kid : *kids)
            if (const nv::NvList* hit = find_leaf(kid, path))
                return hit;
    }
    return nullptr;
}

} // namespace

Result<nv::NvList> vdev_config(Client& c, const std::string& pool, const std::string& path)
{
    auto st = pool_stats(c, pool);
    if (!st)
        return st.error();
    auto tree = st->config.get_nvlist("vdev_tree");
    if (!tree)
        return tree.error();
    const nv::NvList* leaf = find_leaf(**tree, path);
    if (!leaf)
        return make_error("no vdev '" + path + "' in pool '" + pool + "'", ENODEV);
    return *leaf;
}

Result<uint64_t> vdev_guid(Client& c, const std::string& pool, const std::string& path)
{
    auto leaf = vdev_config(c, pool, path);
    if (!leaf)
        return leaf.error();
    return leaf->get<uint64_t>("guid");
}

Result<std::vector<uint8_t>> read_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return make_error("cannot read '" + path + "'", ENOENT);
    return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {});
}

Json ok_json()
{
    return Json::object();
}

} // namespace probe

namespace {

int fail(const gzfs::Error& e)
{
    probe::Json out = {{"ok", false},
                       {"errno", e.sys_errno},
                       {"errno_name", std::string(gzfs::errno_name(e.sys_errno))},
                       {"zfs_error", e.zfs_error},
                       {"message", e.message}};
    std::cout << out.dump() << std::endl;
    std::cerr << e.message << std::endl;
    return 1;
}

// jq (1.6) reads numbers as doubles: print integers beyond 2^53 (guids) as strings.
void stringify_big(probe::Json& j)
{
    if (j.is_number_unsigned() && j.get<uint64_t>() > (uint64_t{1} << 53))
        j = std::to_string(j.get<uint64_t>());
    else if (j.is_structured())
        for (auto& child : j)
            stringify_big(child);
}

int usage(const std::vector<probe::Op>& ops)
{
    std::cerr << "usage: ioctl_probe OP ARGS...\n";
    for (const auto& op : ops)
        std::cerr << "  " << op.name << " " << op.usage << "\n";
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<probe::Op> ops = probe::pool_ops();
    for (auto& op : probe::dataset_ops())
        ops.push_back(std::move(op));
    if (argc < 2)
        return usage(ops);
    std::string name = argv[1];
    probe::Args args(argv + 2, argv + argc);
    for (const auto& op : ops) {
        if (name != op.name)
            continue;
        if (args.size() < op.min_args)
            return usage(ops);
        auto client = gzfs::Client::open();
        if (!client)
            return fail(client.error());
        auto result = op.run(*client, args);
        if (!result)
            return fail(result.error());
        stringify_big(*result);
        std::cout << probe::Json{{"ok", true}, {"result", *result}}.dump() << std::endl;
        return 0;
    }
    return usage(ops);
}
